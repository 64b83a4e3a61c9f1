package com.researchbridge.matching.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may be proposed to whom, written once: KZ and CN researchers meet the other of the two countries only;
 * a researcher of any other country meets everyone of another country. Countries are numbered per engine
 * lineage (a full build and its updates share the numbering).
 */
final class CountryRule {

    /** The number of a profile taken out since the last full build: it meets no one. */
    static final int REMOVED = 0;
    static final int KZ = 1;
    static final int CN = 2;

    private final Map<String, Integer> otherCountries = new ConcurrentHashMap<>();

    int code(String country) {
        String c = String.valueOf(country);
        return switch (c) {
            case "KZ" -> KZ;
            case "CN" -> CN;
            default -> otherCountries.computeIfAbsent(c, x -> 3 + otherCountries.size());
        };
    }

    /** Whether a seeker of country {@code mine} may be proposed a partner of country {@code theirs}. */
    static boolean allows(int mine, int theirs) {
        if (mine == REMOVED || theirs == REMOVED) {
            return false;
        }
        return mine == KZ || mine == CN ? theirs == (mine == KZ ? CN : KZ) : theirs != mine;
    }

    /** The same rule on country codes as written in profiles (no numbering needed, nothing allocated). */
    static boolean allows(String mine, String theirs) {
        int a = fixedCode(mine);
        int b = fixedCode(theirs);
        if (a == OTHER && b == OTHER) {
            return !String.valueOf(mine).equals(String.valueOf(theirs));
        }
        return allows(a, b);
    }

    private static final int OTHER = 3;

    private static int fixedCode(String country) {
        return "KZ".equals(country) ? KZ : "CN".equals(country) ? CN : OTHER;
    }
}

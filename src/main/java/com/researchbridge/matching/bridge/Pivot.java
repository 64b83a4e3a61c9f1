package com.researchbridge.matching.bridge;

/**
 * One pivot: the source term ({@code "zh:冰川"}), the English term it stands for ({@code "en:glacier"}, in the
 * English analysis space), its weight in (0, 1], where it comes from, and for a shared stem the Russian term it
 * went through ({@code "ru:сейсмическ"}), else {@code null}.
 */
public record Pivot(String from, String term, float weight, PivotSource source, String via) {

    /** For reasons shown to people: "冰川 ≈ glacier (dictionary)". */
    public String explanation() {
        String through = via == null ? "" : " ≈ " + bare(via);
        return bare(from) + through + " ≈ " + bare(term) + " (" + source.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ")";
    }

    private static String bare(String term) {
        int colon = term.indexOf(':');
        return colon == 2 ? term.substring(3) : term;
    }
}

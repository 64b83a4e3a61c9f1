package com.researchbridge.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.fuzz.BoundedRunner;
import com.researchbridge.testsupport.fuzz.FuzzText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the researcher list (issue 9): each file is read and its rows checked within a second,
 * the only refusal is {@link RosterRejected}, and what is read is bounded by the row limit and the file's size.
 */
class RosterReaderFuzzTest {

    private static final BoundedRunner ROSTER = new BoundedRunner("roster CSV", Duration.ofSeconds(1));

    @BeforeContainer
    static void warmUp() {
        ROSTER.warmUp(() -> RosterValidator.validate(RosterReader.read("email,full_name\na@b.kz,A\n".getBytes(StandardCharsets.UTF_8)),
                Set.of(), Progress.NONE));
    }

    @AfterContainer
    static void report() {
        ROSTER.report();
    }

    @Property(tries = 10_000)
    void researcherListsAreReadOrRefusedCleanly(@ForAll("rosters") byte[] file) {
        ValidationReport report;
        try {
            report = ROSTER.run(file.length, new String(file, 0, Math.min(file.length, 400), StandardCharsets.UTF_8),
                    () -> RosterValidator.validate(RosterReader.read(file), Set.of(), Progress.NONE));
        } catch (RosterRejected refused) {
            assertThat(refused.problem().messageKey()).startsWith("onboarding.");
            return;
        }
        assertThat(report.rows()).hasSizeLessThanOrEqualTo(RosterReader.MAX_ROWS);
        long characters = report.rows().stream().mapToLong(r -> r.email().length() + r.fullName().length()).sum();
        assertThat(characters).isLessThanOrEqualTo(file.length);
    }

    @Provide
    Arbitrary<byte[]> rosters() {
        Arbitrary<String> valid = Arbitraries.randoms().map(RosterReaderFuzzTest::roster);
        return Arbitraries.frequencyOf(
                Tuple.of(1, FuzzText.anyBytes(400)),
                Tuple.of(1, FuzzText.utf8(FuzzText.anyText(400))),
                Tuple.of(2, FuzzText.utf8(valid)),
                Tuple.of(6, FuzzText.utf8(FuzzText.mutated(valid, List.of(",", ";", "\"", "\"\"", "\r\n", "\n", "\uFEFF",
                        "=HYPERLINK(\"http://x\")", "+1", "@", "email", "full_name", "0000-0002-1825-009X", "1.2", "kk")))));
    }

    static String roster(Random r) {
        char sep = r.nextBoolean() ? ',' : ';';
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        var columns = new java.util.ArrayList<>(List.of("email", "full_name", "position", "field_code", "orcid", "language"));
        java.util.Collections.shuffle(columns, r);
        var s = new StringBuilder(String.join(String.valueOf(sep), columns.subList(0, 1 + r.nextInt(columns.size())))).append(eol);
        int rows = r.nextInt(8);
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < 6; c++) {
                if (c > 0) {
                    s.append(sep);
                }
                String value = switch (r.nextInt(7)) {
                    case 0 -> "user" + r.nextInt(100) + "@univ.example";
                    case 1 -> "Айгерім Сәрсенова";
                    case 2 -> "王芳";
                    case 3 -> "0000-0002-1825-0097";
                    case 4 -> "1." + r.nextInt(9);
                    case 5 -> "\"Quoted, with " + sep + " and \"\"quotes\"\"\"";
                    default -> "";
                };
                s.append(value);
            }
            s.append(eol);
        }
        return s.toString();
    }
}

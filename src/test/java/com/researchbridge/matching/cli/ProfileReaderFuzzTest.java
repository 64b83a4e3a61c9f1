package com.researchbridge.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.testsupport.fuzz.BoundedRunner;
import com.researchbridge.testsupport.fuzz.FuzzText;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the {@code match} command's JSON lines (issue 9): each line is read within a second,
 * the only refusal is {@link InputException} with the line number, and the profile holds no more text than the line.
 */
class ProfileReaderFuzzTest {

    private static final BoundedRunner JSONL = new BoundedRunner("match JSONL", Duration.ofSeconds(1));

    @BeforeContainer
    static void warmUp() {
        JSONL.warmUp(() -> ProfileReader.parse("{\"id\":\"a\",\"publications\":[{\"title\":\"t\"}]}", 1));
    }

    @AfterContainer
    static void report() {
        JSONL.report();
    }

    @Property(tries = 10_000)
    void profileLinesAreReadOrRefusedWithTheirNumber(@ForAll("lines") String line) {
        MatchProfile profile;
        try {
            profile = JSONL.run(line.length(), line, () -> ProfileReader.parse(line, 7));
        } catch (InputException refused) {
            assertThat(refused.line()).isEqualTo(7);
            assertThat(refused.getMessage()).startsWith("line 7: ");
            return;
        }
        assertThat(profile.id()).isNotBlank();
        long characters = length(profile.summary()) + length(profile.name()) + length(profile.institution())
                + profile.keywords().stream().mapToLong(String::length).sum();
        assertThat(characters).isLessThanOrEqualTo(line.length());
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> valid = Arbitraries.randoms().map(ProfileReaderFuzzTest::profile);
        return Arbitraries.frequencyOf(
                Tuple.of(2, FuzzText.anyText(300)),
                Tuple.of(2, valid),
                Tuple.of(6, FuzzText.mutated(valid, List.of("{", "}", "[", "]", "\"id\":", "\"publications\":[", "null", "1e99999",
                        "\"\\ud800\"", "\"\\u0000\"", "true", "-0", "12345678901234567890123", ",", ":", "\"year\":1e400"))));
    }

    static String profile(Random r) {
        var s = new StringBuilder("{\"id\":").append(r.nextBoolean() ? "\"p" + r.nextInt(1000) + "\"" : String.valueOf(r.nextInt()));
        String[] fields = {"country", "lang", "name", "institution", "summary", "summary_en"};
        for (String f : fields) {
            if (r.nextBoolean()) {
                s.append(",\"").append(f).append("\":").append(pick(r, "\"KZ\"", "\"CN\"", "\"zh\"", "\"Мұздық сулары\"", "\"冰川径流\"", "1", "null", "[]", "{}"));
            }
        }
        if (r.nextBoolean()) {
            s.append(",\"keywords\":[").append(pick(r, "\"a\",\"b\"", "\"мұз\"", "1,2", "[\"x\"]", "")).append(']');
        }
        if (r.nextBoolean()) {
            s.append(",\"publications\":[{\"title\":\"T\",\"abstract\":\"A\",\"year\":").append(pick(r, "2020", "\"2020\"", "1e10", "null", "-1"))
                    .append("}").append(r.nextBoolean() ? ",1" : "").append(']');
        }
        return s.append('}').toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}

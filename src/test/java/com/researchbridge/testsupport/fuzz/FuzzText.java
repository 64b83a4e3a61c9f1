package com.researchbridge.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Building blocks for the parser fuzz properties: unstructured text and bytes, and mutations of valid-looking
 * documents (broken braces and quotes, separators, byte order marks, control characters, lone surrogates, huge
 * fields, deep nesting, many blank lines). Sizes are capped so that 10,000 inputs per parser stay fast, while a
 * few inputs per run are large enough (hundreds of kilobytes) for quadratic work to pass the time bound.
 */
public final class FuzzText {

    /** Tokens that break or confuse most text formats; each parser adds its own. */
    private static final List<String> COMMON = List.of("{", "}", "[", "]", "(", ")", "\"", "'", "\\", ",", ";", ":",
            "=", "@", "#", "%", "$", "\n", "\r\n", "\r", "\t", " ", "\uFEFF", "\u0000", "\uD800", "\uDC00", "\u2028",
            "\u0085", "\u00A0", "😀", "Қ", "ә", "中文", "Ё", "\u202E", "\u0301", "\\u0000", "null", "-1", "1e999",
            "99999999999999999999");

    private FuzzText() {
    }

    /** Any UTF-16 text, lone surrogates and control characters included. */
    public static Arbitrary<String> anyText(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    /** Text in the scripts our users write, with punctuation and whitespace: words a parser might accept. */
    public static Arbitrary<String> wordsText(int maxLength) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('а', 'я').withChars("әғқңөұүһіӘҒҚҢӨҰҮҺІ").withCharRange('\u4e00', '\u4fff')
                .withChars(" .,;:-_/'\"{}()[]@\\\n\t").ofMaxLength(maxLength);
    }

    /** Random bytes, not necessarily UTF-8. */
    public static Arbitrary<byte[]> anyBytes(int maxLength) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxLength);
    }

    /** A document from {@code valid}, changed by one to five random mutations, tokens drawn from {@code specials}. */
    public static Arbitrary<String> mutated(Arbitrary<String> valid, List<String> specials) {
        return Combinators.combine(valid, Arbitraries.randoms()).as((text, random) -> mutate(text, random, specials));
    }

    /** UTF-8 bytes of the text, sometimes behind a UTF-8, UTF-16 or UTF-32 byte order mark. */
    public static Arbitrary<byte[]> utf8(Arbitrary<String> text) {
        return Combinators.combine(text, Arbitraries.integers().between(0, 9)).as((t, bom) -> {
            byte[] body = t.getBytes(StandardCharsets.UTF_8);
            byte[] prefix = switch (bom) {
                case 0 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case 1 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case 2 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                case 3 -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
                default -> new byte[0];
            };
            byte[] result = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, result, 0, prefix.length);
            System.arraycopy(body, 0, result, prefix.length, body.length);
            return result;
        });
    }

    static String mutate(String text, Random random, List<String> specials) {
        var s = new StringBuilder(text);
        int mutations = 1 + random.nextInt(5);
        for (int m = 0; m < mutations; m++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            // Large mutations are rare: each costs parse time, and a few per run are enough to expose quadratic work.
            boolean large = random.nextInt(100) < 2;
            switch (random.nextInt(9)) {
                case 0 -> {
                    int end = Math.min(s.length(), at + random.nextInt(40));
                    s.delete(at, end);
                }
                case 1 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(80));
                    String piece = s.substring(at, end);
                    int times = large ? 1 + random.nextInt(Math.max(1, 200_000 / Math.max(1, piece.length()))) : 1 + random.nextInt(4);
                    s.insert(at, piece.repeat(times));
                }
                case 2, 3 -> s.insert(at, pick(random, random.nextBoolean() ? specials : COMMON));
                case 4 -> {
                    String blank = pick(random, List.of("\n", "\r\n", " \n", "\t\r\n", "\r", " "));
                    s.insert(at, blank.repeat(large ? 10_000 + random.nextInt(200_000) : 1 + random.nextInt(30)));
                }
                case 5 -> {
                    char c = (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x10000));
                    s.insert(at, String.valueOf(c).repeat(large ? 10_000 + random.nextInt(300_000) : 1 + random.nextInt(500)));
                }
                case 6 -> {
                    String open = pick(random, List.of("{", "[", "(", "\"", "{\"a\":", "[{", "\\", "@a{"));
                    int depth = large ? 1_000 + random.nextInt(50_000) : 1 + random.nextInt(60);
                    String close = switch (open) {
                        case "{" -> "}";
                        case "[" -> "]";
                        case "(" -> ")";
                        case "{\"a\":" -> "1}";
                        case "[{" -> "}]";
                        default -> "";
                    };
                    s.insert(at, open.repeat(depth) + (random.nextBoolean() ? close.repeat(depth) : ""));
                }
                case 7 -> s.setLength(Math.min(s.length(), at));
                default -> {
                    if (!s.isEmpty()) {
                        int i = Math.min(at, s.length() - 1);
                        s.setCharAt(i, (char) random.nextInt(0x10000));
                    }
                }
            }
        }
        return s.toString();
    }

    static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}

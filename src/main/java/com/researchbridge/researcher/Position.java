package com.researchbridge.researcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Academic positions from a controlled list, so that a reader sees "ведущий научный сотрудник" as 首席研究员 or
 * "Leading researcher" instead of the author's words. A profile stores the position's name ({@code PROFESSOR});
 * anything else stored is free text for a position the list lacks ("other") and is shown as written.
 */
public enum Position {
    PROFESSOR, ASSOCIATE_PROFESSOR, ASSISTANT_PROFESSOR, SENIOR_LECTURER, LECTURER,
    RESEARCH_PROFESSOR, ASSOCIATE_RESEARCH_PROFESSOR, ASSISTANT_RESEARCHER,
    CHIEF_RESEARCHER, LEADING_RESEARCHER, SENIOR_RESEARCHER, RESEARCHER, JUNIOR_RESEARCHER,
    HEAD_OF_DEPARTMENT, HEAD_OF_LABORATORY, POSTDOC, DOCTORAL_STUDENT;

    /** The common ways each position is written in the four languages (lower case), for importing free text. */
    private static final Map<String, Position> SPELLINGS = Map.ofEntries(
            e(PROFESSOR, "professor", "full professor", "профессор", "教授", "教授、博士生导师", "教授，博士生导师"),
            e(ASSOCIATE_PROFESSOR, "associate professor", "доцент", "ассоциированный профессор",
                    "қауымдастырылған профессор", "副教授"),
            e(ASSISTANT_PROFESSOR, "assistant professor", "ассистент-профессор", "ассистент профессор",
                    "қауымдастырылмаған профессор", "助理教授"),
            e(SENIOR_LECTURER, "senior lecturer", "старший преподаватель", "аға оқытушы"),
            e(LECTURER, "lecturer", "преподаватель", "оқытушы", "讲师"),
            e(RESEARCH_PROFESSOR, "research professor", "研究员", "特聘研究员", "研究员、博士生导师", "研究员，博士生导师"),
            e(ASSOCIATE_RESEARCH_PROFESSOR, "associate research professor", "副研究员"),
            e(ASSISTANT_RESEARCHER, "assistant researcher", "助理研究员"),
            e(CHIEF_RESEARCHER, "chief researcher", "главный научный сотрудник", "бас ғылыми қызметкер"),
            e(LEADING_RESEARCHER, "leading researcher", "ведущий научный сотрудник", "жетекші ғылыми қызметкер"),
            e(SENIOR_RESEARCHER, "senior researcher", "старший научный сотрудник", "аға ғылыми қызметкер"),
            e(RESEARCHER, "researcher", "научный сотрудник", "ғылыми қызметкер"),
            e(JUNIOR_RESEARCHER, "junior researcher", "младший научный сотрудник", "кіші ғылыми қызметкер"),
            e(HEAD_OF_DEPARTMENT, "head of department", "заведующий кафедрой", "заведующая кафедрой",
                    "кафедра меңгерушісі", "系主任"),
            e(HEAD_OF_LABORATORY, "head of laboratory", "заведующий лабораторией", "заведующая лабораторией",
                    "зертхана меңгерушісі", "实验室主任"),
            e(POSTDOC, "postdoc", "postdoctoral researcher", "постдок", "博士后"),
            e(DOCTORAL_STUDENT, "phd student", "doctoral student", "phd докторант", "докторант", "博士研究生", "博士生"))
            .entrySet().stream().flatMap(en -> Arrays.stream(en.getValue()).map(s -> Map.entry(s, en.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static Map.Entry<Position, String[]> e(Position p, String... spellings) {
        return Map.entry(p, spellings);
    }

    public String translationKey() {
        return "position." + name();
    }

    /** The stored form of what someone wrote: the position's name when the list knows it, else the text itself. */
    public static String normalise(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return recognise(written).map(Enum::name).orElse(written.strip());
    }

    public static Optional<Position> recognise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        try {
            return Optional.of(valueOf(s));
        } catch (IllegalArgumentException notAName) {
            return Optional.ofNullable(SPELLINGS.get(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        }
    }

    /** The controlled position stored in a profile, or empty for free text ("other") and no position. */
    public static Optional<Position> stored(String positionTitle) {
        if (positionTitle == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(positionTitle));
        } catch (IllegalArgumentException freeText) {
            return Optional.empty();
        }
    }

    /** What a reader sees: the translated label of a controlled position, free text as written, "" for none. */
    public static String label(String stored, java.util.function.UnaryOperator<String> translate) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return stored(stored).map(p -> translate.apply(p.translationKey())).orElse(stored);
    }
}

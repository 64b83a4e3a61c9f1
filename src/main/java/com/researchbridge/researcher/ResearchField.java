package com.researchbridge.researcher;

import java.util.Arrays;
import java.util.Optional;

/**
 * The second level of the OECD Fields of Research and Development (Frascati Manual 2015): every field of
 * the classification, each inside its {@link ResearchArea area}. Labels live in the translation files under
 * {@code researchField.<code>}.
 */
public enum ResearchField {
    MATHEMATICS("1.1"), COMPUTER_SCIENCE("1.2"), PHYSICS("1.3"), CHEMISTRY("1.4"), EARTH_SCIENCES("1.5"),
    BIOLOGY("1.6"), OTHER_NATURAL_SCIENCES("1.7"),
    CIVIL_ENGINEERING("2.1"), ELECTRICAL_ENGINEERING("2.2"), MECHANICAL_ENGINEERING("2.3"),
    CHEMICAL_ENGINEERING("2.4"), MATERIALS_ENGINEERING("2.5"), MEDICAL_ENGINEERING("2.6"),
    ENVIRONMENTAL_ENGINEERING("2.7"), ENVIRONMENTAL_BIOTECHNOLOGY("2.8"), INDUSTRIAL_BIOTECHNOLOGY("2.9"),
    NANOTECHNOLOGY("2.10"), OTHER_ENGINEERING("2.11"),
    BASIC_MEDICINE("3.1"), CLINICAL_MEDICINE("3.2"), HEALTH_SCIENCES("3.3"), MEDICAL_BIOTECHNOLOGY("3.4"),
    OTHER_MEDICAL_SCIENCES("3.5"),
    AGRICULTURE("4.1"), ANIMAL_AND_DAIRY_SCIENCE("4.2"), VETERINARY_SCIENCE("4.3"),
    AGRICULTURAL_BIOTECHNOLOGY("4.4"), OTHER_AGRICULTURAL_SCIENCES("4.5"),
    PSYCHOLOGY("5.1"), ECONOMICS("5.2"), EDUCATION("5.3"), SOCIOLOGY("5.4"), LAW("5.5"), POLITICAL_SCIENCE("5.6"),
    SOCIAL_GEOGRAPHY("5.7"), MEDIA_AND_COMMUNICATIONS("5.8"), OTHER_SOCIAL_SCIENCES("5.9"),
    HISTORY("6.1"), LANGUAGES_AND_LITERATURE("6.2"), PHILOSOPHY_ETHICS_RELIGION("6.3"), ARTS("6.4"),
    OTHER_HUMANITIES("6.5");

    private final String code;

    ResearchField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public ResearchArea area() {
        String areaCode = code.substring(0, code.indexOf('.'));
        return Arrays.stream(ResearchArea.values()).filter(a -> a.code().equals(areaCode)).findFirst().orElseThrow();
    }

    public String translationKey() {
        return "researchField." + code;
    }

    /** Both levels of the classification, e.g. "Natural sciences › Mathematics", translated by the caller. */
    public String twoLevelLabel(java.util.function.Function<String, String> translate) {
        return translate.apply(area().translationKey()) + " › " + translate.apply(translationKey());
    }

    public static Optional<ResearchField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}

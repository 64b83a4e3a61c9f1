package com.researchbridge.researcher;

import java.util.Arrays;
import java.util.Optional;

/**
 * Fields of research and development (OECD Frascati Manual 2015, second level) used on profiles.
 * Labels live in the translation files under {@code field.<code>}.
 */
public enum ResearchField {
    MATHEMATICS("1.1"), COMPUTER_SCIENCE("1.2"), PHYSICS("1.3"), CHEMISTRY("1.4"), EARTH_SCIENCES("1.5"),
    BIOLOGY("1.6"), CIVIL_ENGINEERING("2.1"), ELECTRICAL_ENGINEERING("2.2"), MECHANICAL_ENGINEERING("2.3"),
    CHEMICAL_ENGINEERING("2.4"), MATERIALS_ENGINEERING("2.5"), ENVIRONMENTAL_ENGINEERING("2.7"),
    BASIC_MEDICINE("3.1"), CLINICAL_MEDICINE("3.2"), HEALTH_SCIENCES("3.3"), AGRICULTURE("4.1"),
    VETERINARY_SCIENCE("4.3"), ECONOMICS("5.2"), EDUCATION("5.3"), SOCIOLOGY("5.4"), HISTORY("6.1"),
    LANGUAGES_AND_LITERATURE("6.2");

    private final String code;

    ResearchField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String translationKey() {
        return "researchField." + code;
    }

    public static Optional<ResearchField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}

package com.researchbridge.researcher;

/**
 * The first level of the OECD Fields of Research and Development (Frascati Manual 2015): six broad areas,
 * each holding several {@link ResearchField fields}. Labels live in the translation files under
 * {@code researchArea.<code>}.
 */
public enum ResearchArea {
    NATURAL_SCIENCES("1"), ENGINEERING_AND_TECHNOLOGY("2"), MEDICAL_AND_HEALTH_SCIENCES("3"),
    AGRICULTURAL_AND_VETERINARY_SCIENCES("4"), SOCIAL_SCIENCES("5"), HUMANITIES_AND_THE_ARTS("6");

    private final String code;

    ResearchArea(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String translationKey() {
        return "researchArea." + code;
    }

    public java.util.List<ResearchField> fields() {
        return java.util.Arrays.stream(ResearchField.values()).filter(f -> f.area() == this).toList();
    }
}

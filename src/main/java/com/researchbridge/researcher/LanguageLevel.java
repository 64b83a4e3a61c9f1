package com.researchbridge.researcher;

/** How well a researcher speaks a language, in broad CEFR-like steps. Labels: {@code languageLevel.<NAME>}. */
public enum LanguageLevel {
    NATIVE, FLUENT, WORKING, BASIC;

    public String translationKey() {
        return "languageLevel." + name();
    }
}

package com.researchbridge.matching.text;

import java.util.Optional;

/** Languages whose text the matcher analyses. {@code OTHER} text is tokenised but not stemmed. */
public enum TextLanguage {
    EN, RU, KK, ZH, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<TextLanguage> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = java.util.Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "en" -> Optional.of(EN);
            case "ru" -> Optional.of(RU);
            case "kk" -> Optional.of(KK);
            case "zh" -> Optional.of(ZH);
            default -> Optional.empty();
        };
    }
}

package com.researchbridge.notification;

import com.researchbridge.base.TranslationProvider;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the text of our e-mail in the reader's language, from the same translation files as the pages: the
 * greeting, the paragraphs, the signature; and links to pages of the site at its public address.
 */
@Component
class Letters {

    private final TranslationProvider translations;
    private final String publicUrl;

    Letters(TranslationProvider translations, @Value("${researchbridge.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** The address of a page of the site, such as {@code project/12}. */
    String link(String path) {
        return publicUrl + path;
    }

    /** "Hello {name}," then the paragraphs, each followed by a blank line, then the signature and the footer lines. */
    String letter(Locale locale, String name, String... paragraphs) {
        var text = new StringBuilder(t(locale, "mail.greeting", name)).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        return text.append("— ").append(t(locale, "app.name")).append('\n').toString();
    }
}

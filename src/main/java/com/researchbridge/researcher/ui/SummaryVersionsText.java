package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.SpokenLanguage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/**
 * Every language version of a researcher's summary, each under a badge naming its language (the main one
 * first), shown as text; and the short lines that name a profile's fields and languages.
 */
class SummaryVersionsText extends Div {

    SummaryVersionsText(ProfileSummary profile) {
        for (var version : profile.summaries()) {
            var language = new Span(getTranslation("profile.language." + version.language()));
            language.getElement().getThemeList().add("badge contrast small");
            var text = new Paragraph(version.text());
            text.getElement().setAttribute("lang", version.language());
            text.addClassName("rb-summary-version");
            if (version == profile.summaries().getFirst()) {
                text.setId("profile-summary");
            } else {
                text.setId("profile-summary-" + version.language());
                text.addClassName("rb-muted");
            }
            add(language, text);
        }
    }

    /** "Earth and environmental sciences, Environmental engineering", or an empty text. */
    static String fields(com.vaadin.flow.component.Component where, ProfileSummary profile) {
        return profile.fields().stream().map(f -> where.getTranslation(f.translationKey()))
                .collect(Collectors.collectingAndThen(Collectors.toList(),
                        l -> com.researchbridge.base.ui.LocalizedFormats.list(l, com.researchbridge.base.ui.LocalizedFormats.localeOf(where))));
    }

    /** "Kazakh (native), Russian (fluent)", or an empty text. */
    static String languages(com.vaadin.flow.component.Component where, ProfileSummary profile) {
        return profile.spokenLanguages().stream().map(l -> where.getTranslation("researcherHome.spokenLanguage",
                where.getTranslation(SpokenLanguage.translationKey(l.language())), where.getTranslation(l.level().translationKey())))
                .collect(Collectors.collectingAndThen(Collectors.toList(),
                        l -> com.researchbridge.base.ui.LocalizedFormats.list(l, com.researchbridge.base.ui.LocalizedFormats.localeOf(where))));
    }
}

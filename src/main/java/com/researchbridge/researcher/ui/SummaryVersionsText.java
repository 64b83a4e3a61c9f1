package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.SpokenLanguage;
import com.researchbridge.researcher.SummaryVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/**
 * Every language version of a researcher's summary, each under a badge naming its language, the one the reader
 * reads best first, shown as text; and the short lines that name a profile's fields and languages.
 */
class SummaryVersionsText extends Div {

    /**
     * The version in the reader's language first, else the English one, else the original; when that is not the
     * original, the original (and any other version) is one click away.
     */
    SummaryVersionsText(ProfileSummary profile, String readerLanguage) {
        var first = profile.versionFor(readerLanguage);
        if (first == null) {
            return;
        }
        add(version(first, "profile-summary"));
        var others = profile.summaries().stream().filter(v -> v != first).toList();
        if (others.isEmpty()) {
            return;
        }
        var rest = new Div();
        others.forEach(v -> {
            var other = version(v, "profile-summary-" + v.language());
            other.addClassName("rb-muted");
            rest.add(other);
        });
        if (first == profile.summaries().getFirst()) {
            add(rest);
            return;
        }
        // The reader reads a translation first: the author's own words stay one click away.
        String original = languageName(profile.summaries().getFirst().language());
        rest.setVisible(false);
        rest.setId("profile-summary-original");
        var toggle = new Button(getTranslation("reading.showOriginal", original));
        toggle.setId("profile-show-original");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> {
            rest.setVisible(!rest.isVisible());
            toggle.setText(getTranslation(rest.isVisible() ? "reading.hideOriginal" : "reading.showOriginal", original));
        });
        add(toggle, rest);
    }

    SummaryVersionsText(ProfileSummary profile) {
        this(profile, profile.summaryLanguage());
    }

    private Div version(SummaryVersion version, String id) {
        var language = new Span(getTranslation("profile.language." + version.language()));
        language.getElement().getThemeList().add("badge contrast small");
        var text = new Paragraph(version.text());
        text.getElement().setAttribute("lang", version.language());
        text.addClassName("rb-summary-version");
        text.setId(id);
        return new Div(language, text);
    }

    /** A language as it calls itself ("中文"), so that a reader who cannot read it still recognises it. */
    static String languageName(String code) {
        return com.researchbridge.base.UiLanguage.fromCode(code).map(com.researchbridge.base.UiLanguage::nativeName)
                .orElse(code == null ? "" : code);
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

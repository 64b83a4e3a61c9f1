package com.researchbridge.matching.ui;

import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.SummaryVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Two or three lines of a partner's summary: the version in the reader's language, else the English one, else
 * the original; when that is not the original, one click shows the original's opening instead.
 */
class CardExcerpt extends Div {

    static final int EXCERPT = 220;

    CardExcerpt(ProfileSummary partner, String readerLanguage) {
        addClassName("rb-card-excerpt");
        SummaryVersion first = partner.versionFor(readerLanguage);
        if (first == null) {
            return;
        }
        var text = new Paragraph();
        text.addClassName("rb-excerpt");
        show(text, first);
        add(text);
        SummaryVersion original = partner.summaries().getFirst();
        if (first != original) {
            String name = com.researchbridge.base.UiLanguage.fromCode(original.language())
                    .map(com.researchbridge.base.UiLanguage::nativeName).orElse(original.language());
            var toggle = new Button(getTranslation("reading.showOriginal", name));
            toggle.addClassName("rb-show-original");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.addClickListener(e -> {
                boolean showingOriginal = original.language().equals(text.getElement().getAttribute("lang"));
                show(text, showingOriginal ? first : original);
                toggle.setText(getTranslation(showingOriginal ? "reading.showOriginal" : "reading.showTranslation",
                        showingOriginal ? name : com.researchbridge.base.UiLanguage.fromCode(first.language())
                                .map(com.researchbridge.base.UiLanguage::nativeName).orElse(first.language())));
            });
            add(toggle);
        }
    }

    private static void show(Paragraph paragraph, SummaryVersion version) {
        paragraph.setText(excerpt(version.text()));
        paragraph.getElement().setAttribute("lang", version.language());
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT).strip() + "…";
    }
}

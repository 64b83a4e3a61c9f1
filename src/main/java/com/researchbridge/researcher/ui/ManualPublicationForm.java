package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.publication.ImportRejected;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A publication typed in by hand, for work that no BibTeX, RIS or ORCID file holds. The service checks it;
 * a refusal is shown at the field it concerns, in the reader's language, and nothing is stored.
 */
class ManualPublicationForm extends Details {

    private final TextField title = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextField venue = new TextField();
    private final TextField doi = new TextField();

    ManualPublicationForm(PublicationService publications, Runnable added) {
        setSummaryText(getTranslation("publications.manual.open"));
        setId("publication-manual");
        title.setId("publication-manual-title");
        title.setLabel(getTranslation("publications.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(1000);
        year.setId("publication-manual-year");
        year.setLabel(getTranslation("publications.year"));
        year.setStepButtonsVisible(false);
        venue.setId("publication-manual-venue");
        venue.setLabel(getTranslation("publications.venue"));
        venue.setMaxLength(500);
        doi.setId("publication-manual-doi");
        doi.setLabel(getTranslation("publications.doi"));
        doi.setPlaceholder("10.1000/182");
        var add = new Button(getTranslation("publications.manual.add"), e -> add(publications, added));
        add.setId("publication-manual-add");
        var form = new FormLayout(title, year, venue, doi);
        form.setColspan(title, 2);
        add(form, add);
    }

    void add(PublicationService publications, Runnable added) {
        for (var field : java.util.List.of(title, venue, doi)) {
            field.setInvalid(false);
        }
        year.setInvalid(false);
        try {
            publications.addByHand(new PublicationData(title.getValue(), null, year.getValue(), venue.getValue(), doi.getValue()));
        } catch (ImportRejected rejected) {
            switch (rejected.messageKey()) {
                case "publications.manual.badYear" -> showOn(year, rejected.messageKey());
                case "publications.manual.badDoi" -> showOn(doi, rejected.messageKey());
                default -> showOn(title, rejected.messageKey());
            }
            return;
        }
        Notification.show(getTranslation("publications.manual.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        title.clear();
        year.clear();
        venue.clear();
        doi.clear();
        added.run();
    }

    private void showOn(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    TextField title() {
        return title;
    }

    IntegerField year() {
        return year;
    }

    TextField doi() {
        return doi;
    }
}

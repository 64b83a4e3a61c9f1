package com.researchbridge.matching.ui;

import com.researchbridge.matching.DismissReason;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.researcher.ProfileSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks why a suggested partner does not fit before removing them from the suggestions. */
class DismissDialog extends Dialog {

    DismissDialog(ProfileSummary partner, PartnerSuggestionService service, Runnable onDismissed) {
        setHeaderTitle(getTranslation("partners.dismiss.title", partner.fullName()));
        var reason = new RadioButtonGroup<DismissReason>(getTranslation("partners.dismiss.reason"));
        reason.setItems(DismissReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        var comment = new TextArea(getTranslation("partners.dismiss.comment"));
        comment.setMaxLength(PartnerSuggestionService.MAX_COMMENT);
        comment.setWidthFull();
        var confirm = new Button(getTranslation("partners.dismiss.confirm"), e -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                return;
            }
            service.dismiss(partner.account(), reason.getValue(), comment.getValue());
            close();
            onDismissed.run();
        });
        confirm.setId("dismiss-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new VerticalLayout(reason, comment));
        getFooter().add(cancel, confirm);
    }
}

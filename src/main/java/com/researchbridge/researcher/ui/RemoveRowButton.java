package com.researchbridge.researcher.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small red button that removes one row of a list field (a summary version, a spoken language). */
class RemoveRowButton extends Button {

    RemoveRowButton(VaadinIcon icon, String labelKey, Runnable remove) {
        super(icon.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        setAriaLabel(getTranslation(labelKey));
        setTooltipText(getTranslation(labelKey));
        addClickListener(e -> remove.run());
    }
}

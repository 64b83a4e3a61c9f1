package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.Position;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * The position chosen from the controlled list, labelled in the reader's language; typing a position the list
 * lacks keeps it as free text ("other"), and typing a known spelling picks the list's entry. Its value is what the
 * profile stores: the position's name, or the free text.
 */
class PositionField extends ComboBox<String> {

    PositionField() {
        setItems(List.of(Position.values()).stream().map(Enum::name).toList());
        setItemLabelGenerator(stored -> Position.label(stored, this::getTranslation));
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setId("profile-position");
        setHelperText(getTranslation("position.help"));
        addCustomValueSetListener(e -> setValue(Position.normalise(e.getDetail())));
    }
}

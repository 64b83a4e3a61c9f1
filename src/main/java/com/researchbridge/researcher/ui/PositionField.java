package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.Position;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The position chosen from the controlled list, labelled in the reader's language; free text only for "other".
 * Its value is what the profile stores: the position's name, or the free text.
 */
class PositionField extends CustomField<String> {

    static final String OTHER = "OTHER";

    private final ComboBox<String> choice = new ComboBox<>();
    private final TextField other = new TextField();

    PositionField() {
        var items = new ArrayList<>(List.of(Position.values()).stream().map(Enum::name).toList());
        items.add(OTHER);
        choice.setItems(items);
        choice.setItemLabelGenerator(code -> getTranslation("position." + code));
        choice.setId("profile-position");
        choice.setClearButtonVisible(true);
        choice.addValueChangeListener(e -> other.setVisible(OTHER.equals(e.getValue())));
        other.setId("profile-position-other");
        other.setPlaceholder(getTranslation("position.other.placeholder"));
        other.setVisible(false);
        other.setMaxLength(200);
        var row = new HorizontalLayout(choice, other);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setPadding(false);
        add(row);
    }

    @Override
    protected String generateModelValue() {
        String code = choice.getValue();
        if (code == null) {
            return "";
        }
        return OTHER.equals(code) ? other.getValue() : code;
    }

    @Override
    protected void setPresentationValue(String stored) {
        if (stored == null || stored.isBlank()) {
            choice.clear();
            other.clear();
        } else if (Position.stored(stored).isPresent()) {
            choice.setValue(stored);
            other.clear();
        } else {
            choice.setValue(OTHER);
            other.setValue(stored);
        }
        other.setVisible(OTHER.equals(choice.getValue()));
    }
}

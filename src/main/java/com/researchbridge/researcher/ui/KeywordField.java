package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.ProfileTextSupport;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keywords with suggestions from the research vocabulary in the language of the summary; anything else the
 * researcher types is kept as their own keyword.
 */
class KeywordField extends MultiSelectComboBox<String> {

    private static final int SUGGESTIONS = 20;
    private final List<String> own = new ArrayList<>();

    KeywordField(ProfileTextSupport textSupport, Supplier<String> language) {
        setAllowCustomValue(true);
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            var suggestions = new LinkedHashSet<String>(textSupport.suggestKeywords(typed,
                    language.get() == null ? "en" : language.get(), SUGGESTIONS));
            own.stream().filter(k -> k.toLowerCase().contains(typed.toLowerCase())).forEach(suggestions::add);
            return suggestions.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        addCustomValueSetListener(e -> {
            String keyword = e.getDetail().strip();
            if (!keyword.isEmpty()) {
                own.add(keyword);
                var selected = new LinkedHashSet<>(getValue());
                selected.add(keyword);
                setValue(selected);
            }
        });
    }

    void setValue(List<String> keywords) {
        own.clear();
        own.addAll(keywords);
        setValue(new LinkedHashSet<>(keywords));
    }

    List<String> getValueAsList() {
        return List.copyOf(getValue());
    }
}

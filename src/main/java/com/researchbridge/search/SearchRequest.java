package com.researchbridge.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A partner search: text in any language and filter values ({@link SearchFilter}); immutable, built with
 * {@code SearchRequest.of("glacier").with(SearchFilter.COUNTRY, "CN")}. A blank or null value lifts a filter.
 */
public record SearchRequest(String text, Map<SearchFilter, String> filters) {

    public SearchRequest {
        var copy = new EnumMap<SearchFilter, String>(SearchFilter.class);
        if (filters != null) {
            filters.forEach((filter, value) -> {
                if (value != null && !value.isBlank()) {
                    copy.put(filter, value);
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of());
    }

    public SearchRequest with(SearchFilter filter, String value) {
        var changed = new EnumMap<SearchFilter, String>(SearchFilter.class);
        changed.putAll(filters);
        changed.put(filter, value);
        return new SearchRequest(text, changed);
    }

    /** As {@link #with(SearchFilter, String)}, for a value that is lifted when null (or false, for OPEN). */
    public SearchRequest with(SearchFilter filter, Object value) {
        String text = switch (value) {
            case null -> null;
            case Boolean b -> b ? "true" : null;
            case com.researchbridge.researcher.ResearchField f -> f.code();
            case Enum<?> e -> e.name();
            case com.researchbridge.base.InstitutionId id -> String.valueOf(id.value());
            default -> value.toString();
        };
        return with(filter, text);
    }
}

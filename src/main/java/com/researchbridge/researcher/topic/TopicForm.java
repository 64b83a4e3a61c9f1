package com.researchbridge.researcher.topic;

import com.researchbridge.researcher.ResearchField;
import java.time.LocalDate;
import java.util.List;

/** What a researcher enters to post a collaboration topic. */
public record TopicForm(String title, String description, String descriptionLanguage, TopicKind kind,
                        ResearchField field, List<String> keywords, LocalDate closesOn) {

    public TopicForm {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}

package com.researchbridge.demo;

import java.util.List;

/** One line of {@code demo/topics.jsonl}: a collaboration topic a demo researcher has posted. */
record DemoTopic(String author, String title, String description, String lang, String kind, String field,
                 List<String> keywords, int closesInDays) {
}

package com.researchbridge.demo;

import java.util.List;

/** One line of {@code demo/researchers.jsonl}. */
record DemoResearcher(String email, String fullName, String country, String institution, String position,
                      String field, String lang, String summary, String summaryEn, List<String> keywords) {
}

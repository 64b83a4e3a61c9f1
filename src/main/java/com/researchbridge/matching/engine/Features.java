package com.researchbridge.matching.engine;

import java.util.Map;

/** Analysed text: language-tagged terms ({@code "ru:ледник"}) and vocabulary concept indexes, with weights. */
public record Features(Map<String, Float> terms, Map<Integer, Float> concepts) {
}

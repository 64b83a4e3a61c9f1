/**
 * Matching: text analysis in four languages, the multilingual research vocabulary, the index, scoring with
 * reasons, and proposals of partners from the other country. Other modules read text as the matcher does
 * through {@link com.researchbridge.matching.TextAnalyser}; the engine, the analysis chains and the vocabulary
 * stay internal.
 */
package com.researchbridge.matching;

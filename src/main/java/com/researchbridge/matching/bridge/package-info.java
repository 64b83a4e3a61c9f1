/**
 * General bilingual pivots into English, for matching across languages beyond the research vocabulary.
 * {@link com.researchbridge.matching.bridge.BilingualPivots#pivots} takes a text's analysed terms in Chinese,
 * Russian or Kazakh and returns weighted English terms in the English analysis space ({@code "en:glacier"}),
 * with the source of each pivot (dictionary, shared loan stem, cognate) for explanations. Meant as one weighted
 * feature family of the pair score: compare a text's pivots with the other text's English terms (and pivots).
 * The tables are derived by the build ({@code build.PivotTableBuilder}) from dictionaries fetched from package
 * registries; see the README for sources and licences.
 */
package com.researchbridge.matching.bridge;

/**
 * Matching: text analysis in four languages, the multilingual research vocabulary, the index, scoring with
 * reasons, and proposals of partners from the other country.
 */
package com.researchbridge.matching;

package com.researchbridge.researcher;

/**
 * One language version of a researcher's research summary. A profile may hold one version per language
 * (e.g. Russian and English); the first is the researcher's main version.
 *
 * @param language en, ru, kk or zh (detected when the researcher writes, and correctable)
 */
public record SummaryVersion(String language, String text) {
}

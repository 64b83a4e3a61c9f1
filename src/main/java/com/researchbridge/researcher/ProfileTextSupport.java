package com.researchbridge.researcher;

import java.util.List;
import java.util.Optional;

/**
 * Help with profile text that the matching module provides (it owns language analysis and the research
 * vocabulary): which language a text is in, and keyword suggestions. The researcher module defines what it
 * needs, so that it does not depend on matching.
 */
public interface ProfileTextSupport {

    /** The language code (en, ru, kk, zh) a text is written in; empty when it cannot tell. */
    Optional<String> detectLanguage(String text);

    /** Research terms in the given language that start with or contain the typed text, best first. */
    List<String> suggestKeywords(String typed, String languageCode, int limit);
}

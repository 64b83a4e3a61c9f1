package com.researchbridge.matching;

/**
 * Published when an administrator saves, removes or reverts a concept of the research vocabulary, after the text
 * analysis has started reading with the edited vocabulary: other modules' indexes of analysed text (partner
 * search) read their entries again.
 */
public record VocabularyEdited(String conceptId, Change change) {

    public enum Change { SAVED, REMOVED, REVERTED }
}

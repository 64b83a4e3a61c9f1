package com.researchbridge.matching;

/** Published when an administrator saves, removes or reverts a concept of the research vocabulary. */
public record VocabularyEdited(String conceptId, Change change) {

    public enum Change { SAVED, REMOVED, REVERTED }
}

package com.researchbridge.cluster;

/** What changed on another node; the reference is an account id, or unused (0) for the vocabulary. */
public enum ChangeKind {
    /** A researcher's profile or publications: ref is the account id. */
    PROFILE,
    /** A collaboration topic: ref is the owner's account id. */
    TOPIC,
    /** The research vocabulary in use: reload it and rebuild what was read with it. */
    VOCABULARY
}

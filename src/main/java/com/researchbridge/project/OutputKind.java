package com.researchbridge.project;

/** What a joint project produced. */
public enum OutputKind {
    JOINT_PUBLICATION, GRANT_APPLICATION, GRANT_AWARDED, EXCHANGE, VISIT, EVENT, PATENT, DATASET_OR_SOFTWARE;

    public String translationKey() {
        return "project.output.kind." + name();
    }
}

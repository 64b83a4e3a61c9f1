package com.researchbridge.project;

/** One output with the project that produced it, for the administrator's export. */
public record ProjectOutputRow(long projectId, String projectTitle, Participant initiator, Participant partner,
                               ProjectOutputView output) {
}

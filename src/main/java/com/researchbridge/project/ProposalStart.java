package com.researchbridge.project;

import com.researchbridge.researcher.ProfileSummary;

/**
 * What the proposal form starts from: the partner as the proposer may see them, and the project the two still have
 * going on ({@code null} when none), which the form offers to open instead.
 */
public record ProposalStart(ProfileSummary partner, ProjectSummary liveProject) {
}

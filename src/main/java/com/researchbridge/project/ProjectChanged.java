package com.researchbridge.project;

import com.researchbridge.base.AccountId;

/** Published after each step of a joint project; the accounts are {@code null} once deleted. */
public record ProjectChanged(long projectId, ProjectAction action, ProjectStatus status, AccountId initiator,
                             AccountId partner) {
}

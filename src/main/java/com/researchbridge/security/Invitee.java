package com.researchbridge.security;

import com.researchbridge.base.UiLanguage;

/** A researcher a research office invites: the account is created at the office's own institution. */
public record Invitee(String email, String fullName, UiLanguage language) {
}

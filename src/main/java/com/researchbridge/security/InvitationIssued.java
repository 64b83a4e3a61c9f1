package com.researchbridge.security;

import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;

/**
 * Published when a research office issues or renews an invitation, in that transaction: the only moment the
 * token exists outside the invitee's link. {@code language} is the invitee's, {@code null} when unknown.
 */
public record InvitationIssued(IssuedInvitation invitation, UiLanguage language, Country country, String invitedBy) {
}

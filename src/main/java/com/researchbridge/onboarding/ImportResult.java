package com.researchbridge.onboarding;

import com.researchbridge.security.IssuedInvitation;
import java.util.List;

/** What an import stored: the invitations (with their links' tokens, shown once) and how many rows it left out. */
public record ImportResult(List<IssuedInvitation> invited, long skippedRows) {

    public ImportResult {
        invited = List.copyOf(invited);
    }
}

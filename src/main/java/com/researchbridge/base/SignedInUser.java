package com.researchbridge.base;

import java.util.Optional;

/**
 * What the layout needs to know of the signed-in user. The security module's principal implements it,
 * so that the shared layout does not depend on how accounts are stored.
 */
public interface SignedInUser {

    String displayName();

    Optional<UiLanguage> preferredLanguage();
}

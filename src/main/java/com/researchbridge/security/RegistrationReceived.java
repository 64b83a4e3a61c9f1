package com.researchbridge.security;

/**
 * Published when the registration form was accepted, in its transaction. {@code addressWasKnown}: the address
 * already had an account, so nothing was stored and its owner is told that someone tried to register with it;
 * otherwise the new account was created and its holder is welcomed. The visitor sees the same page either way.
 */
public record RegistrationReceived(Contact to, boolean addressWasKnown) {
}

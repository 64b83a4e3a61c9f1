package com.researchbridge.base;

/** Published when a user picks a UI language in the header; the security module remembers it. */
public record UiLanguageChosen(String email, UiLanguage language) {
}

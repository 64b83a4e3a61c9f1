package com.researchbridge.security;

import com.researchbridge.base.UiLanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers the UI language a signed-in user picked in the header. */
@Component
class UiLanguageListener {

    private final AccountService accounts;

    UiLanguageListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(UiLanguageChosen event) {
        accounts.rememberLanguage(event.email(), event.language());
    }
}

package com.researchbridge.security.ui;

import com.researchbridge.security.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Signs out, at the next page change, a user whose account an administrator blocked (or that was deleted) while
 * they were signed in: the session still holds the account as it was at log-in.
 */
@SpringComponent
class BlockedAccountGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    BlockedAccountGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (authentication.isAuthenticated() && !accounts.isMyAccountActive()) {
                authentication.logout();
            }
        }));
    }
}

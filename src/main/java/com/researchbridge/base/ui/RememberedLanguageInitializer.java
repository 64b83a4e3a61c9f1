package com.researchbridge.base.ui;

import com.researchbridge.base.SignedInUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Switches to the signed-in user's remembered UI language when their first UI of a session starts, before
 * any view is built. Visitors keep the language matched from their browser (done by Vaadin from the
 * provided locales). Applied once per session, so a later switch in the same session is not overridden.
 */
@SpringComponent
class RememberedLanguageInitializer implements VaadinServiceInitListener {

    static final String APPLIED = RememberedLanguageInitializer.class.getName() + ".applied";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var session = VaadinSession.getCurrent();
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (session == null || session.getAttribute(APPLIED) != null || authentication == null
                    || !(authentication.getPrincipal() instanceof SignedInUser user)) {
                return;
            }
            session.setAttribute(APPLIED, Boolean.TRUE);
            user.preferredLanguage().ifPresent(language -> {
                session.setLocale(language.locale());
                uiEvent.getUI().setLocale(language.locale());
            });
        });
    }
}

package com.researchbridge.base.ui;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.UiLanguageChosen;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Header control that switches the UI language. A signed-in user's choice is remembered (the security
 * module stores it on the account); a visitor's choice lasts for the browser session.
 */
@SpringComponent
@UIScope
public class LanguageSwitcher extends Select<UiLanguage> {

    private final transient ApplicationEventPublisher events;
    private final transient AuthenticationContext authenticationContext;

    public LanguageSwitcher(ApplicationEventPublisher events, AuthenticationContext authenticationContext) {
        this.events = events;
        this.authenticationContext = authenticationContext;
        setId("language-switcher");
        addClassName("rb-language-switcher");
        setItems(UiLanguage.values());
        setItemLabelGenerator(UiLanguage::nativeName);
        setAriaLabel(getTranslation("language.label"));
        setValue(UiLanguage.of(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue());
            }
        });
    }

    private void choose(UiLanguage language) {
        remember(language);
        // Every view builds its text when created: reloading rebuilds the page in the new language.
        UI.getCurrent().getPage().reload();
    }

    /** Switches this session's language and, for a signed-in user, stores the choice on the account. */
    void remember(UiLanguage language) {
        authenticationContext.getPrincipalName()
                .ifPresent(email -> events.publishEvent(new UiLanguageChosen(email, language)));
        switchTo(language);
    }

    static void switchTo(UiLanguage language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }
}

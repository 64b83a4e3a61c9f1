package com.researchbridge.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** Browserless view tests against the whole application with demo data (see {@link IntegrationTest}). */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /** All visible text of the current view, for assertions on what a user would read. */
    protected String viewText() {
        return text((Component) getCurrentView());
    }

    protected String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    protected void useLocale(java.util.Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}

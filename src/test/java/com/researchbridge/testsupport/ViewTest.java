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

    /**
     * Opens a route the current user may not use and checks that view access control refused it: the
     * refusal page is shown, not the view (nor an error from a service the view would have called).
     */
    protected void assertRefused(String route) {
        navigate(route, Component.class);
        org.assertj.core.api.Assertions.assertThat(getCurrentView().getClass().getSimpleName())
                .as("view shown for %s", route).isIn("AccessDeniedView", "NotFoundView");
    }

    protected void useLocale(java.util.Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /**
     * Opens a view in another UI language. Views build their text when created, and Vaadin reuses the view
     * when navigating to the route already shown, so we pass through another page first.
     */
    protected <T extends Component> T navigateInLocale(java.util.Locale locale, Class<T> view) {
        useLocale(locale);
        navigate("login", Component.class);
        return navigate(view);
    }

    /** As {@link #navigateInLocale(java.util.Locale, Class)}, for a view with a URL parameter. */
    protected <C, T extends Component & com.vaadin.flow.router.HasUrlParameter<C>> T navigateInLocale(
            java.util.Locale locale, Class<T> view, C parameter) {
        useLocale(locale);
        navigate("login", Component.class);
        return navigate(view, parameter);
    }
}

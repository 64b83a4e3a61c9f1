package com.researchbridge.base.ui;

import com.researchbridge.base.StillPreparing;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown instead of Vaadin's own error page when opening a page fails: a message in the user's language with a
 * reference that is also in the log. A page whose service refuses the user is reported as forbidden, not as an
 * error.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    ServerErrorView() {
        addClassName("rb-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (UnexpectedErrors.causedBy(parameter.getCaughtException(), AccessDeniedException.class)) {
            add(new H2(getTranslation("error.forbidden.title")), new Paragraph(getTranslation("error.forbidden.text")),
                    new RouterLink(getTranslation("error.home"), LandingView.class));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        var notReady = UnexpectedErrors.cause(parameter.getCaughtException(), StillPreparing.class).orElse(null);
        if (notReady != null) {
            add(new H2(getTranslation("error.server.title")), new Paragraph(getTranslation(notReady.messageKey())),
                    new RouterLink(getTranslation("error.home"), LandingView.class));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        var reference = ErrorReference.logged(parameter.getCaughtException(), "/" + event.getLocation().getPath());
        add(new H2(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.text", reference)),
                new RouterLink(getTranslation("error.home"), LandingView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

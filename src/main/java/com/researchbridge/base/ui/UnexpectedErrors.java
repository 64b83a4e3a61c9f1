package com.researchbridge.base.ui;

import com.researchbridge.base.StillPreparing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every error that escapes a click, an upload or any other server round trip reaches the user as a message in
 * their language, instead of a dialog that silently stays open. Nothing is navigated away or cleared, so what the
 * user typed is still there to try again. Unexpected errors get a reference that is also in the log.
 */
@SpringComponent
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        var problem = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(problem.getClass().getName())) {
            return; // the browser went away mid-response: nobody to tell, nothing lost
        }
        String message;
        if (causedBy(problem, AccessDeniedException.class)) {
            message = translate(ui, "error.action.forbidden");
        } else if (causedBy(problem, StillPreparing.class)) {
            message = translate(ui, cause(problem, StillPreparing.class).orElseThrow().messageKey());
        } else if (causedBy(problem, OptimisticLockingFailureException.class)) {
            message = translate(ui, "error.action.concurrent");
        } else {
            var reference = ErrorReference.logged(problem, ui == null ? "a background task" : where(ui));
            message = translate(ui, "error.unexpected", reference);
        }
        if (ui != null) {
            show(ui, message);
        }
    }

    private static String where(UI ui) {
        return "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String translate(UI ui, String key, Object... arguments) {
        return ui == null ? key : ui.getTranslation(key, arguments);
    }

    static boolean causedBy(Throwable problem, Class<? extends Throwable> type) {
        return cause(problem, type).isPresent();
    }

    /** The first throwable of the type in the cause chain (views fail wrapped, e.g. in a bean creation error). */
    static <T extends Throwable> java.util.Optional<T> cause(Throwable problem, Class<T> type) {
        for (var t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return java.util.Optional.of(type.cast(t));
            }
        }
        return java.util.Optional.empty();
    }

    /** An error notice that stays until it is closed, so that the reference can be copied. */
    private static void show(UI ui, String message) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        var text = new Span(message);
        text.addClassName("rb-error-notice");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(ui.getTranslation("action.close"));
        var content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        ui.add(notification);
        notification.open();
    }
}

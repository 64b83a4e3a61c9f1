package com.researchbridge.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module wants the signed-in user to see first on their home page (for example, joint projects
 * waiting for their step). Home pages show every notice that has something to say; the modules that own the
 * notices depend on this interface, not on the home pages.
 */
public interface HomeNotice {

    /** The notice for the signed-in user, built in the current UI's language, or empty when there is nothing to say. */
    Optional<Component> forCurrentUser();

    /** Adds every notice that has something to say to a home page. */
    static void addAll(com.vaadin.flow.component.HasComponents page, java.util.List<HomeNotice> notices) {
        notices.forEach(n -> n.forCurrentUser().ifPresent(page::add));
    }
}

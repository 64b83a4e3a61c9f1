package com.researchbridge.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module wants the signed-in user to see first on their home page (for example, joint projects
 * waiting for their step). Home pages show every notice that has something to say; the modules that own the
 * notices depend on this interface, not on the home pages.
 */
public interface HomeNotice {

    /**
     * The notice for the signed-in user, worded in the page's language, or empty when there is nothing to say.
     */
    Optional<Component> forCurrentUser(Component page);

    /** Adds every notice that has something to say to a home page. */
    static <P extends Component & com.vaadin.flow.component.HasComponents> void addAll(P page, java.util.List<HomeNotice> notices) {
        notices.forEach(n -> n.forCurrentUser(page).ifPresent(page::add));
    }
}

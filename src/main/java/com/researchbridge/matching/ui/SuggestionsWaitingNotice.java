package com.researchbridge.matching.ui;

import com.researchbridge.base.StillPreparing;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.HomeNotice;
import com.researchbridge.matching.PartnerSuggestionService;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/** On a researcher's home page, the next step: suggested partners are waiting, with a link to them. */
@org.springframework.stereotype.Component
class SuggestionsWaitingNotice implements HomeNotice {

    private static final int COUNTED = 10;

    private final PartnerSuggestionService suggestions;
    private final CurrentUser currentUser;

    SuggestionsWaitingNotice(PartnerSuggestionService suggestions, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> forCurrentUser(Component page) {
        if (currentUser.get().map(a -> a.role()).orElse(null) != Role.RESEARCHER) {
            return Optional.empty();
        }
        int waiting;
        try {
            waiting = suggestions.suggestionsForMe(COUNTED, UiLanguage.of(com.researchbridge.base.ui.LocalizedFormats.localeOf(page))).size();
        } catch (StillPreparing notYet) {
            return Optional.empty(); // the partners page itself explains that the matcher is still preparing
        }
        if (waiting == 0) {
            return Optional.empty();
        }
        String text = waiting >= COUNTED ? page.getTranslation("home.suggestions.many", COUNTED)
                : page.getTranslation("home.suggestions.waiting", waiting);
        var notice = new Div(VaadinIcon.USERS.create(), new RouterLink(text, SuggestedPartnersView.class));
        notice.setId("home-suggestions-waiting");
        notice.addClassNames("rb-card", "rb-notice");
        return Optional.of(notice);
    }
}

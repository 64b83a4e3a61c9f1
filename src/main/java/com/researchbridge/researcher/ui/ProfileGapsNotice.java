package com.researchbridge.researcher.ui;

import com.researchbridge.base.ui.HomeNotice;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.researcher.ProfileCompleteness;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/** On a researcher's home page, the next step when the profile has gaps: what is missing, with a link to fill it. */
@org.springframework.stereotype.Component
class ProfileGapsNotice implements HomeNotice {

    private static final int NAMED = 3;

    private final ResearcherProfileService profiles;
    private final CurrentUser currentUser;

    ProfileGapsNotice(ResearcherProfileService profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> forCurrentUser(Component page) {
        if (currentUser.get().map(a -> a.role()).orElse(null) != Role.RESEARCHER) {
            return Optional.empty();
        }
        var profile = profiles.myProfile();
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        var completeness = ProfileCompleteness.of(profile.get());
        if (completeness.missing().isEmpty()) {
            return Optional.empty();
        }
        String gaps = LocalizedFormats.list(completeness.missing().stream().limit(NAMED).map(page::getTranslation).toList(),
                com.researchbridge.base.ui.LocalizedFormats.localeOf(page));
        var link = new RouterLink(page.getTranslation("home.profileGaps", completeness.percent(), gaps),
                ProfileEditorView.class);
        var notice = new Div(VaadinIcon.EDIT.create(), link);
        notice.setId("home-profile-gaps");
        notice.addClassNames("rb-card", "rb-notice");
        return Optional.of(notice);
    }
}

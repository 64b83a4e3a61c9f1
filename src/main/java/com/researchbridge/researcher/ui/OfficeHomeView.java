package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AppRoles;
import com.researchbridge.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A research office's home: its institution and the researchers registered there whose profile it may see. */
@Route("office")
@AccessExpectation(Who.RESEARCH_OFFICE)
@RolesAllowed(AppRoles.RESEARCH_OFFICE)
@Menu(order = 1, title = "nav.officeHome", icon = "vaadin:institution")
class OfficeHomeView extends VerticalLayout implements HasDynamicTitle {

    OfficeHomeView(ResearcherProfileService profiles, InstitutionService institutions, CurrentUser currentUser,
                   java.util.List<com.researchbridge.base.ui.HomeNotice> notices) {
        addClassName("rb-page");
        setSizeFull();
        var institution = institutions.find(currentUser.require().institution()).orElseThrow();
        add(new H2(institution.displayName(getLocale())));
        com.researchbridge.base.ui.HomeNotice.addAll(this, notices);
        add(new Paragraph(getTranslation("officeHome.researcherCount",
                LocalizedFormats.number(profiles.countResearchersOfMyInstitution(), getLocale()))));
        // The list holds only what the office may see on the profile pages (decision 25); say why someone is missing.
        var hiddenNote = new Paragraph(getTranslation("officeHome.hiddenNote"));
        hiddenNote.addClassName("rb-muted");
        add(hiddenNote);
        // By route name: the onboarding module depends on this one, not the other way round.
        var onboard = new com.vaadin.flow.component.button.Button(getTranslation("onboarding.officeHomeLink"),
                com.vaadin.flow.component.icon.VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("office/onboarding")));
        onboard.setId("office-onboarding");
        add(onboard);

        var grid = new Grid<ProfileSummary>();
        grid.setEmptyStateText(getTranslation("grid.nothingYet"));
        grid.setId("office-researchers");
        grid.addColumn(ProfileSummary::fullName).setHeader(getTranslation("field.fullName"))
                .setKey("fullName").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> com.researchbridge.researcher.Position.label(p.positionTitle(), this::getTranslation)).setHeader(getTranslation("field.position")).setAutoWidth(true);
        grid.addColumn(p -> p.field() == null ? "" : getTranslation(p.field().translationKey()))
                .setHeader(getTranslation("field.researchField")).setAutoWidth(true);
        grid.addColumn(p -> com.researchbridge.base.ui.LocalizedFormats.list(p.keywords(), getLocale())).setHeader(getTranslation("field.keywords"));
        grid.setItems(query -> {
            var sort = query.getSortOrders().isEmpty() ? Sort.by("fullName")
                    : Sort.by(query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING
                    ? Sort.Direction.DESC : Sort.Direction.ASC, "fullName");
            return profiles.researchersOfMyInstitution(PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
        });
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.officeHome") + " · " + getTranslation("app.name");
    }
}

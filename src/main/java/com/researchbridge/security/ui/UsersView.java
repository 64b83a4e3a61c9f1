package com.researchbridge.security.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.AccountSummary;
import com.researchbridge.security.AppRoles;
import com.researchbridge.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The administrator's list of accounts, filtered by role and text. */
@Route("admin/users")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 3, title = "nav.users", icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();

    UsersView(AccountService accounts, com.researchbridge.institution.InstitutionService institutions,
              com.researchbridge.security.CurrentUser currentUser) {
        var me = currentUser.require().id();
        addClassName("rb-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("action.search"));
        search.setId("users-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        role.setLabel(getTranslation("field.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.all"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("filter.all") : getTranslation(r.translationKey()));

        grid.setEmptyStateText(getTranslation("grid.nothingYet"));

        grid.setId("users");
        grid.addColumn(AccountSummary::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("field.email")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.role().translationKey())).setHeader(getTranslation("field.role"));
        grid.addColumn(a -> a.country() == null ? "" : getTranslation(a.country().translationKey()))
                .setHeader(getTranslation("field.country"));
        grid.addColumn(a -> LocalizedFormats.date(a.createdAt(), getLocale())).setHeader(getTranslation("field.created"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.status.active" : "users.status.blocked"))
                .setHeader(getTranslation("users.status"));
        grid.addComponentColumn(a -> a.id().equals(me) ? new com.vaadin.flow.component.html.Span() : blockButton(accounts, a))
                .setKey("block").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.search(role.getValue(), search.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("email"))).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var newOffice = new com.vaadin.flow.component.button.Button(getTranslation("office.new"),
                e -> new NewOfficeDialog(accounts, institutions, () -> grid.getDataProvider().refreshAll()).open());
        newOffice.setId("office-new");
        var filters = new HorizontalLayout(search, role, newOffice);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.users")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** Blocks an active account or unblocks a blocked one; never one's own. */
    private com.vaadin.flow.component.button.Button blockButton(AccountService accounts, AccountSummary account) {
        boolean block = account.enabled();
        var button = new com.vaadin.flow.component.button.Button(getTranslation(block ? "users.block" : "users.unblock"), e -> {
            try {
                accounts.setBlocked(account.id(), block);
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation(block ? "users.blocked" : "users.unblocked", account.email()));
            } catch (IllegalArgumentException refused) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation(refused.getMessage()))
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
            grid.getDataProvider().refreshAll();
        });
        button.setId("users-" + (block ? "block-" : "unblock-") + account.id().value());
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                block ? com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR
                        : com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}

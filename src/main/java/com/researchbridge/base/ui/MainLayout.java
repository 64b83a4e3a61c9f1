package com.researchbridge.base.ui;

import com.researchbridge.base.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: brand, side navigation with only the pages the current user may open,
 * the language switcher and the user menu (or log-in and registration links for visitors).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;
    private final LanguageSwitcher languageSwitcher;

    public MainLayout(AuthenticationContext authenticationContext, LanguageSwitcher languageSwitcher) {
        this.authenticationContext = authenticationContext;
        this.languageSwitcher = languageSwitcher;
        setPrimarySection(Section.NAVBAR);
        buildFrame();
    }

    private void buildFrame() {
        var user = authenticationContext.getAuthenticatedUser(SignedInUser.class);

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("rb-brand");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("rb-tagline");

        var header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("rb-header");
        var spacer = new Div();
        var navigation = navigation();
        if (navigation.getItems().isEmpty()) {
            // Visitors have no member pages: no empty drawer beside the content.
            setDrawerOpened(false);
            header.add(brand, tagline, spacer, languageSwitcher);
        } else {
            addToDrawer(navigation);
            header.add(new DrawerToggle(), brand, tagline, spacer, languageSwitcher);
        }
        header.setFlexGrow(1, spacer);

        if (user.isPresent()) {
            header.add(userMenu(user.get()));
        } else {
            var login = new Button(getTranslation("action.login"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login")));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var register = new Button(getTranslation("action.register"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("register")));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(login, register);
        }
        addToNavbar(true, header);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("rb-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.getElement().setAttribute("title", getTranslation(entry.title())); // the whole label, should a narrow screen still cut it
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component userMenu(SignedInUser user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("rb-user-menu");
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var trigger = new HorizontalLayout(avatar, new Span(user.displayName()));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);
        var root = menu.addItem(trigger);
        root.getSubMenu().addItem(getTranslation("action.logout"), e -> authenticationContext.logout());
        return menu;
    }
}

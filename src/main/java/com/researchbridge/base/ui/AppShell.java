package com.researchbridge.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ResearchBridge");
        // Our own icon (tools/favicon/favicon.py draws both): the SVG for browsers that take it, the ICO for the rest
        // and for the /favicon.ico that browsers ask for on their own.
        settings.addFavIcon("icon", "favicon.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
    }
}

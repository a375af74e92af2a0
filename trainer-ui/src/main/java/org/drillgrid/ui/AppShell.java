package org.drillgrid.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: server push over WebSocket for live runs, the Lumo theme. */
@Push
@Theme(themeClass = Lumo.class)
public final class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Drillgrid");
    }
}

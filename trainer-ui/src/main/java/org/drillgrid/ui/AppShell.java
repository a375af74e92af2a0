package org.drillgrid.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: server push over WebSocket for live updates, with the browser's own requests sent as
 * ordinary HTTP (WEBSOCKET_XHR), so that the login's new session id reaches the browser as a cookie; the
 * Lumo theme.
 */
@Push(transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
@Theme(themeClass = Lumo.class)
public final class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Drillgrid");
    }
}

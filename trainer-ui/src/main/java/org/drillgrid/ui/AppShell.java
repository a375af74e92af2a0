package org.drillgrid.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-wide settings: server push over WebSocket for live updates, with the browser's own requests sent as
 * ordinary HTTP (WEBSOCKET_XHR), so that the login's new session id reaches the browser as a cookie; the
 * page icon. The theme is Lumo, Vaadin 24's default: no {@code @Theme} (one without a name made the page ask
 * for {@code /VAADIN/themes//styles.css}, a 400).
 */
@Push(transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
public final class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Drillgrid");
        settings.addFavIcon("icon", "icons/favicon.svg", "any"); // webapp/icons: without it the browser asks for a missing /favicon.ico
    }
}

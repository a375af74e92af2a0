package org.drillgrid.ui;

import com.vaadin.flow.server.VaadinService;
import org.drillgrid.ui.auth.Accounts;
import org.drillgrid.ui.run.RunService;
import org.drillgrid.ui.session.Roster;
import org.drillgrid.ui.session.SessionService;

/**
 * What the views use, put into the Vaadin context by the bootstrap (and by tests). Views look it up
 * with {@link #current()}; there is no static state.
 */
public record AppServices(RunService runs, SessionService sessions, Accounts accounts, Roster roster,
        org.drillgrid.ui.design.DesignService design) {

    public static AppServices current() {
        AppServices services = VaadinService.getCurrent().getContext().getAttribute(AppServices.class);
        if (services == null) {
            throw new IllegalStateException("AppServices missing from the Vaadin context");
        }
        return services;
    }
}

package org.drillgrid.ui.auth;

import com.vaadin.flow.server.VaadinSession;

/** Logs a user in to the Karibu mock session without the login page (for view tests). */
public final class TestLogin {

    private TestLogin() {
    }

    public static void as(User user) {
        CurrentUser.set(VaadinSession.getCurrent(), user);
    }

    public static void out() {
        CurrentUser.set(VaadinSession.getCurrent(), null);
    }
}

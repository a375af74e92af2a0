package org.drillgrid.ui.auth;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The user logged in to this browser session (kept in the Vaadin session, on the server only). */
public final class CurrentUser {

    private static final String KEY = CurrentUser.class.getName();

    private CurrentUser() {
    }

    public static Optional<User> get() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable((User) s.getAttribute(KEY));
    }

    /**
     * The user as the database has them now: an account disabled, removed or given another role or
     * position since the login ends the login (the next page or action goes to the login page).
     */
    public static Optional<User> current() {
        Optional<User> u = get();
        if (u.isEmpty()) {
            return u;
        }
        Optional<User> now = org.drillgrid.ui.AppServices.current().accounts().find(u.get().username());
        if (now.isEmpty() || now.get().disabled() || now.get().role() != u.get().role()
                || !java.util.Objects.equals(now.get().position(), u.get().position())) {
            set(VaadinSession.getCurrent(), null);
            return Optional.empty();
        }
        return u;
    }

    /** The user, or an exception when nobody is logged in (an action reached without a login). */
    public static User require() {
        return current().orElseThrow(() -> new SecurityException("not logged in"));
    }

    /**
     * Checks on the server that the current user has one of the roles before an action is carried out,
     * whatever the page showed.
     */
    public static User require(Role... roles) {
        User u = require();
        for (Role r : roles) {
            if (u.role() == r) {
                return u;
            }
        }
        throw new SecurityException("role " + u.role().json() + " may not do this");
    }

    static void set(VaadinSession session, User user) {
        session.setAttribute(KEY, user);
    }
}

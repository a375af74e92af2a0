package org.drillgrid.ui.auth;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;

/**
 * Checks every navigation on the server: a view needs a login unless it is {@link PublicView}, and the
 * user's role must be one its {@link Allowed} lists; a view with neither is closed to all. Without a login
 * the browser goes to the login page (and back to where it wanted afterwards); with the wrong role, to the
 * access-denied page. Data a view shows is loaded only after this check has passed.
 */
public final class AccessControl implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(AccessControl::check));
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        var user = CurrentUser.current(); // as the database has the account now (disabled: logged out)
        if (user.isEmpty()) {
            String wanted = event.getLocation().getPathWithQueryParameters();
            event.rerouteTo(LoginView.class, com.vaadin.flow.router.QueryParameters.of("next", wanted));
            return;
        }
        if (!allows(target, user.get().role())) {
            event.rerouteTo(ForbiddenView.class);
        }
    }

    /** Whether a user of this role may open the view. */
    public static boolean allows(Class<?> view, Role role) {
        if (view.isAnnotationPresent(PublicView.class)) {
            return true;
        }
        Allowed a = view.getAnnotation(Allowed.class);
        return a != null && Arrays.asList(a.value()).contains(role);
    }
}

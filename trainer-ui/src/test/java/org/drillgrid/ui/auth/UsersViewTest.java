package org.drillgrid.ui.auth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.drillgrid.ui.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewTest extends AppTest {

    private UsersView view;

    @BeforeEach
    void setUp() {
        app.login("admin", Role.ADMIN, null);
        UI.getCurrent().navigate(UsersView.class);
        view = (UsersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void aTraineeWithoutPositionIsRefusedNamingTheField() {
        view.username.setValue("wang.wu");
        view.password.setValue("a long password");
        view.role.setValue(Role.TRAINEE);
        view.create();
        String m = _get(Span.class, s -> s.withId("users-message")).getText();
        assertTrue(m.startsWith("岗位："), m);
        assertTrue(app.accounts.find("wang.wu").isEmpty());
    }

    @Test
    void theAdminCreatesATraineeAndDisablesIt() {
        view.username.setValue("wang.wu");
        view.password.setValue("a long password");
        view.role.setValue(Role.TRAINEE);
        view.position.setValue("evacuation");
        view.create();
        User u = app.accounts.find("wang.wu").orElseThrow();
        assertEquals("evacuation", u.position());
        assertEquals(2, GridKt._size(view.grid));
        assertTrue(GridKt._getFormattedRow(view.grid, 1).toString().contains("群众转移专班"));
        app.accounts.setDisabled("wang.wu", true);
        assertEquals("wrong username or password", app.accounts.login("wang.wu", "a long password").error());
    }
}

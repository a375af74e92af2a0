package org.drillgrid.ui.lobby;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.TestLogin;
import org.drillgrid.ui.auth.User;
import org.junit.jupiter.api.Test;

class LobbyViewTest extends AppTest {

    /** The buttons in the "open" cell of the exercise's row. */
    private static java.util.List<String> doors(LobbyView lobby, String id) {
        int row = lobby.exercises().stream().map(r -> r.id()).toList().indexOf(id);
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(lobby.grid, row, "open");
        return cell.getChildren().map(c -> c.getId().orElse("")).toList();
    }

    private static LobbyView lobby() {
        UI.getCurrent().navigate(LobbyView.class);
        return (LobbyView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void aControllerCreatesSeatsAndStartsAnExercise() {
        User trainee = app.login("li.si", Role.TRAINEE, "rescue");
        app.login("controller", Role.CONTROLLER, null);
        LobbyView lobby = lobby();
        lobby.scenario.setValue(app.runs.catalog().entry("xinzheng-720-rainstorm").orElseThrow());
        lobby.name.setValue("7·20 桌面推演");
        lobby.create();
        assertEquals(1, lobby.exercises().size());
        String id = lobby.exercises().get(0).id();
        assertEquals("7·20 桌面推演", lobby.exercises().get(0).name());

        lobby.grid.select(lobby.exercises().get(0));
        lobby.trainee.setValue(trainee);
        assertEquals("rescue", lobby.position.getValue(), "the trainee's own position comes first");
        lobby.position.setValue("evacuation");
        lobby.seat();
        assertEquals("evacuation", app.roster.position(id, trainee.id()).orElseThrow());

        assertEquals(java.util.List.of("start-" + id, "control-" + id, "review-" + id), doors(lobby, id));
        lobby.start(id);
        assertEquals(RunStatus.RUNNING, app.sessions.find(id).orElseThrow().paced().snapshot().status());
        app.sessions.find(id).orElseThrow().paced().pause();
    }

    @Test
    void aTraineeSeesOnlyTheExercisesTheySitInWithTheCommandPostDoor() throws Exception {
        User trainee = app.login("li.si", Role.TRAINEE, "rescue");
        String mine = app.sessions.create("xinzheng-720-rainstorm", 1L, "mine").session().id();
        String other = app.sessions.create("xinzheng-720-rainstorm", 2L, "other").session().id();
        app.roster.assign(mine, trainee.id(), "rescue");
        TestLogin.as(trainee);
        LobbyView lobby = lobby();
        assertEquals(1, lobby.exercises().size());
        assertEquals(mine, lobby.exercises().get(0).id());
        assertTrue(lobby.exercises().stream().noneMatch(r -> r.id().equals(other)));
        assertEquals(java.util.List.of("post-" + mine), doors(lobby, mine));
        assertTrue(_find(Button.class, s -> s.withId("create-exercise")).isEmpty());
    }

    @Test
    void aReviewerGetsTheReviewDoorOnly() throws Exception {
        String id = app.sessions.create("xinzheng-720-rainstorm", 1L, "x").session().id();
        app.login("reviewer", Role.REVIEWER, null);
        assertEquals(java.util.List.of("review-" + id), doors(lobby(), id));
    }
}

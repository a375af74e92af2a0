package org.drillgrid.ui.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.session.SessionStore;
import org.junit.jupiter.api.Test;

/** The replay's map picture made from a checkpoint and the log alone. */
class ReviewReplayFrameTest {

    @Test
    void checkpointDepthsAreLittleEndianUnsignedMillimetres() {
        byte[] mm = {(byte) 0xE8, 0x03, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00}; // 1000, 65535, 0
        var checkpoint = new org.drillgrid.ui.session.SessionStore.Checkpoint(0, mm);
        assertArrayEquals(new double[] {1.0, 65.535, 0.0}, checkpoint.depths(3), 1e-9);
        assertNull(checkpoint.depths(4), "a checkpoint of another grid is not drawn");
        assertArrayEquals(mm, org.drillgrid.ui.session.SessionStore.Checkpoint.encode(new double[] {1.0, 70.0, -0.2}),
                "encoded the same way: capped at 65.535 m, nothing below 0");
    }

    @Test
    void teamsAndSheltersAreWhereTheEventsUpToTheTimeLeftThem() throws Exception {
        Scenario sc = ScenarioLoader.load(ScenarioCatalog.bundled().source("xinzheng-720-rainstorm").orElseThrow())
                .scenario();
        var team = sc.forcesOrNone().teamsOrEmpty().get(0);
        var shelter = sc.forcesOrNone().sheltersOrEmpty().get(0);
        int cols = sc.grid().cols();
        byte[] water = new byte[cols * sc.grid().rows() * 2];
        Frame at = ReplayFrame.at(600, sc, new SessionStore.Checkpoint(0, water), List.of(
                new TeamStatus(60, team.id(), "travelling", "rescue", List.of(3, 2)),
                new ShelterStatus(120, shelter.id(), false, 250, "full")));
        Frame.Unit u = at.teams().stream().filter(x -> x.id().equals(team.id())).findFirst().orElseThrow();
        assertEquals(2 * cols + 3, u.cell());
        assertEquals("travelling", u.status());
        Frame.Site s = at.shelters().stream().filter(x -> x.id().equals(shelter.id())).findFirst().orElseThrow();
        assertEquals(false, s.open());
        assertEquals(250, s.occupants());
        assertEquals(sc.forcesOrNone().depotsOrEmpty().size(), at.depots().size());
        assertEquals(cols * sc.grid().rows(), at.depths().length);
    }
}

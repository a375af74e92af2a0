package org.drillgrid.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.ui.session.SessionStore;

/**
 * The map's picture of a moment of a stored session: the water of the depth checkpoint at or before it,
 * shelters (open or not, occupants) and teams (cell, status, task) as the events up to it left them, the
 * depots where the scenario puts them. Made from the log alone, without the engine.
 */
final class ReplayFrame {

    private ReplayFrame() {
    }

    static Frame at(long t, Scenario scenario, SessionStore.Checkpoint water, List<SimEvent> eventsUpToT) {
        int cols = scenario.grid().cols();
        int rows = scenario.grid().rows();
        Forces forces = scenario.forcesOrNone();
        Map<String, Frame.Unit> teams = new LinkedHashMap<>();
        forces.teamsOrEmpty().forEach(team -> teams.put(team.id(), new Frame.Unit(team.id(), cell(team.base(), cols),
                Boolean.TRUE.equals(team.onRequest()) ? "standby" : "idle", null)));
        Map<String, Frame.Site> shelters = new LinkedHashMap<>();
        forces.sheltersOrEmpty().forEach(s -> shelters.put(s.id(), new Frame.Site(s.id(), cell(s.cell(), cols),
                s.openOrDefault(), 0, s.capacity() == null ? 0 : s.capacity())));
        for (SimEvent e : eventsUpToT) {
            if (e instanceof TeamStatus ts) {
                Frame.Unit was = teams.get(ts.team());
                int at = ts.cell() != null && ts.cell().size() == 2 ? ts.cell().get(1) * cols + ts.cell().get(0)
                        : was == null ? -1 : was.cell();
                if (at >= 0) {
                    teams.put(ts.team(), new Frame.Unit(ts.team(), at, ts.status(), ts.task()));
                }
            } else if (e instanceof ShelterStatus ss && shelters.containsKey(ss.shelter())) {
                Frame.Site was = shelters.get(ss.shelter());
                shelters.put(ss.shelter(), new Frame.Site(was.id(), was.cell(), ss.open(), ss.occupants(), was.capacity()));
            }
        }
        List<Frame.Site> depots = new ArrayList<>();
        forces.depotsOrEmpty().forEach(d -> depots.add(new Frame.Site(d.id(), cell(d.cell(), cols), true, 0, 0)));
        double[] depths = water == null ? null : water.depths(cols * rows);
        return new Frame(t, cols, rows, depths, null, List.copyOf(teams.values()), List.copyOf(shelters.values()),
                depots, null, null, null, null, null, 0, null, null, null);
    }


    private static int cell(CellRef c, int cols) {
        return c.row() * cols + c.col();
    }
}

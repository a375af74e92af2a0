package org.drillgrid.ui.post;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.drill.Areas;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * What a command-post position knows of the world, built only from the events it may see (the caller
 * passes nothing else): the forces as the scenario lists them, updated by what teams, shelters and depots
 * report of themselves; the roads the command post closed; the latest report of each source; the inbox.
 * It never holds water depths or people states, so nothing drawn from it can leak the truth.
 */
final class KnownPicture {

    /** Water reported at or above this depth (m) is an alarm: underpasses close at 0.3 m. */
    static final double ALERT_DEPTH_M = 0.3;
    /** Rain at or above this rate (mm/h) is an alarm (the 7·20 storm peaked at 201.9 mm/h). */
    static final double ALERT_RAIN_MM_H = 50;

    /** A team as known: {@code status} null until it has reported. */
    record TeamView(Team team, String status, String task, CellRef cell, Long asOf) {
    }

    /** A shelter as known: {@code occupants} null until it has reported. */
    record ShelterView(Shelter shelter, boolean open, Long occupants, String reason, Long asOf) {
    }

    /** A depot as known: its stock on the books (start, less what it sent, plus what it received). */
    record DepotView(Depot depot, Map<String, Long> books, MaterialsMoved last) {
    }

    private final Scenario scenario;
    private final int cols;
    private final int rows;
    private final GridLayer roads;
    private final Map<String, TeamView> teams = new LinkedHashMap<>();
    private final Map<String, ShelterView> shelters = new LinkedHashMap<>();
    private final Map<String, DepotView> depots = new LinkedHashMap<>();
    private final Map<String, ReportReceived> latestBySource = new LinkedHashMap<>();
    private final List<SimEvent> inbox = new ArrayList<>();
    private final BitSet closed = new BitSet();
    private long now;
    private boolean ended;

    KnownPicture(LoadedScenario loaded) {
        this.scenario = loaded.scenario();
        this.cols = scenario.grid().cols();
        this.rows = scenario.grid().rows();
        this.roads = loaded.layer("roads").orElse(null);
        var forces = scenario.forcesOrNone();
        forces.teamsOrEmpty().forEach(t -> teams.put(t.id(), new TeamView(t, null, null, t.base(), null)));
        forces.sheltersOrEmpty().forEach(s -> shelters.put(s.id(), new ShelterView(s, s.openOrDefault(), null, null, null)));
        forces.depotsOrEmpty().forEach(d -> depots.put(d.id(), new DepotView(d, new LinkedHashMap<>(d.stockOrEmpty()), null)));
    }

    /** Takes in one visible event; returns whether the map shows something new. */
    boolean apply(SimEvent e) {
        now = Math.max(now, e.t());
        if (e instanceof InjectFired) {
            inbox.add(e);
            return false;
        } else if (e instanceof ReportReceived r) {
            inbox.add(r);
            ReportReceived before = latestBySource.get(r.source());
            if (r.cells() != null && r.cells().size() == 4 && (before == null || before.observedAt() <= r.observedAt())) {
                latestBySource.put(r.source(), r);
                return true;
            }
            return false;
        } else if (e instanceof TeamStatus s) {
            return team(s);
        } else if (e instanceof ShelterStatus s) {
            return shelter(s);
        } else if (e instanceof MaterialsMoved m) {
            materials(m);
            return false;
        } else if (e instanceof OrderIssued o && o.order() instanceof Order.CloseRoad c) {
            close(c);
            return true;
        } else if (e instanceof RunEnded) {
            ended = true;
        }
        return false;
    }

    private boolean team(TeamStatus s) {
        TeamView before = teams.get(s.team());
        if (before == null || (before.asOf() != null && before.asOf() > s.t())) {
            return false; // not one of the scenario's teams, or older than what is known
        }
        CellRef cell = s.cell() != null && s.cell().size() == 2 ? new CellRef(s.cell().get(0), s.cell().get(1))
                : before.cell();
        teams.put(s.team(), new TeamView(before.team(), s.status(), s.task(), cell, s.t()));
        return true;
    }

    private boolean shelter(ShelterStatus s) {
        ShelterView before = shelters.get(s.shelter());
        if (before == null || (before.asOf() != null && before.asOf() > s.t())) {
            return false;
        }
        shelters.put(s.shelter(), new ShelterView(before.shelter(), s.open(), s.occupants(), s.reason(), s.t()));
        return true;
    }

    private void materials(MaterialsMoved m) {
        DepotView d = m.depot() == null ? null : depots.get(m.depot());
        if (d == null) {
            return;
        }
        Map<String, Long> books = new LinkedHashMap<>(d.books());
        int sign = switch (m.status()) {
            case "dispatched" -> -1;
            case "received" -> 1;
            default -> 0;
        };
        if (m.items() != null && sign != 0) {
            m.items().forEach((item, n) -> books.merge(item, sign * (n == null ? 0 : n), Long::sum));
        }
        depots.put(m.depot(), new DepotView(d.depot(), books, m));
    }

    /** The road cells of the area, closed (or reopened) as the command post ordered. */
    private void close(Order.CloseRoad c) {
        Optional<int[]> rect = Areas.resolve(c.area(), scenario);
        if (rect.isEmpty() || roads == null) {
            return;
        }
        int[] a = rect.get();
        boolean reopen = Boolean.TRUE.equals(c.reopen());
        for (int r = Math.max(0, a[1]); r <= Math.min(rows - 1, a[3]); r++) {
            for (int col = Math.max(0, a[0]); col <= Math.min(cols - 1, a[2]); col++) {
                if (roads.get(col, r) > 0) {
                    closed.set(r * cols + col, !reopen);
                }
            }
        }
    }

    /**
     * The partial frame the map draws: forces where they are known to be, shelters by their last reported fill
     * (occupants -1 until a shelter has reported), the closures, nothing else.
     */
    Frame frame() {
        List<Frame.Unit> units = new ArrayList<>();
        teams.values().forEach(t -> units.add(new Frame.Unit(t.team().id(), index(t.cell()),
                t.status() == null ? "unknown" : t.status(), t.task())));
        List<Frame.Site> sites = new ArrayList<>();
        shelters.values().forEach(s -> sites.add(new Frame.Site(s.shelter().id(), index(s.shelter().cell()), s.open(),
                s.occupants() == null ? -1 : s.occupants(), s.shelter().capacity() == null ? 0 : s.shelter().capacity())));
        List<Frame.Site> stores = new ArrayList<>();
        depots.values().forEach(d -> stores.add(new Frame.Site(d.depot().id(), index(d.depot().cell()), true, 0, 0)));
        return org.drillgrid.ui.map.Frames.reported(now, cols, rows, units, sites, stores, (BitSet) closed.clone());
    }

    private int index(CellRef c) {
        return c == null ? 0 : c.row() * cols + c.col();
    }

    /** Whether a report calls for attention: deep water, heavy rain, people trapped. */
    static boolean alert(ReportReceived r) {
        if (r.value() == null) {
            return false;
        }
        return switch (r.kind()) {
            case "water-depth" -> r.value() >= ALERT_DEPTH_M;
            case "rain" -> r.value() >= ALERT_RAIN_MM_H;
            case "trapped" -> r.value() > 0;
            default -> false;
        };
    }

    /** The centre cell of a report's rectangle. */
    static CellRef centre(ReportReceived r) {
        List<Integer> c = r.cells();
        return new CellRef((c.get(0) + c.get(2)) / 2, (c.get(1) + c.get(3)) / 2);
    }

    Collection<TeamView> teams() {
        return teams.values();
    }

    Collection<ShelterView> shelters() {
        return shelters.values();
    }

    Collection<DepotView> depots() {
        return depots.values();
    }

    /** The newest report of each source that names a place. */
    Collection<ReportReceived> latestReports() {
        return latestBySource.values();
    }

    /** Injects and reports in the order they arrived. */
    List<SimEvent> inbox() {
        return inbox;
    }

    BitSet closed() {
        return (BitSet) closed.clone();
    }

    /** The latest sim time seen in the events. */
    long now() {
        return now;
    }

    boolean ended() {
        return ended;
    }
}

package org.drillgrid.engine.drill;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.hazard.flood.FloodHazard;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.engine.response.Response;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Informants;
import org.drillgrid.model.drill.Sensor;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.scenario.Scenario;

/**
 * The reported picture (docs/drill-format.md, "Fog of war"): sensors read the truth at their cell every
 * interval and their reading reaches the command post a latency later; information officers count the
 * affected and trapped people of their place and report late and off by up to their error; teams at work
 * on an area report the people still trapped there every half hour, 10 min late, off by up to 20 %. A station
 * or officer without power or network at the moment of reading sends nothing. Reports are
 * {@code report} events, stamped at the end of the tick they arrive in. The error draws come from a
 * generator of their own, seeded from the run's seed, so reports never change the simulation itself.
 */
public final class Fog {

    private record Pending(long due, long seq, ReportReceived report) {
    }

    /** Teams at work report every half hour, 10 minutes late, off by up to 20 % (our calibration). */
    static final long TEAM_EVERY = 1800;
    static final long TEAM_DELAY = 600;
    static final double TEAM_ERROR = 0.2;

    private final List<Sensor> sensors;
    private final int[] sensorCells;
    private final Informants informants;
    private final List<Area> places = new ArrayList<>();
    private final List<String> placeIds = new ArrayList<>();
    private final boolean[] lastNonZero;
    private final Response response;
    private final FloodHazard flood;
    private final SimClock clock;
    private final EventSink events;
    private final MersenneTwisterFast random;
    private final PriorityQueue<Pending> inbox = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private long seq;
    private org.drillgrid.engine.hazard.quake.QuakeView quake;
    private org.drillgrid.engine.hazard.fire.FireView fire;
    /** Shocks already given to the quick report, and per sensor the shocks it has reported. */
    private int shocksReported;
    private final int[] shocksSeen;
    /** How far a fire lookout camera sees smoke (km): our assumption for a tower camera in hill country. */
    static final double CAMERA_RANGE_KM = 15;

    public Fog(Scenario scenario, Response response, FloodHazard flood, SimClock clock, EventSink events, long seed) {
        this.sensors = scenario.drillOrEmpty().sensorsOrEmpty();
        int cols = response.cols();
        this.sensorCells = sensors.stream().mapToInt(s -> s.cell().row() * cols + s.cell().col()).toArray();
        this.informants = scenario.drillOrEmpty().informants();
        if (informants != null) {
            for (String id : informants.placesOrEmpty()) {
                places.add(DrillScript.areaOrNull(AreaRef.place(id), scenario));
                placeIds.add(id);
            }
        }
        this.lastNonZero = new boolean[places.size() * 2];
        this.shocksSeen = new int[sensors.size()];
        this.response = response;
        this.flood = flood;
        this.clock = clock;
        this.events = events;
        this.random = new MersenneTwisterFast(seed * 0x9E3779B97F4A7C15L + 0x5EEDL);
    }

    /** The earthquake and the fire the seismic stations, fire cameras and quick reports watch (either null). */
    public void hazards(org.drillgrid.engine.hazard.quake.QuakeView quake, org.drillgrid.engine.hazard.fire.FireView fire) {
        this.quake = quake;
        this.fire = fire;
    }

    /** End of tick: takes the readings due and delivers the reports that have arrived. */
    public void step() {
        long t0 = clock.tickStart();
        long t1 = clock.tickEnd();
        for (int k = 0; k < sensors.size(); k++) {
            Sensor s = sensors.get(k);
            if (t1 / s.everySeconds() != t0 / s.everySeconds()) {
                read(k, s, sensorCells[k], t1);
            }
        }
        if (informants != null && t1 / informants.everySeconds() != t0 / informants.everySeconds()) {
            for (int p = 0; p < places.size(); p++) {
                officer(p, t1);
            }
        }
        if (t1 / TEAM_EVERY != t0 / TEAM_EVERY) {
            teams(t1);
        }
        if (quake != null) {
            quickReports();
        }
        while (!inbox.isEmpty() && inbox.peek().due <= t1) {
            ReportReceived r = inbox.poll().report;
            events.emit(new ReportReceived(t1, r.source(), r.kind(), r.cells(), r.value(), r.unit(), r.observedAt(),
                    r.audience(), r.text()));
        }
    }

    private boolean silent(int cell, long t) {
        Outages o = response.outages();
        return o.out(Outages.Kind.POWER, cell, t) || o.out(Outages.Kind.NETWORK, cell, t);
    }

    /**
     * The China Earthquake Networks Center's quick report of each shock (magnitude and epicentre), reaching
     * every position 7 minutes after it struck (the plan's quick-report time).
     */
    private void quickReports() {
        List<org.drillgrid.engine.hazard.quake.QuakeHazard.Shock> shocks = quake.shocks();
        int cols = response.cols();
        int rows = response.rows();
        for (; shocksReported < shocks.size(); shocksReported++) {
            var s = shocks.get(shocksReported);
            int c = (int) Math.max(0, Math.min(cols - 1, Math.floor(s.col())));
            int r = (int) Math.max(0, Math.min(rows - 1, Math.floor(s.row())));
            inbox.add(new Pending(s.t() + (long) org.drillgrid.engine.hazard.quake.EarlyWarning.QUICK_REPORT_SECONDS,
                    seq++, new ReportReceived(0, "cenc", "earthquake", List.of(c, r, c, r),
                            round(s.magnitude(), 10), "Ms", s.t(), List.of(), null)));
        }
    }

    private void read(int k, Sensor s, int cell, long t) {
        if (silent(cell, t)) {
            return;
        }
        int cols = response.cols();
        List<Integer> where = List.of(cell % cols, cell / cols, cell % cols, cell / cols);
        if (s.type().equals("seismic-station")) {
            if (quake == null || quake.shocks().size() == shocksSeen[k]) {
                return; // a station reports a shock once
            }
            shocksSeen[k] = quake.shocks().size();
            inbox.add(new Pending(t + s.latencySeconds(), seq++, new ReportReceived(0, s.id(), "intensity", where,
                    round(quake.lastShockIntensity(cell), 10), "degree", t, s.audienceOrEmpty(), null)));
            return;
        }
        if (s.type().equals("fire-camera")) {
            double km = fire == null ? Double.NaN : fire.nearestKm(new Area(cell % cols, cell / cols, cell % cols,
                    cell / cols), CAMERA_RANGE_KM);
            if (!Double.isNaN(km)) {
                inbox.add(new Pending(t + s.latencySeconds(), seq++, new ReportReceived(0, s.id(), "fire-distance",
                        where, round(km, 10), "km", t, s.audienceOrEmpty(), null)));
            }
            return;
        }
        if (flood == null) {
            return;
        }
        ReportReceived r = switch (s.type()) {
            case "rain-gauge" -> new ReportReceived(0, s.id(), "rain", where,
                    round(flood.rainAt(cell, t - 1), 10), "mm/h", t, s.audienceOrEmpty(), null);
            case "hydro-station" -> new ReportReceived(0, s.id(), "water-depth", where, round(flood.at(cell), 100), "m",
                    t, s.audienceOrEmpty(), null);
            default -> null;
        };
        if (r != null) {
            inbox.add(new Pending(t + s.latencySeconds(), seq++, r));
        }
    }

    private void officer(int p, long t) {
        Area a = places.get(p);
        int cols = response.cols();
        if (response.outages().out(Outages.Kind.NETWORK, a.centre(cols), t)) {
            return;
        }
        long[] truth = response.affectedAndTrappedIn(a);
        String[] kinds = {"affected", "trapped"};
        for (int k = 0; k < 2; k++) {
            double err = informants.errorOrDefault() * (2 * random.nextDouble() - 1);
            if (truth[k] == 0 && !lastNonZero[2 * p + k]) {
                continue;
            }
            lastNonZero[2 * p + k] = truth[k] > 0;
            double told = Math.max(0, Math.round(truth[k] * (1 + err)));
            inbox.add(new Pending(t + informants.delaySeconds(), seq++, new ReportReceived(0, "officer:" + placeIds.get(p),
                    kinds[k], a.asList(), told, "persons", t, informants.audienceOrEmpty(), null)));
        }
    }

    /** Teams at work on an area report the people still trapped there, late and roughly. */
    private void teams(long t) {
        int cols = response.cols();
        for (var w : response.teamsWorkingOnAreas()) {
            Area a = w.getValue().area();
            double err = TEAM_ERROR * (2 * random.nextDouble() - 1);
            if (response.outages().out(Outages.Kind.NETWORK, a.centre(cols), t)) {
                continue; // radios still work, but their relay does not: the team is out of touch
            }
            long trapped = response.trappedIn(a);
            inbox.add(new Pending(t + TEAM_DELAY, seq++, new ReportReceived(0, "team:" + w.getKey(), "trapped", a.asList(),
                    (double) Math.max(0, Math.round(trapped * (1 + err))), "persons", t, List.of(), null)));
        }
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }
}

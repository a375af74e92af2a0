package org.drillgrid.engine.response;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drillgrid.engine.Agenda;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.World;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.kpi.Quantiles;
import org.drillgrid.engine.kpi.Tally;
import org.drillgrid.engine.move.Mobility;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Channel;
import org.drillgrid.engine.people.Hazard;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Targets;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The people, teams, shelters and depots of a run, and the commanders' levers over them. Each tick (the
 * AGENTS phase) the policy acts, then every agent action due in the tick runs in time order; every five
 * minutes people look at the water at home and closures are refreshed; every hour relieved people eat
 * and a {@code people-status} line is written. Levers are methods that answer with a {@link Result}
 * and write a {@code command} event either way; a refused lever changes nothing.
 */
public final class Response implements Steppable {

    private static final long serialVersionUID = 1L;
    /** Seconds between looks at the water at home. */
    public static final long EXPOSURE_EVERY = 300;
    static final long HOUR = 3600;
    private static final String[] LEVELS = {"", "blue", "yellow", "orange", "red"};
    private static final String[] ROMAN = {"none", "I", "II", "III", "IV"};
    /** Reserve teams come in a response of this level or higher (lower number). */
    public static final int REINFORCEMENT_LEVEL = 2;
    /** The five stops, as orders name them. */
    public static final java.util.List<String> STOPS = org.drillgrid.model.order.Order.STOPS;

    /** The time events of the running tick are stamped with: its end, like every hazard event. */
    @FunctionalInterface
    public interface Stamp {
        long now();
    }

    private final transient SimClock clock;
    private final transient EventSink events;
    private final transient Agenda agenda = new Agenda();
    private final transient Mobility mobility;
    private final transient Outages outages;
    private final transient People people;
    private final transient Relief relief;
    private final transient Teams teams;
    private final transient Tally tally = new Tally();
    private final transient Hazard hazard;
    private final transient Policy policy;
    private final int cols;
    private final int rows;
    private int warnings;
    private String by;
    /** Emergency response level: 0 none, 4 (IV, lowest) .. 1 (I, highest). */
    private int level;
    private transient org.drillgrid.engine.hazard.fire.FireView fireView;
    /** Per cell, the five stops in force (bit k = {@link #STOPS}[k]). */
    private final byte[] stops;
    /** The flood's levees and dams, by id: the ones a team can reinforce. */
    private final java.util.List<String> levees;

    public Response(World world, Hazard hazard, FloodControl flood, Policy policy, SimClock clock, EventSink events,
            MersenneTwisterFast random) {
        this.clock = clock;
        this.events = events;
        this.hazard = hazard;
        this.policy = policy;
        this.cols = world.scenario().grid().cols();
        this.rows = world.scenario().grid().rows();
        this.by = policy.name();
        this.stops = new byte[cols * rows];
        this.levees = org.drillgrid.model.order.OrderOptions.levees(world.scenario());
        Stamp stamp = clock::tickEnd;
        this.mobility = new Mobility(world, hazard);
        this.outages = new Outages(cols);
        this.relief = new Relief(world.forces().sheltersOrEmpty(), world.forces().depotsOrEmpty(), mobility, agenda,
                events, stamp);
        this.teams = new Teams(world.forces().teamsOrEmpty(), mobility, agenda, events, stamp, flood, outages, hazard);
        int n = cols * rows;
        GridLayer popLayer = world.loaded().layer("population").orElse(GridLayer.constant(cols, rows, 0));
        Population pop = Population.of(popLayer, random);
        LandUse[] land = new LandUse[n];
        GridLayer uses = world.loaded().layer("landUse").orElse(GridLayer.constant(cols, rows,
                LandUse.URBAN_RESIDENTIAL.code()));
        for (int i = 0; i < n; i++) {
            land[i] = LandUse.ofCode(uses.at(i));
        }
        this.people = new People(pop, mobility, agenda, outages, hazard, relief, tally, random, land,
                world.buildings());
        people.stops(stops);
        relief.attach(people);
        teams.attach(people);
        teams.shelterLookup = relief::index;
    }

    @Override
    public void step(SimState state) {
        long t0 = clock.tickStart();
        long t1 = clock.tickEnd();
        by = policy.name();
        policy.act(this, t0);
        agenda.runUntil(t1);
        if (t1 / EXPOSURE_EVERY != t0 / EXPOSURE_EVERY) {
            people.exposure(t1);
            mobility.refreshFloodClosures(t1, false);
            double[] atShelters = new double[relief.count()];
            for (int s = 0; s < atShelters.length; s++) {
                atShelters[s] = hazard.at(relief.cell(s));
            }
            relief.checkFlooding(atShelters, t1);
        }
        if (t1 / HOUR != t0 / HOUR) {
            relief.consume(1.0);
            people.buriedAttrition(t1);
        }
        tally.flush(t1, events);
        if (t1 / HOUR != t0 / HOUR) {
            status(t1);
        }
    }

    private void status(long t) {
        Population p = people.population();
        long warned = 0, affected = 0, evacuating = 0, sheltered = 0, relieved = 0, trapped = 0, rescued = 0,
                injured = 0, dead = 0;
        for (int h = 0; h < p.count(); h++) {
            int size = p.size(h);
            int living = size - p.dead(h);
            warned += Double.isNaN(p.warnedAt(h)) ? 0 : size;
            affected += Double.isNaN(p.affectedAt(h)) ? 0 : living;
            evacuating += p.state(h) == Population.State.EVACUATING ? size : 0;
            sheltered += p.state(h) == Population.State.SHELTERED ? size : 0;
            relieved += Double.isNaN(p.relievedAt(h)) ? 0 : size;
            trapped += p.trapped(h) ? living : 0;
            rescued += Double.isNaN(p.rescuedAt(h)) ? 0 : size;
            injured += p.injured(h);
            dead += p.dead(h);
        }
        events.emit(new PeopleStatus(t, warned, affected, evacuating, sheltered, relieved, trapped, rescued, injured,
                dead));
    }

    /** Lets fireline teams work on a fire, and the policy see it. */
    public void attachFire(FireControl fire, org.drillgrid.engine.hazard.fire.FireView view) {
        teams.fire = fire;
        this.fireView = view;
    }

    /** The fire, when the scenario has one (null otherwise). */
    public org.drillgrid.engine.hazard.fire.FireView fire() {
        return fireView;
    }

    /** Homes can collapse on people: search-and-rescue teams take rescue tasks and dig the buried out. */
    public void expectRubble() {
        teams.rubble = true;
    }

    // ---- what the run can read

    public People people() {
        return people;
    }

    public Mobility mobility() {
        return mobility;
    }

    public Outages outages() {
        return outages;
    }

    Relief relief() {
        return relief;
    }

    Teams teams() {
        return teams;
    }

    public Agenda agenda() {
        return agenda;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public Hazard hazard() {
        return hazard;
    }

    /** The indicators as they stand at {@code now}, against the scenario's targets. */
    public Kpis kpis(double now, Targets targets) {
        Population p = people.population();
        int n = p.count();
        double[] reliefHours = new double[n];
        int[] reliefWeight = new int[n];
        int relievedN = 0;
        long affected = 0, relieved = 0, judged = 0, withinTarget = 0, pending = 0;
        double target = targets == null || targets.reliefHours() == null ? Double.NaN : targets.reliefHours();
        double slowest = -1;
        int slowestHousehold = -1;
        double[] leads = new double[n];
        int[] leadWeight = new int[n];
        int leadN = 0;
        long atRisk = 0, inTime = 0, warnedAtAll = 0, leftInTime = 0, deaths = 0, injured = 0;
        double[] rescueHours = new double[n];
        int[] rescueWeight = new int[n];
        int rescueN = 0;
        long trappedTotal = 0, rescuedTotal = 0, stillTrapped = 0;
        for (int h = 0; h < n; h++) {
            int size = p.size(h);
            int living = size - p.dead(h);
            deaths += p.dead(h);
            injured += p.injured(h);
            warnedAtAll += Double.isNaN(p.warnedAt(h)) ? 0 : size;
            if (!Double.isNaN(p.affectedAt(h)) && living > 0) {
                affected += living;
                double a = p.affectedAt(h);
                double rel = p.relievedAt(h);
                if (!Double.isNaN(rel)) {
                    relieved += living;
                    double hours = (rel - a) / 3600;
                    reliefHours[relievedN] = hours;
                    reliefWeight[relievedN++] = living;
                    if (hours > slowest) {
                        slowest = hours;
                        slowestHousehold = h;
                    }
                }
                if (!Double.isNaN(target)) {
                    if (a + target * 3600 <= now) {
                        judged += living;
                        if (!Double.isNaN(rel) && rel - a <= target * 3600) {
                            withinTarget += living;
                        }
                    } else {
                        pending += living;
                    }
                }
            }
            double reached = people.hazardReachedAt(p.home(h));
            if (!Double.isNaN(reached)) {
                atRisk += size;
                double w = p.warnedAt(h);
                if (!Double.isNaN(w) && w < reached) {
                    inTime += size;
                    leads[leadN] = (reached - w) / 60;
                    leadWeight[leadN++] = size;
                }
                if (!Double.isNaN(p.affectedAt(h)) && p.affectedAt(h) < reached) {
                    leftInTime += size; // displaced (left home) before the water reached it
                }
            }
            if (!Double.isNaN(p.trappedAtOrNaN(h))) {
                trappedTotal += size;
                if (!Double.isNaN(p.rescuedAt(h))) {
                    rescuedTotal += size;
                    rescueHours[rescueN] = (p.rescuedAt(h) - p.trappedAtOrNaN(h)) / 3600;
                    rescueWeight[rescueN++] = size;
                }
                stillTrapped += p.trapped(h) ? living : 0;
            }
        }
        Kpis.Relief reliefKpi = new Kpis.Relief(Double.isNaN(target) ? null : target,
                Double.isNaN(target) || judged == 0 ? null : round(withinTarget / (double) judged, 4),
                q(reliefHours, reliefWeight, relievedN, 0.5), q(reliefHours, reliefWeight, relievedN, 0.9),
                relievedN == 0 ? null : round(slowest, 2), affected, relieved, judged, pending,
                slowestHousehold < 0 ? null : slowestHousehold);
        Double warnTarget = targets == null || targets.warningCoverage() == null ? null
                : targets.warningCoverage() / 100;
        Kpis.Warning warning = new Kpis.Warning(warnTarget, atRisk == 0 ? null : round(inTime / (double) atRisk, 4),
                q(leads, leadWeight, leadN, 0.5), atRisk, inTime, warnedAtAll);
        Kpis.Trapped trapped = new Kpis.Trapped(trappedTotal, rescuedTotal, q(rescueHours, rescueWeight, rescueN, 0.5),
                stillTrapped);
        long population = p.persons();
        java.util.List<Kpis.ShelterFigures> shelters = new java.util.ArrayList<>();
        for (Relief.ShelterAgent sh : relief.shelters) {
            shelters.add(new Kpis.ShelterFigures(sh.spec.id(), sh.capacity, sh.occupants, sh.peak,
                    sh.open && !sh.floodedOut, sh.stock.getOrDefault(ReliefItem.FOOD, 0L),
                    sh.stock.getOrDefault(ReliefItem.WATER, 0L)));
        }
        Map<String, Map<String, Long>> depots = new java.util.TreeMap<>();
        for (Relief.DepotAgent d : relief.depots) {
            depots.put(d.spec.id(), Map.copyOf(d.stock));
        }
        Map<String, java.util.List<String>> evidence = new java.util.TreeMap<>();
        evidence.put("relief", java.util.List.of("people-affected", "people-relieved"));
        evidence.put("warning", java.util.List.of("people-warned", "people-affected"));
        evidence.put("evacuatedShare", java.util.List.of("people-affected"));
        evidence.put("deaths", java.util.List.of("casualties"));
        evidence.put("injured", java.util.List.of("casualties"));
        evidence.put("trapped", java.util.List.of("people-trapped", "people-rescued"));
        return new Kpis(policy.name(), population, n, reliefKpi, warning,
                atRisk == 0 ? null : round(leftInTime / (double) atRisk, 4), deaths, injured, trapped, affected,
                population == 0 ? 0 : round(affected * 100_000.0 / population, 1),
                population == 0 ? 0 : round(deaths * 1_000_000.0 / population, 2), shelters, depots,
                teams.utilisation(now), evidence);
    }

    private static Double q(double[] values, int[] weights, int n, double q) {
        return n == 0 ? null : round(Quantiles.of(values, weights, n, q), 2);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    // ---- levers

    private Result record(String lever, String target, String detail, Result r) {
        events.emit(new CommandGiven(clock.tickEnd(), lever, target, detail, by, r.accepted(), r.reason(), r.refusal()));
        return r;
    }

    private Result checkArea(Area area) {
        if (area.col1() >= cols || area.row1() >= rows || area.col0() < 0 || area.row0() < 0) {
            return Result.coded(Refusal.AREA_OUTSIDE_GRID, area, cols, rows);
        }
        return null;
    }

    /** Issues a public warning of a level (1 blue .. 4 red) over an area through channels. */
    public Result warn(Area area, int level, Set<Channel> channels, double now) {
        String detail = "level " + level + " via " + names(channels);
        Result bad = checkArea(area);
        if (bad == null && (level < 1 || level > 4)) {
            bad = Result.coded(Refusal.WARNING_LEVEL, level);
        }
        if (bad == null && channels.isEmpty()) {
            bad = Result.coded(Refusal.NO_CHANNEL);
        }
        if (bad != null) {
            return record("warn", area.toString(), detail, bad);
        }
        String id = "w" + (++warnings);
        People.Reach reach = people.warn(id, area, level, channels, -1, 0, now);
        record("warn", area.toString(), detail, Result.OK);
        events.emit(new WarningIssued(clock.tickEnd(), id, LEVELS[level], channels.stream().map(Channel::json)
                .sorted().toList(), null, reach.households(), reach.persons()));
        return Result.OK;
    }

    /** Orders an area to evacuate to a shelter; the order goes out through the channels. */
    public Result evacuate(Area area, String shelter, Set<Channel> channels, double now) {
        String detail = "to " + shelter + " via " + names(channels);
        Result bad = checkArea(area);
        int s = relief.index(shelter);
        if (bad == null && s < 0) {
            bad = Result.coded(Refusal.NO_SHELTER, shelter);
        }
        if (bad == null && !relief.open(s)) {
            bad = Result.coded(Refusal.SHELTER_CLOSED, shelter);
        }
        if (bad == null && relief.room(s) <= 0) {
            // nobody could be admitted: households would set out and be turned away (docs/agents.md)
            bad = Result.coded(Refusal.SHELTER_FULL, shelter, relief.occupants(s), relief.capacity(s));
        }
        if (bad == null && channels.isEmpty()) {
            bad = Result.coded(Refusal.NO_CHANNEL);
        }
        if (bad != null) {
            return record("evacuate", area.toString(), detail, bad);
        }
        String id = "w" + (++warnings);
        People.Reach reach = people.warn(id, area, People.ORDER, channels, s, 0, now);
        record("evacuate", area.toString(), detail, Result.OK);
        events.emit(new WarningIssued(clock.tickEnd(), id, "evacuate", channels.stream().map(Channel::json)
                .sorted().toList(), shelter, reach.households(), reach.persons()));
        return Result.OK;
    }

    public Result openShelter(String shelter, double now) {
        return record("open-shelter", shelter, null, relief.setOpen(shelter, true, now));
    }

    public Result closeShelter(String shelter, double now) {
        return record("close-shelter", shelter, null, relief.setOpen(shelter, false, now));
    }

    /** Closes a road cell to the public (or reopens it); rescue vehicles still pass. */
    public Result closeRoad(int col, int row, boolean closed) {
        String target = "[" + col + ", " + row + "]";
        if (col < 0 || row < 0 || col >= cols || row >= rows) {
            return record(closed ? "close-road" : "open-road", target, null,
                    Result.coded(Refusal.CELL_OUTSIDE_GRID, target, cols, rows));
        }
        int cell = row * cols + col;
        if (mobility.closedByOrder(cell) == closed) {
            return record(closed ? "close-road" : "open-road", target, null,
                    Result.coded(Refusal.ROAD_ALREADY, target, closed ? "closed" : "open"));
        }
        mobility.setClosedByOrder(cell, closed);
        return record(closed ? "close-road" : "open-road", target, null, Result.OK);
    }

    public Result dispatchTeam(String team, Task task, double now) {
        Result bad = task.area() == null ? null : checkArea(task.area());
        if (bad == null && task.kind() == Task.Kind.EVACUATE && relief.index(task.shelter()) < 0) {
            bad = Result.coded(Refusal.NO_SHELTER, task.shelter());
        }
        if (bad == null && task.kind() == Task.Kind.REINFORCE_LEVEE && !levees.contains(task.levee())) {
            bad = Result.coded(levees.isEmpty() ? Refusal.NO_LEVEE_IN_SCENARIO : Refusal.NO_LEVEE, task.levee());
        }
        if (bad == null && task.kind() == Task.Kind.FIRELINE && fireView == null) {
            bad = Result.coded(Refusal.NO_FIRE);
        }
        if (bad != null) {
            return record("dispatch-team", team, task.describe(cols), bad);
        }
        return record("dispatch-team", team, task.describe(cols), teams.dispatch(team, task, now));
    }

    /**
     * Requests an on-request team (military, neighbouring region). Plans call them in a level II or I
     * response, so the request is refused below level II.
     */
    public Result requestReinforcement(String team, double now) {
        if (level == 0 || level > REINFORCEMENT_LEVEL) {
            return record("request-reinforcement", team, null, Result.coded(Refusal.RESERVE_NEEDS_LEVEL, ROMAN[level]));
        }
        return record("request-reinforcement", team, null, teams.request(team, now));
    }

    /** Sets the emergency response level: 4 (IV, lowest) to 1 (I, highest), or 0 to end the response. */
    public Result setResponseLevel(int newLevel) {
        String target = newLevel == 0 ? "none" : newLevel >= 1 && newLevel <= 4 ? ROMAN[newLevel] : String.valueOf(newLevel);
        if (newLevel < 0 || newLevel > 4) {
            return record("set-response-level", target, null, Result.coded(Refusal.RESPONSE_LEVEL_UNKNOWN));
        }
        if (newLevel == level) {
            return record("set-response-level", target, null, Result.coded(Refusal.RESPONSE_ALREADY, ROMAN[level]));
        }
        String detail = "from " + (level == 0 ? "none" : ROMAN[level]);
        level = newLevel;
        return record("set-response-level", target, detail, Result.OK);
    }

    /** The emergency response level now: 0 none, 4 (IV) .. 1 (I). */
    public int responseLevel() {
        return level;
    }

    /**
     * Orders (or lifts) some of the five stops over an area. People under any stop take warnings more
     * seriously (docs/agents.md, "Five stops"). Refused when nothing would change.
     */
    public Result fiveStops(Area area, Set<String> which, boolean lift) {
        String lever = lift ? "lift-stops" : "five-stops";
        String detail = String.join(",", which.stream().sorted().toList());
        Result bad = checkArea(area);
        if (bad == null && which.isEmpty()) {
            bad = Result.coded(Refusal.NO_STOP, String.join(", ", STOPS));
        }
        int mask = 0;
        for (String w : which) {
            int k = STOPS.indexOf(w);
            if (k < 0 && bad == null) {
                bad = Result.coded(Refusal.UNKNOWN_STOP, w, String.join(", ", STOPS));
            }
            mask |= k < 0 ? 0 : 1 << k;
        }
        if (bad != null) {
            return record(lever, area.toString(), detail, bad);
        }
        int changed = 0;
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                int i = r * cols + c;
                byte now = (byte) (lift ? stops[i] & ~mask : stops[i] | mask);
                changed += now != stops[i] ? 1 : 0;
                stops[i] = now;
            }
        }
        if (changed == 0) {
            return record(lever, area.toString(), detail, Result.coded(Refusal.STOPS_ALREADY, lift ? "lifted" : "in-force", area));
        }
        return record(lever, area.toString(), detail, Result.OK);
    }

    /** Whether any of the five stops is in force at a cell. */
    public boolean stopsAt(int cell) {
        return stops[cell] != 0;
    }

    /** Closes every road cell of an area to the public (or reopens them); refused when none would change. */
    public Result closeRoads(Area area, boolean closed) {
        String lever = closed ? "close-road" : "open-road";
        Result bad = checkArea(area);
        if (bad != null) {
            return record(lever, area.toString(), null, bad);
        }
        java.util.List<Integer> change = new java.util.ArrayList<>();
        int roadCells = 0;
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                int i = r * cols + c;
                if (mobility.isRoad(i)) {
                    roadCells++;
                    if (mobility.closedByOrder(i) != closed) {
                        change.add(i);
                    }
                }
            }
        }
        if (roadCells == 0) {
            return record(lever, area.toString(), null, Result.coded(Refusal.NO_ROAD, area));
        }
        if (change.isEmpty()) {
            return record(lever, area.toString(), null, Result.coded(Refusal.ROADS_ALREADY, area, closed ? "closed" : "open"));
        }
        for (int i : change) {
            mobility.setClosedByOrder(i, closed);
        }
        return record(lever, area.toString(), change.size() + " road cells", Result.OK);
    }

    /** A shelter is lost (damaged, cut off): it closes for good and its people move on. */
    public Result loseShelter(String shelter, double now) {
        return record("shelter-lost", shelter, null, relief.lose(shelter, now));
    }

    /** Pulls a lever on behalf of {@code who} (a position, an inject): the command event names them. */
    public Result as(String who, java.util.function.Supplier<Result> lever) {
        String before = by;
        by = who;
        try {
            return lever.get();
        } finally {
            by = before;
        }
    }

    // ---- ground truth the drill script's conditions read

    /** Teams at work on an area (rescue, evacuation): id and task, in document order. */
    public java.util.List<Map.Entry<String, Task>> teamsWorkingOnAreas() {
        return teams.workingOnAreas();
    }

    /** What a team is busy with, or null when it is free (idle, in reserve) or unknown. */
    public String teamBusyWith(String team) {
        return teams.busyWith(team, cols);
    }

    /** Persons trapped now in an area (null: anywhere). */
    public long trappedIn(Area area) {
        return countIn(area, true);
    }

    /** Persons dead so far. */
    public long deaths() {
        return countIn(null, false);
    }

    private long countIn(Area area, boolean trapped) {
        Population p = people.population();
        long n = 0;
        if (area == null) {
            for (int h = 0; h < p.count(); h++) {
                n += trapped ? (p.trapped(h) ? p.size(h) - p.dead(h) : 0) : p.dead(h);
            }
            return n;
        }
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                int cell = r * cols + c;
                for (int h = p.firstAt(cell); h < p.endAt(cell); h++) {
                    n += trapped ? (p.trapped(h) ? p.size(h) - p.dead(h) : 0) : p.dead(h);
                }
            }
        }
        return n;
    }

    /** Persons affected and trapped now among the households at home in an area: {affected, trapped}. */
    public long[] affectedAndTrappedIn(Area area) {
        Population p = people.population();
        long affected = 0, trapped = 0;
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                int cell = r * cols + c;
                for (int h = p.firstAt(cell); h < p.endAt(cell); h++) {
                    int living = p.size(h) - p.dead(h);
                    affected += Double.isNaN(p.affectedAt(h)) ? 0 : living;
                    trapped += p.trapped(h) ? living : 0;
                }
            }
        }
        return new long[] {affected, trapped};
    }

    /** Percent of its starting stock a depot holds now (of one item, or of all by mass when item is null). */
    public double depotStockPercent(String depot, String item) {
        return relief.stockPercent(depot, item);
    }

    /** Percent of its capacity a shelter holds now. */
    public double shelterOccupancyPercent(String shelter) {
        return relief.occupancyPercent(shelter);
    }

    public Result dispatchMaterials(String depot, String shelter, Map<String, Long> items, double now) {
        String detail = "to " + shelter + " " + items.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return record("dispatch-materials", depot, detail, relief.dispatch(depot, shelter, items, now));
    }

    /** Calls a depot's agreement and production reserves (of one item, or all when item is null). */
    public Result callReserve(String depot, String item, double now) {
        return record("call-reserve", depot, item, relief.callAgreements(depot, item, now));
    }

    /** An outage (power, network, road) over an area from now, for {@code seconds} (infinite: until restored). */
    public Result outage(Outages.Kind kind, Area area, double seconds, double now) {
        Result bad = checkArea(area);
        if (bad == null && !(seconds > 0)) {
            bad = Result.coded(Refusal.OUTAGE_DURATION, seconds);
        }
        if (bad != null) {
            return record("outage", area.toString(), kind.json(), bad);
        }
        outages.add(kind, area, now, now + seconds);
        record("outage", area.toString(), kind.json() + (Double.isInfinite(seconds) ? "" : " for " + (long) seconds
                + " s"), Result.OK);
        events.emit(new OutageChanged(clock.tickEnd(), kind.json(), area.asList(), true));
        if (kind == Outages.Kind.ROAD) {
            blockRoads(area, true);
        }
        if (!Double.isInfinite(seconds)) {
            agenda.at(now + seconds, t -> {
                if (kind == Outages.Kind.ROAD) {
                    blockRoads(area, false);
                }
                events.emit(new OutageChanged(clock.tickEnd(), kind.json(), area.asList(), false));
            });
        }
        return Result.OK;
    }

    private void blockRoads(Area area, boolean blocked) {
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                mobility.setBlocked(r * cols + c, blocked);
            }
        }
    }

    private static String names(Set<Channel> channels) {
        return channels.stream().map(Channel::json).sorted().collect(Collectors.joining(","));
    }

    /** Every channel. */
    public static Set<Channel> allChannels() {
        return EnumSet.allOf(Channel.class);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The truth for a map at {@code now}: people, teams, sites, trucks, closures and outages ({@code depths} as given). */
    public org.drillgrid.engine.api.Frame frame(long now, double[] depths) {
        int n = cols * rows;
        Population p = people.population();
        byte[] states = new byte[n];
        for (int h = 0; h < p.count(); h++) {
            int cell = p.home(h);
            byte s = householdState(p, h);
            if (s > states[cell]) {
                states[cell] = s;
            }
        }
        java.util.BitSet closed = new java.util.BitSet(n);
        java.util.BitSet blockedCells = new java.util.BitSet(n);
        java.util.BitSet power = new java.util.BitSet(n);
        java.util.BitSet network = new java.util.BitSet(n);
        for (int i = 0; i < n; i++) {
            if (mobility.isRoad(i)) {
                closed.set(i, mobility.closedByOrder(i));
                blockedCells.set(i, mobility.blocked(i));
            }
            power.set(i, outages.out(Outages.Kind.POWER, i, now));
            network.set(i, outages.out(Outages.Kind.NETWORK, i, now));
        }
        java.util.List<org.drillgrid.engine.api.Frame.Site> shelterSites = new java.util.ArrayList<>();
        java.util.List<org.drillgrid.engine.api.Frame.Site> depotSites = new java.util.ArrayList<>();
        relief.sites(shelterSites, depotSites);
        return new org.drillgrid.engine.api.Frame(now, cols, rows, depths, states, teams.units(), shelterSites,
                depotSites, relief.convoyCells(), closed, blockedCells, power, network, level, null, null, null);
    }

    private static byte householdState(Population p, int h) {
        if (p.dead(h) > 0) {
            return org.drillgrid.engine.api.Frame.PEOPLE_DEAD;
        }
        if (p.trapped(h)) {
            return org.drillgrid.engine.api.Frame.PEOPLE_TRAPPED;
        }
        return switch (p.state(h)) {
            case UNAWARE -> org.drillgrid.engine.api.Frame.PEOPLE_UNAWARE;
            case DECIDING, STAYING -> org.drillgrid.engine.api.Frame.PEOPLE_WARNED;
            case EVACUATING, STRANDED -> org.drillgrid.engine.api.Frame.PEOPLE_MOVING;
            case SHELTERED -> org.drillgrid.engine.api.Frame.PEOPLE_SHELTERED;
        };
    }
}

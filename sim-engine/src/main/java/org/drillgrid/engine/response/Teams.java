package org.drillgrid.engine.response;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.Agenda;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.move.Mobility;
import org.drillgrid.engine.move.Mode;
import org.drillgrid.engine.move.Trip;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Channel;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.engine.people.People;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamEquipment;
import org.drillgrid.model.scenario.TeamSkill;

/**
 * The rescue teams: where each is, what it is doing, and the work it does at a task. A team travels by
 * truck, or with its boats where it has them (on the trailer while dry, afloat where not), then works
 * at its documented rate until the task is done, and waits there for the next one. Teams held in
 * reserve (military, neighbouring regions) arrive at their base a delay after they are requested.
 */
public final class Teams {

    /** People one boat carries a trip (assault boat, crew aside). */
    static final int BOAT_LOAD = 8;
    /** Seconds a boat needs per trip: load, ferry to dry ground, come back. */
    static final double BOAT_CYCLE = 1200;
    /** Cells around the task's centre a rescue works through. */
    public static final int RESCUE_RADIUS = 2;
    /** Sandbags a metre of levee takes for a 0.3 m raise, and bags one person fills and places an hour. */
    static final double BAGS_PER_METRE = 26;
    static final double BAGS_PER_PERSON_HOUR = 10;
    /** Person-hours to clear one cell of road debris (a 10-person team: one hour). */
    static final double CLEARING_PERSON_HOURS = 10;
    /**
     * Person-hours to dig one buried person out of a collapsed home. Our calibration: no published
     * production rate per victim was found (docs/quake.md).
     */
    static final double EXTRICATION_PERSON_HOURS = 6;
    /** Seconds to set up a portable satellite station. */
    static final double COMMS_SETUP = 7200;
    /** Pumping stops when the water is this shallow (m); checked this often (s). */
    static final double PUMPED_DRY = 0.05;
    static final double PUMP_CHECK = 600;
    static final double RETRY = 600;

    /** What a team is doing. */
    public enum Status {
        STANDBY, REQUESTED, IDLE, TRAVELLING, WORKING;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    final class TeamAgent {
        final Team spec;
        final TeamEquipment equipment;
        final int base;
        int cell;
        Status status;
        Task task;
        int job;
        double busySince = Double.NaN;
        double busySeconds;
        double availableSince;
        int pump = -1;

        TeamAgent(Team spec, int cols) {
            this.spec = spec;
            this.equipment = spec.equipmentOrDefault();
            this.base = spec.base().row() * cols + spec.base().col();
            this.cell = base;
            this.status = spec.onRequestOrDefault() ? Status.STANDBY : Status.IDLE;
        }

        boolean has(TeamSkill skill) {
            return spec.skillsOrEmpty().contains(skill);
        }

        Mode mode() {
            return equipment.boats() != null && equipment.boats() > 0 ? Mode.BOAT : Mode.TRUCK;
        }
    }

    final List<TeamAgent> teams = new ArrayList<>();
    private final Mobility mobility;
    private final Agenda agenda;
    private final EventSink events;
    private final Response.Stamp stamp;
    private final FloodControl flood;
    FireControl fire = FireControl.NONE;
    /** Whether homes can collapse on people (a quake): then search-and-rescue teams dig people out. */
    boolean rubble;
    private final Outages outages;
    private final org.drillgrid.engine.move.Depths depths;
    private final int cols;
    private People people;

    Teams(List<Team> specs, Mobility mobility, Agenda agenda, EventSink events, Response.Stamp stamp,
            FloodControl flood, Outages outages, org.drillgrid.engine.move.Depths depths) {
        this.mobility = mobility;
        this.agenda = agenda;
        this.events = events;
        this.stamp = stamp;
        this.flood = flood;
        this.outages = outages;
        this.depths = depths;
        this.cols = mobility.cols();
        for (Team t : specs) {
            teams.add(new TeamAgent(t, cols));
        }
    }

    void attach(People p) {
        this.people = p;
    }

    int index(String id) {
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).spec.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Asks for a team held in reserve; it reaches its base after its request delay. */
    Result request(String id, double now) {
        int i = index(id);
        if (i < 0) {
            return Result.coded(Refusal.NO_TEAM, id);
        }
        TeamAgent t = teams.get(i);
        if (t.status != Status.STANDBY) {
            return Result.coded(Refusal.TEAM_NOT_IN_RESERVE, id, t.status.json());
        }
        t.status = Status.REQUESTED;
        status(t);
        agenda.at(now + t.spec.requestDelaySeconds(), at -> {
            t.status = Status.IDLE;
            t.availableSince = at;
            status(t);
        });
        return Result.OK;
    }

    /** Teams at work on an area (rescue, evacuation), in document order: id and task. */
    List<Map.Entry<String, Task>> workingOnAreas() {
        List<Map.Entry<String, Task>> out = new ArrayList<>();
        for (TeamAgent t : teams) {
            if (t.status == Status.WORKING && t.task != null && t.task.area() != null) {
                out.add(Map.entry(t.spec.id(), t.task));
            }
        }
        return out;
    }

    /** What a team is busy with ("rescue area ..."), or null when it is idle, in reserve or unknown. */
    String busyWith(String id, int cols) {
        int i = index(id);
        if (i < 0) {
            return null;
        }
        TeamAgent t = teams.get(i);
        return (t.status == Status.TRAVELLING || t.status == Status.WORKING) && t.task != null
                ? t.task.describe(cols) : null;
    }

    /** Gives a team a task; a team busy with another task drops it for this one. */
    Result dispatch(String id, Task task, double now) {
        int i = index(id);
        if (i < 0) {
            return Result.coded(Refusal.NO_TEAM, id);
        }
        TeamAgent t = teams.get(i);
        if (t.status == Status.STANDBY || t.status == Status.REQUESTED) {
            return Result.coded(Refusal.TEAM_NOT_ARRIVED, id, t.status == Status.STANDBY ? "standby" : "travelling");
        }
        String missing = missing(t, task);
        if (missing != null) {
            return Result.coded(Refusal.TEAM_CANNOT, id, task.kind().json(), missing);
        }
        int target = task.cell();
        if (task.kind() == Task.Kind.REINFORCE_LEVEE) {
            int[] cells = flood.leveeCells(task.levee());
            if (cells == null || cells.length == 0) {
                return Result.coded(Refusal.NO_LEVEE, task.levee());
            }
            target = cells[cells.length / 2];
        }
        if (target < 0 || target >= mobility.cols() * mobility.rows()) {
            return Result.coded(Refusal.TASK_OUTSIDE_GRID);
        }
        stopWork(t);
        t.task = task;
        t.job++;
        if (Double.isNaN(t.busySince)) {
            t.busySince = now;
        }
        t.status = Status.TRAVELLING;
        status(t);
        int job = t.job;
        go(t, job, new Trip(t.cell, target, modeTo(t, task, target)).solo(), now);
        return Result.OK;
    }

    /**
     * How a team goes to a task: by truck (or boat) as usual; crews that work off the road (fireline, digging
     * people out) walk when no road reaches the place, e.g. into the forest or to a village cut off by
     * debris. Where neither reaches it, the team tries by truck and waits for the way to open.
     */
    private Mode modeTo(TeamAgent t, Task task, int target) {
        Mode mode = t.mode();
        boolean offRoad = task.kind() == Task.Kind.FIRELINE
                || task.kind() == Task.Kind.RESCUE && rubble && t.has(TeamSkill.URBAN_SEARCH_RESCUE);
        if (offRoad && Double.isInfinite(mobility.travelSeconds(t.cell, target, mode))
                && Double.isFinite(mobility.travelSeconds(t.cell, target, Mode.WALK))) {
            return Mode.WALK;
        }
        return mode;
    }

    /** Whether a team can get to a cell now, by its own means or on foot where it may walk (see {@link #modeTo}). */
    boolean reaches(String id, Task task) {
        int i = index(id);
        if (i < 0) {
            return false;
        }
        TeamAgent t = teams.get(i);
        return Double.isFinite(mobility.travelSeconds(t.cell, task.cell(), modeTo(t, task, task.cell())));
    }

    private String missing(TeamAgent t, Task task) {
        return switch (task.kind()) {
            case RESCUE -> rubble && t.has(TeamSkill.URBAN_SEARCH_RESCUE) ? null
                    : !t.has(TeamSkill.WATER_RESCUE) ? (rubble ? "no water-rescue or urban-search-rescue skill"
                            : "no water-rescue skill")
                    : t.equipment.boats() == 0 ? "no boats" : null;
            case FIRELINE -> t.has(TeamSkill.FOREST_FIREFIGHTING) ? null : "no forest-firefighting skill";
            case PUMP -> !t.has(TeamSkill.FLOOD_FIGHTING) ? "no flood-fighting skill"
                    : t.equipment.pumps() == 0 ? "no pumps" : null;
            case REINFORCE_LEVEE -> t.has(TeamSkill.FLOOD_FIGHTING) ? null : "no flood-fighting skill";
            case CLEAR_ROAD -> t.has(TeamSkill.URBAN_SEARCH_RESCUE) || t.has(TeamSkill.FLOOD_FIGHTING) ? null
                    : "no urban-search-rescue or flood-fighting skill";
            case RESTORE_COMMS -> t.has(TeamSkill.COMMUNICATIONS) ? null : "no communications skill";
            case EVACUATE -> null;
        };
    }

    private void go(TeamAgent t, int job, Trip trip, double now) {
        if (t.job != job) {
            return;
        }
        double next = mobility.advance(trip, now);
        t.cell = trip.cell();
        if (next == Trip.STUCK) {
            agenda.at(now + RETRY, at -> go(t, job, trip, at));
        } else if (next != Trip.ARRIVED) {
            agenda.at(next, at -> go(t, job, trip, at));
        } else {
            t.status = Status.WORKING;
            status(t);
            work(t, job, now);
        }
    }

    private void work(TeamAgent t, int job, double now) {
        Task task = t.task;
        switch (task.kind()) {
            case RESCUE -> rescueTrip(t, job, now);
            case EVACUATE -> {
                Area area = task.area();
                People.Reach reach = people.warn("evacuate-" + t.spec.id() + "-" + job, area, People.ORDER,
                        EnumSet.of(Channel.DOOR_TO_DOOR), shelterIndex(task.shelter()), t.spec.size(), now);
                double hours = reach.households() / (t.spec.size() * Channel.DOOR_TO_DOOR_PER_HOUR);
                agenda.at(now + hours * 3600, at -> done(t, job, at));
            }
            case PUMP -> {
                double rate = t.equipment.pumps() * t.equipment.pumpRate() / 3600;
                t.pump = flood.startPump(t.cell, rate);
                agenda.at(now + PUMP_CHECK, at -> pumpCheck(t, job, at));
            }
            case REINFORCE_LEVEE -> {
                int cells = flood.leveeCells(task.levee()).length;
                double bags = cells * mobility.cellSize() * BAGS_PER_METRE;
                double seconds = bags / (t.spec.size() * BAGS_PER_PERSON_HOUR) * 3600;
                agenda.at(now + seconds, at -> {
                    if (t.job == job) {
                        flood.reinforce(task.levee(), (long) at);
                        done(t, job, at);
                    }
                });
            }
            case CLEAR_ROAD -> agenda.at(now + CLEARING_PERSON_HOURS / t.spec.size() * 3600, at -> {
                if (t.job == job) {
                    mobility.setBlocked(task.cell(), false);
                    done(t, job, at);
                }
            });
            case FIRELINE -> firelineCell(t, job, cellsOf(task.area()), 0, now);
            case RESTORE_COMMS -> agenda.at(now + COMMS_SETUP, at -> {
                if (t.job == job) {
                    for (Area area : outages.restore(Outages.Kind.NETWORK, task.cell(), at)) {
                        events.emit(new OutageChanged(stamp.now(), Outages.Kind.NETWORK.json(), area.asList(), false));
                    }
                    done(t, job, at);
                }
            });
        }
    }

    private int shelterIndex(String shelter) {
        return shelter == null ? -1 : shelterLookup.applyAsInt(shelter);
    }

    java.util.function.ToIntFunction<String> shelterLookup = s -> -1;

    private int[] cellsOf(Area a) {
        int[] out = new int[(a.row1() - a.row0() + 1) * (a.col1() - a.col0() + 1)];
        int k = 0;
        for (int r = a.row0(); r <= a.row1(); r++) {
            for (int c = a.col0(); c <= a.col1(); c++) {
                out[k++] = r * cols + c;
            }
        }
        return out;
    }

    /**
     * Cuts fireline through the area's cells in order (rows north to south, each west to east): each takes
     * a cell's width over the crew's production in that cell's fuel. Cells with nothing to cut, or already
     * burned, are skipped.
     */
    private void firelineCell(TeamAgent t, int job, int[] cells, int k, double now) {
        if (t.job != job) {
            return;
        }
        int next = k;
        while (next < cells.length && fire.linePerPersonHour(cells[next]) <= 0) {
            next++;
        }
        if (next == cells.length) {
            done(t, job, now);
            return;
        }
        int cell = cells[next];
        double seconds = mobility.cellSize() / (t.spec.size() * fire.linePerPersonHour(cell)) * 3600;
        int after = next + 1;
        agenda.at(now + seconds, at -> {
            if (t.job == job) {
                t.cell = cell;
                fire.fireline(cell, at);
                firelineCell(t, job, cells, after, at);
            }
        });
    }

    private void rescueTrip(TeamAgent t, int job, double now) {
        if (t.job != job) {
            return;
        }
        List<Integer> waiting = people.trappedIn(t.task.area());
        boolean digs = t.has(TeamSkill.URBAN_SEARCH_RESCUE);
        boolean boats = t.has(TeamSkill.WATER_RESCUE) && t.equipment.boats() > 0;
        waiting = waiting.stream().filter(h -> people.buried(h) ? digs : boats).toList();
        if (waiting.isEmpty()) {
            done(t, job, now);
            return;
        }
        int head = waiting.get(0);
        if (people.buried(head)) {
            // dig one household out at a time, the whole team at it
            int size = people.population().size(head) - people.population().dead(head);
            double seconds = size * EXTRICATION_PERSON_HOURS / t.spec.size() * 3600;
            agenda.at(now + seconds, at -> {
                if (t.job == job) {
                    if (people.population().trapped(head) && people.buried(head)) {
                        people.extricate(head, t.spec.id(), at);
                    }
                    rescueTrip(t, job, at);
                }
            });
            return;
        }
        int seats = t.equipment.boats() * BOAT_LOAD;
        boolean first = true;
        for (int h : waiting.stream().filter(h -> !people.buried(h)).toList()) {
            int size = people.population().size(h);
            if (size > seats && !first) {
                break;
            }
            first = false;
            seats -= size;
            people.rescue(h, t.spec.id(), now);
        }
        agenda.at(now + BOAT_CYCLE, at -> rescueTrip(t, job, at));
    }

    private void pumpCheck(TeamAgent t, int job, double now) {
        if (t.job != job) {
            return;
        }
        if (depths.at(t.cell) < PUMPED_DRY) {
            done(t, job, now);
        } else {
            agenda.at(now + PUMP_CHECK, at -> pumpCheck(t, job, at));
        }
    }

    private void stopWork(TeamAgent t) {
        if (t.pump >= 0) {
            flood.stopPump(t.pump);
            t.pump = -1;
        }
    }

    private void done(TeamAgent t, int job, double now) {
        if (t.job != job) {
            return;
        }
        stopWork(t);
        t.job++;
        t.task = null;
        t.status = Status.IDLE;
        t.busySeconds += now - t.busySince;
        t.busySince = Double.NaN;
        status(t);
    }

    private void status(TeamAgent t) {
        events.emit(new TeamStatus(stamp.now(), t.spec.id(), t.status.json(), t.task == null ? null
                : t.task.describe(cols), List.of(t.cell % cols, t.cell / cols)));
    }

    /** Idle teams that can do a kind of task, nearest first by their travel time to a cell. */
    List<String> idleFor(Task.Kind kind, int cell) {
        List<TeamAgent> ok = new ArrayList<>();
        Task probe = new Task(kind, cell, null, null, null);
        for (TeamAgent t : teams) {
            if (t.status == Status.IDLE && missing(t, probe) == null) {
                ok.add(t);
            }
        }
        ok.sort(java.util.Comparator.comparingDouble((TeamAgent t) -> mobility.crowFliesSeconds(t.cell, cell, t.mode()))
                .thenComparing(t -> t.spec.id()));
        return ok.stream().map(t -> t.spec.id()).toList();
    }

    /** Whether a team can dig people out of collapsed homes (urban search and rescue, in a quake). */
    boolean digs(String id) {
        int i = index(id);
        return rubble && i >= 0 && teams.get(i).has(TeamSkill.URBAN_SEARCH_RESCUE);
    }

    /** Whether a team can take trapped people off the water (water rescue with boats). */
    boolean boats(String id) {
        int i = index(id);
        return i >= 0 && teams.get(i).has(TeamSkill.WATER_RESCUE) && teams.get(i).equipment.boats() > 0;
    }

    /** Teams held in reserve that can do a kind of task. */
    List<String> inReserveFor(Task.Kind kind) {
        List<String> out = new ArrayList<>();
        Task probe = new Task(kind, 0, null, null, null);
        for (TeamAgent t : teams) {
            if (t.status == Status.STANDBY && missing(t, probe) == null) {
                out.add(t.spec.id());
            }
        }
        return out;
    }

    /** Share of its available time each team spent travelling to or working at tasks, by team id. */
    java.util.Map<String, Double> utilisation(double now) {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        for (TeamAgent t : teams) {
            if (t.status == Status.STANDBY || t.status == Status.REQUESTED) {
                out.put(t.spec.id(), 0.0);
                continue;
            }
            double busy = t.busySeconds + (Double.isNaN(t.busySince) ? 0 : now - t.busySince);
            double available = now - t.availableSince;
            out.put(t.spec.id(), available <= 0 ? 0 : Math.round(busy / available * 1000) / 1000.0);
        }
        return out;
    }

    /** Every team for a map frame: cell, status and task. */
    List<org.drillgrid.engine.api.Frame.Unit> units() {
        List<org.drillgrid.engine.api.Frame.Unit> out = new ArrayList<>();
        for (TeamAgent t : teams) {
            out.add(new org.drillgrid.engine.api.Frame.Unit(t.spec.id(), t.cell, t.status.json(),
                    t.task == null || t.status == Status.IDLE || t.status == Status.STANDBY ? null : t.task.kind().json()));
        }
        return out;
    }
}

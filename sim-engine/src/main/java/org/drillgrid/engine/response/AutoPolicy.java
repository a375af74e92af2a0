package org.drillgrid.engine.response;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drillgrid.engine.move.Mode;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Channel;
import org.drillgrid.engine.people.Hazard;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.RoadClass;

/**
 * A reasonable commander who follows the plans and sees the true state of the world (the headless
 * baseline; trainees see only reports). Every five minutes it:
 * <ol>
 *   <li>warns the whole city at the start (blue, by cell broadcast, TV and radio, new media and
 *       loudspeakers), escalates to orange when water stands at any home and to red when any home is
 *       flooded;</li>
 *   <li>orders the evacuation of every populated block (about 400 m square) with water of 0.15 m or
 *       more in it or a neighbouring block, deepest first, to the nearest open shelter with room not
 *       already promised, door-to-door plus cell broadcast and loudspeakers;</li>
 *   <li>sends the nearest idle boat team to every cell with trapped people not already covered, and
 *       requests reserve teams when none is idle (raising the response to level II first, as the plans do);</li>
 *   <li>closes flooded underpasses (the 7·20 lesson) and sends a pump team to each;</li>
 *   <li>keeps every shelter supplied with a person-day of food and water for everyone it holds or is
 *       promised, plus half a day for those already relieved, from the nearest depots by truck, and
 *       calls the agreement and production reserves as soon as depots cannot cover the demand.</li>
 * </ol>
 * With a fire it also warns orange once anything burns and red once the fire is within 1.5 km of people,
 * evacuates populated blocks that close, and sends idle forest-firefighting crews to cut fireline on the
 * side of each such block facing the fire (requesting reserve crews when none is idle). In a quake,
 * search-and-rescue teams dig out the buried and boats take the people off the water.
 * It does not reinforce levees or restore communications; a trainee must.
 */
public final class AutoPolicy implements Policy {

    static final long EVERY = 300;
    static final double DANGER_DEPTH = 0.15;
    static final double BLOCK_METRES = 400;
    /** A populated block with burned ground this close (km) is evacuated and protected by fireline. */
    static final double FIRE_DANGER_KM = 1.5;

    private boolean started;
    private double nextLook;
    private int level;
    private int blockSide;
    private int blockCols;
    private int blockRows;
    private boolean[] ordered;
    private int[] underpasses;
    private final Set<Integer> closedUnderpasses = new HashSet<>();
    private final Map<Integer, String> pumping = new HashMap<>();
    private final Map<String, Area> rescuing = new TreeMap<>();
    private final Map<Integer, Long> promised = new TreeMap<>();
    private boolean reservesCalled;
    private final Set<String> requested = new HashSet<>();
    /** Fireline crews and the block each protects. */
    private final Map<String, Integer> protecting = new TreeMap<>();
    private boolean fireThreatensPeople;

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public void act(Response r, double now) {
        if (!started) {
            start(r, now);
        }
        if (now < nextLook) {
            return;
        }
        nextLook = now + EVERY;
        escalate(r, now);
        evacuate(r, now);
        rescue(r, now);
        underpasses(r, now);
        supply(r, now);
    }

    private void start(Response r, double now) {
        started = true;
        blockSide = Math.max(2, (int) Math.round(BLOCK_METRES / r.mobility().cellSize()));
        blockCols = (r.cols() + blockSide - 1) / blockSide;
        blockRows = (r.rows() + blockSide - 1) / blockSide;
        ordered = new boolean[blockCols * blockRows];
        List<Integer> under = new ArrayList<>();
        for (int i = 0; i < r.cols() * r.rows(); i++) {
            if (r.mobility().roadAt(i) == RoadClass.UNDERPASS) {
                under.add(i);
            }
        }
        underpasses = under.stream().mapToInt(Integer::intValue).toArray();
        level = 1;
        r.warn(Area.all(r.cols(), r.rows()), 1, broadcast(), now);
    }

    private static Set<Channel> broadcast() {
        return EnumSet.of(Channel.CELL_BROADCAST, Channel.TV_RADIO, Channel.NEW_MEDIA, Channel.LOUDSPEAKER);
    }

    private void escalate(Response r, double now) {
        Population pop = r.people().population();
        Hazard hz = r.hazard();
        double deepest = 0;
        for (int h = 0; h < pop.count(); h += 1) {
            deepest = Math.max(deepest, hz.at(pop.home(h)));
            if (deepest >= People.AFFECTED_DEPTH) {
                break;
            }
        }
        int want = deepest >= People.AFFECTED_DEPTH ? 4 : deepest >= People.CUE_DEPTH ? 3 : 1;
        if (r.fire() != null && r.fire().burnedHa() > 0) {
            want = Math.max(want, fireThreatensPeople ? 4 : 3);
        }
        if (want > level) {
            level = want;
            r.warn(Area.all(r.cols(), r.rows()), level, broadcast(), now);
        }
    }

    private void evacuate(Response r, double now) {
        int cols = r.cols();
        var fire = r.fire() != null && r.fire().burnedHa() > 0 ? r.fire() : null;
        double[] blockMax = new double[blockCols * blockRows];
        long[] blockPeople = new long[blockCols * blockRows];
        Population pop = r.people().population();
        for (int cell = 0; cell < cols * r.rows(); cell++) {
            int b = (cell / cols / blockSide) * blockCols + (cell % cols) / blockSide;
            blockMax[b] = Math.max(blockMax[b], r.hazard().at(cell));
            for (int h = pop.firstAt(cell); h < pop.endAt(cell); h++) {
                if (pop.state(h) == Population.State.UNAWARE || pop.state(h) == Population.State.STAYING
                        || pop.state(h) == Population.State.DECIDING) {
                    blockPeople[b] += pop.size(h);
                }
            }
        }
        List<int[]> danger = new ArrayList<>();
        for (int by = 0; by < blockRows; by++) {
            for (int bx = 0; bx < blockCols; bx++) {
                int b = by * blockCols + bx;
                if (ordered[b] || blockPeople[b] == 0) {
                    continue;
                }
                double m = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx;
                        int y = by + dy;
                        if (x >= 0 && y >= 0 && x < blockCols && y < blockRows) {
                            m = Math.max(m, blockMax[y * blockCols + x]);
                        }
                    }
                }
                if (m >= DANGER_DEPTH) {
                    danger.add(new int[] {b, (int) Math.round(m * 1000)});
                } else if (fire != null) {
                    Area block = new Area(bx * blockSide, by * blockSide, Math.min(cols - 1, bx * blockSide + blockSide
                            - 1), Math.min(r.rows() - 1, by * blockSide + blockSide - 1));
                    double km = fire.nearestKm(block, FIRE_DANGER_KM);
                    if (!Double.isNaN(km)) {
                        fireThreatensPeople = true;
                        danger.add(new int[] {b, 100_000 - (int) Math.round(km * 1000)});
                    }
                }
            }
        }
        danger.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        if (fire != null) {
            fireline(r, danger, now);
        }
        Relief relief = r.relief();
        for (int[] d : danger) {
            int b = d[0];
            int bx = b % blockCols;
            int by = b / blockCols;
            Area area = new Area(bx * blockSide, by * blockSide, Math.min(cols - 1, bx * blockSide + blockSide - 1),
                    Math.min(r.rows() - 1, by * blockSide + blockSide - 1));
            int centre = area.centre(cols);
            int best = -1;
            double bestTime = Double.POSITIVE_INFINITY;
            for (int s = 0; s < relief.count(); s++) {
                Relief.ShelterAgent sh = relief.shelters.get(s);
                long free = sh.capacity - Math.max(sh.occupants, promised.getOrDefault(s, 0L));
                if (!relief.open(s) || free < blockPeople[b]) {
                    continue;
                }
                double t = r.mobility().crowFliesSeconds(centre, relief.cell(s), Mode.WALK);
                if (t < bestTime) {
                    bestTime = t;
                    best = s;
                }
            }
            if (best < 0) {
                continue;
            }
            ordered[b] = true;
            promised.merge(best, blockPeople[b], Long::sum);
            r.evacuate(area, relief.id(best), EnumSet.of(Channel.DOOR_TO_DOOR, Channel.CELL_BROADCAST,
                    Channel.LOUDSPEAKER), now);
        }
    }

    /**
     * Sends each idle forest-firefighting team to cut a fireline across the side facing the fire of the most
     * threatened block that nobody protects yet: a one-cell-wide line two cells outside the block, a cell
     * longer than the block at each end.
     */
    private void fireline(Response r, List<int[]> danger, double now) {
        Teams teams = r.teams();
        int cols = r.cols();
        int rows = r.rows();
        protecting.entrySet().removeIf(e -> {
            Teams.TeamAgent t = teams.teams.get(teams.index(e.getKey()));
            return t.task == null || t.task.kind() != Task.Kind.FIRELINE;
        });
        for (int[] d : danger) {
            int b = d[0];
            if (d[1] < 50_000 || protecting.containsValue(b)) {
                continue; // water danger, or a crew is on it
            }
            int bx = b % blockCols;
            int by = b / blockCols;
            Area block = new Area(bx * blockSide, by * blockSide, Math.min(cols - 1, bx * blockSide + blockSide - 1),
                    Math.min(rows - 1, by * blockSide + blockSide - 1));
            int toward = nearestBurned(r, block);
            if (toward < 0) {
                continue;
            }
            int fc = toward % cols;
            int fr = toward / cols;
            int cc = (block.col0() + block.col1()) / 2;
            int cr = (block.row0() + block.row1()) / 2;
            Area line;
            if (Math.abs(fc - cc) >= Math.abs(fr - cr)) {
                int c = fc < cc ? Math.max(0, block.col0() - 2) : Math.min(cols - 1, block.col1() + 2);
                line = new Area(c, Math.max(0, block.row0() - 1), c, Math.min(rows - 1, block.row1() + 1));
            } else {
                int row = fr < cr ? Math.max(0, block.row0() - 2) : Math.min(rows - 1, block.row1() + 2);
                line = new Area(Math.max(0, block.col0() - 1), row, Math.min(cols - 1, block.col1() + 1), row);
            }
            boolean anythingToCut = false;
            for (int y = line.row0(); y <= line.row1() && !anythingToCut; y++) {
                for (int x = line.col0(); x <= line.col1() && !anythingToCut; x++) {
                    anythingToCut = teams.fire.linePerPersonHour(y * cols + x) > 0;
                }
            }
            if (!anythingToCut) {
                continue; // cut already, or nothing there burns
            }
            Task task = Task.fireline(line, cols);
            List<String> idle = teams.idleFor(Task.Kind.FIRELINE, line.centre(cols)).stream()
                    .filter(id -> teams.reaches(id, task)).toList();
            if (idle.isEmpty()) {
                for (String id : teams.inReserveFor(Task.Kind.FIRELINE)) {
                    if (requested.add(id)) {
                        if (r.responseLevel() == 0 || r.responseLevel() > Response.REINFORCEMENT_LEVEL) {
                            r.setResponseLevel(Response.REINFORCEMENT_LEVEL);
                        }
                        r.requestReinforcement(id, now);
                    }
                }
                return;
            }
            if (r.dispatchTeam(idle.get(0), task, now).accepted()) {
                protecting.put(idle.get(0), b);
            }
        }
    }

    /** The burned cell nearest an area's centre within twice the danger distance, or -1. */
    private static int nearestBurned(Response r, Area a) {
        int cols = r.cols();
        double cell = r.mobility().cellSize();
        int reach = (int) Math.ceil(2 * FIRE_DANGER_KM * 1000 / cell) + (a.col1() - a.col0());
        int c0 = (a.col0() + a.col1()) / 2;
        int r0 = (a.row0() + a.row1()) / 2;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int y = Math.max(0, r0 - reach); y <= Math.min(r.rows() - 1, r0 + reach); y++) {
            for (int x = Math.max(0, c0 - reach); x <= Math.min(cols - 1, c0 + reach); x++) {
                if (r.fire().burned(y * cols + x)) {
                    double d = Math.hypot(x - c0, y - r0);
                    if (d < bestD) {
                        bestD = d;
                        best = y * cols + x;
                    }
                }
            }
        }
        return best;
    }

    private void rescue(Response r, double now) {
        Teams teams = r.teams();
        rescuing.entrySet().removeIf(e -> {
            int i = teams.index(e.getKey());
            return teams.teams.get(i).task == null || teams.teams.get(i).task.kind() != Task.Kind.RESCUE;
        });
        boolean short_ = false;
        for (int cell : r.people().trappedCells()) {
            boolean covered = rescuing.values().stream().anyMatch(a -> a.contains(cell, r.cols()));
            if (covered) {
                continue;
            }
            boolean dig = r.people().buriedAt(cell);
            Area area = Area.around(cell, Teams.RESCUE_RADIUS, r.cols(), r.rows());
            Task task = Task.rescue(area, r.cols());
            List<String> idle = teams.idleFor(Task.Kind.RESCUE, cell).stream()
                    .filter(id -> dig ? teams.digs(id) && teams.reaches(id, task) : teams.boats(id)).toList();
            if (idle.isEmpty()) {
                short_ = true;
                continue;
            }
            if (r.dispatchTeam(idle.get(0), task, now).accepted()) {
                rescuing.put(idle.get(0), area);
            }
        }
        if (short_) {
            for (String id : teams.inReserveFor(Task.Kind.RESCUE)) {
                if (requested.add(id)) {
                    if (r.responseLevel() == 0 || r.responseLevel() > Response.REINFORCEMENT_LEVEL) {
                        r.setResponseLevel(Response.REINFORCEMENT_LEVEL); // the plans call reserves in a level II response
                    }
                    r.requestReinforcement(id, now);
                }
            }
        }
    }

    private void underpasses(Response r, double now) {
        for (int cell : underpasses) {
            double d = r.hazard().at(cell);
            if (d < Mode.CAR.maxDepth()) {
                continue;
            }
            if (closedUnderpasses.add(cell)) {
                r.closeRoad(cell % r.cols(), cell / r.cols(), true);
            }
            String team = pumping.get(cell);
            if (team != null) {
                Teams.TeamAgent t = r.teams().teams.get(r.teams().index(team));
                if (t.task != null && t.task.kind() == Task.Kind.PUMP && t.task.cell() == cell) {
                    continue;
                }
            }
            List<String> idle = r.teams().idleFor(Task.Kind.PUMP, cell);
            if (!idle.isEmpty() && r.dispatchTeam(idle.get(0), Task.pump(cell), now).accepted()) {
                pumping.put(cell, idle.get(0));
            }
        }
    }

    private void supply(Response r, double now) {
        Relief relief = r.relief();
        long uncovered = 0;
        for (int s = 0; s < relief.count(); s++) {
            Relief.ShelterAgent sh = relief.shelters.get(s);
            if (sh.floodedOut) {
                continue;
            }
            long expected = Math.max(sh.occupants, promised.getOrDefault(s, 0L));
            long need = Math.max(0, expected - sh.relievedPersons) + sh.relievedPersons / 2;
            long food = need - relief.shelterStock(s, ReliefItem.FOOD);
            long water = need - relief.shelterStock(s, ReliefItem.WATER);
            if (food <= 0 && water <= 0) {
                continue;
            }
            List<Integer> byDistance = new ArrayList<>();
            for (int d = 0; d < relief.depots.size(); d++) {
                if (relief.depots.get(d).spec.trucksOrDefault() > 0) {
                    byDistance.add(d);
                }
            }
            int target = sh.cell;
            byDistance.sort((a, b) -> Double.compare(
                    r.mobility().travelSeconds(relief.depots.get(a).cell, target, Mode.TRUCK),
                    r.mobility().travelSeconds(relief.depots.get(b).cell, target, Mode.TRUCK)));
            for (int d : byDistance) {
                long f = Math.min(Math.max(0, food), relief.depotStock(d, ReliefItem.FOOD));
                long w = Math.min(Math.max(0, water), relief.depotStock(d, ReliefItem.WATER));
                if (f + w == 0) {
                    continue;
                }
                Map<String, Long> items = new TreeMap<>();
                if (f > 0) {
                    items.put(ReliefItem.FOOD, f);
                }
                if (w > 0) {
                    items.put(ReliefItem.WATER, w);
                }
                if (r.dispatchMaterials(relief.depots.get(d).spec.id(), sh.spec.id(), items, now).accepted()) {
                    food -= f;
                    water -= w;
                }
            }
            uncovered += Math.max(0, food) + Math.max(0, water);
        }
        if (uncovered > 0 && !reservesCalled) {
            reservesCalled = true;
            for (Relief.DepotAgent d : relief.depots) {
                if (!d.spec.agreementsOrEmpty().isEmpty() || !d.spec.productionOrEmpty().isEmpty()) {
                    r.callReserve(d.spec.id(), null, now);
                }
            }
        }
    }
}

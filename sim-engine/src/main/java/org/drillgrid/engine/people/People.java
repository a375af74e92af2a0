package org.drillgrid.engine.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.Agenda;
import org.drillgrid.engine.kpi.Tally;
import org.drillgrid.engine.move.Mobility;
import org.drillgrid.engine.move.Mode;
import org.drillgrid.engine.move.Trip;
import org.drillgrid.engine.people.Population.State;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.StructureClass;
import ec.util.MersenneTwisterFast;

/**
 * What households do: receive warnings through channels, decide whether to leave (a protective action
 * decision after Lindell and Perry's PADM), travel to a shelter on the road network, become affected,
 * trapped, injured or killed by the water at home, and are rescued. Every rate and probability is in
 * docs/agents.md with its source. Single-threaded: the agent phase owns it; all randomness comes from
 * the run's generator in a fixed order, so runs repeat exactly.
 */
public final class People {

    /** Water at home (m) that makes a household affected: over the doorstep and into the rooms. */
    public static final double AFFECTED_DEPTH = 0.3;
    /** Water at home (m) too deep to walk out of: the household is trapped (FD2321: 0.5 m is unsafe to wade). */
    public static final double TRAPPED_DEPTH = 0.5;
    /** Water (m) a household notices at its door: the environmental cue. */
    public static final double CUE_DEPTH = 0.1;
    /** Warning levels: 1..4 blue, yellow, orange, red; 5 an evacuation order. */
    public static final int ORDER = 5;
    /** Chance of deciding to leave by the strongest message received, index = level (0 = cue alone). */
    static final double[] LEAVE = {0.30, 0.02, 0.05, 0.15, 0.30, 0.80};
    /** Added when the message came face to face (door-to-door). */
    static final double PERSONAL_BONUS = 0.10;
    /** Added when there is water at the door as well. */
    static final double CUE_BONUS = 0.30;
    /** Multiplies the chance for households with a member of reduced mobility. */
    static final double REDUCED_MOBILITY_FACTOR = 0.8;
    /** Added to the chance of leaving on a warning where one of the five stops is in force (our calibration). */
    static final double STOPS_BONUS = 0.10;
    static final double MAX_LEAVE = 0.98;
    /** Preparation before leaving (s) and mean of the exponential milling delay (s). */
    static final double PREPARE = 600;
    static final double MILLING_MEAN = 1800;
    static final double MILLING_MEAN_WITH_CUE = 600;
    /** Shelters a household weighs by road travel time: the nearest few as the crow flies. */
    static final int SHELTERS_CONSIDERED = 4;
    /** Seconds to wait before trying again when no way to any shelter is open. */
    static final double RETRY = 600;

    private final Population pop;
    private final Mobility mobility;
    private final Agenda agenda;
    private final Outages outages;
    private final Hazard hazard;
    private final Shelters shelters;
    private final Tally tally;
    private final MersenneTwisterFast random;
    private final int cols;
    private final boolean[] rural;
    private final boolean[] upstairs;
    private final double[] cellHazardAt;
    /** Households trapped under their collapsed home (not by water): only extrication frees them. */
    private final boolean[] buried;
    /** When each buried household was buried (s), NaN if never. */
    private final double[] buriedAt;
    /**
     * Share of buried people still alive 0, 24, 48, 72, 96 and 120 h after they were buried, linear between
     * (and 7 % from then on): of the buried, 81 % are alive when dug out on day 1, 34 % on day 2 and 7 % by
     * day 5 (Coburn and Spence 2002, as quoted by Toronto's heavy urban search and rescue team); days 3 and
     * 4 interpolated; everybody alive at the moment of burial.
     */
    static final double[] BURIED_ALIVE = {1.0, 0.81, 0.34, 0.25, 0.16, 0.07};
    private long warningsIssued;

    private byte[] stops;

    /** The per-cell five-stops mask the response keeps (non-zero: some stop in force). */
    public void stops(byte[] mask) {
        this.stops = mask;
    }

    public People(Population pop, Mobility mobility, Agenda agenda, Outages outages, Hazard hazard,
            Shelters shelters, Tally tally, MersenneTwisterFast random, LandUse[] land, StructureClass[] buildings) {
        this.pop = pop;
        this.mobility = mobility;
        this.agenda = agenda;
        this.outages = outages;
        this.hazard = hazard;
        this.shelters = shelters;
        this.tally = tally;
        this.random = random;
        this.cols = mobility.cols();
        int n = land.length;
        this.rural = new boolean[n];
        this.upstairs = new boolean[n];
        for (int i = 0; i < n; i++) {
            LandUse u = land[i];
            rural[i] = u != LandUse.URBAN_DENSE && u != LandUse.URBAN_RESIDENTIAL && u != LandUse.INDUSTRIAL;
            StructureClass b = buildings[i];
            upstairs[i] = b == StructureClass.RC_FRAME || b == StructureClass.STEEL || b == StructureClass.BRICK_CONCRETE;
        }
        this.cellHazardAt = new double[n];
        java.util.Arrays.fill(cellHazardAt, Double.NaN);
        this.buried = new boolean[pop.count];
        this.buriedAt = new double[pop.count];
        java.util.Arrays.fill(buriedAt, Double.NaN);
    }

    public Population population() {
        return pop;
    }

    /**
     * Sim time (s) the hazard reached a cell, NaN if never: the water first standing {@link #AFFECTED_DEPTH}
     * deep, or the fire reaching it ({@link #fireReached}), whichever came first.
     */
    public double hazardReachedAt(int cell) {
        return cellHazardAt[cell];
    }

    /** What {@link #warn} did. */
    public record Reach(int households, long persons) {
    }

    /**
     * Sends a warning (level 1..4) or, with a shelter, an evacuation order to every household living in
     * the area, through the channels given. Each household's copy arrives by each channel that works
     * where it lives, is in reach and wins the reach draw, after that channel's delay; door-to-door works
     * through the area's households at the grid workers' pace ({@code extraWorkers} more when a team
     * helps).
     */
    public Reach warn(String id, Area area, int level, Set<Channel> channels, int shelter, int extraWorkers,
            double now) {
        warningsIssued++;
        int strength = shelter >= 0 ? ORDER : level;
        List<Integer> inArea = householdsIn(area);
        long persons = 0;
        int workers = Math.max(1, (inArea.size() + Channel.HOUSEHOLDS_PER_GRID_WORKER - 1)
                / Channel.HOUSEHOLDS_PER_GRID_WORKER) + extraWorkers;
        int knocked = 0;
        for (int h : inArea) {
            persons += pop.size[h];
            for (Channel ch : channels) {
                if (ch.ruralOnly() && !rural[pop.home[h]]) {
                    continue;
                }
                if (random.nextDouble() >= ch.reach()) {
                    continue;
                }
                double delay = ch.minDelayMinutes() * 60
                        + random.nextDouble() * (ch.maxDelayMinutes() - ch.minDelayMinutes()) * 60;
                if (ch == Channel.DOOR_TO_DOOR) {
                    delay += 3600.0 * knocked++ / (workers * Channel.DOOR_TO_DOOR_PER_HOUR);
                }
                agenda.at(now + delay, t -> deliver(h, id, strength, ch, shelter, t));
            }
        }
        return new Reach(inArea.size(), persons);
    }

    private List<Integer> householdsIn(Area area) {
        List<Integer> out = new ArrayList<>();
        for (int r = area.row0(); r <= area.row1(); r++) {
            for (int c = area.col0(); c <= area.col1(); c++) {
                int cell = r * cols + c;
                for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    private void deliver(int h, String id, int strength, Channel ch, int shelter, double now) {
        if (pop.dead[h] == pop.size[h] || strength <= pop.warning[h] && !(strength == ORDER && shelter >= 0
                && pop.orderedShelter[h] < 0)) {
            return;
        }
        if (!outages.works(ch, pop.home[h], hazard.at(pop.home[h]), now)) {
            return;
        }
        if (Double.isNaN(pop.warnedAt[h])) {
            pop.warnedAt[h] = now;
        }
        pop.warning[h] = (byte) Math.max(pop.warning[h], strength);
        if (shelter >= 0) {
            pop.orderedShelter[h] = shelter;
        }
        tally.warned(id, h, pop.size[h], ch.json());
        if (pop.atHome(h) && strength > pop.decided[h]) {
            decide(h, ch == Channel.DOOR_TO_DOOR, now);
        }
    }

    /** The protective action decision on the strongest message so far, plus the cue of water at the door. */
    private void decide(int h, boolean personal, double now) {
        int level = pop.warning[h];
        pop.decided[h] = (byte) Math.max(pop.decided[h], level);
        boolean cue = pop.cued[h];
        double p = LEAVE[level];
        if (level > 0 && personal) {
            p += PERSONAL_BONUS;
        }
        if (level > 0 && cue) {
            p += CUE_BONUS;
        }
        if (level > 0 && stops != null && stops[pop.home(h)] != 0) {
            p += STOPS_BONUS;
        }
        if (pop.reducedMobility[h]) {
            p *= REDUCED_MOBILITY_FACTOR;
        }
        p = Math.min(MAX_LEAVE, p);
        if (random.nextDouble() >= p) {
            if (pop.state[h] == State.UNAWARE) {
                pop.state[h] = State.STAYING;
            }
            return;
        }
        if (pop.state[h] == State.DECIDING) {
            return; // already getting ready to leave
        }
        double mean = cue ? MILLING_MEAN_WITH_CUE : MILLING_MEAN;
        double delay = PREPARE - mean * Math.log(1 - random.nextDouble());
        if (pop.reducedMobility[h]) {
            delay *= 2;
        }
        pop.state[h] = State.DECIDING;
        agenda.at(now + delay, t -> depart(h, t));
    }

    private void depart(int h, double now) {
        if (pop.state[h] != State.DECIDING || pop.dead[h] == pop.size[h]) {
            return;
        }
        if (pop.trapped[h]) {
            agenda.at(now + RETRY, t -> depart(h, t));
            return;
        }
        Mode mode = pop.car[h] ? Mode.CAR : Mode.WALK;
        int s = chooseShelter(h, pop.home[h], mode);
        if (s < 0 && mode == Mode.CAR) {
            mode = Mode.WALK; // no way by car: leave the car and walk
            s = chooseShelter(h, pop.home[h], mode);
        }
        if (s < 0) {
            agenda.at(now + RETRY, t -> depart(h, t));
            return;
        }
        pop.state[h] = State.EVACUATING;
        pop.shelter[h] = s;
        displaced(h, now);
        tally.evacuating(h, pop.size[h], mode == Mode.CAR);
        Trip trip = new Trip(pop.home[h], shelters.cell(s), mode, pop.reducedMobility[h] ? Mobility.SLOW_WALK_SPEED
                : Mobility.WALK_SPEED, false);
        travel(h, trip, now);
    }

    private void displaced(int h, double now) {
        if (Double.isNaN(pop.affectedAt[h])) {
            pop.affectedAt[h] = now;
            tally.affected("displaced", h, pop.size[h]);
        }
    }

    /** The ordered shelter if it takes people, else the open shelter with room nearest by travel time. */
    private int chooseShelter(int h, int from, Mode mode) {
        int ordered = pop.orderedShelter[h];
        if (ordered >= 0 && shelters.open(ordered) && shelters.room(ordered) >= pop.size[h]
                && Double.isFinite(mobility.travelSeconds(from, shelters.cell(ordered), mode))) {
            return ordered;
        }
        // the few nearest as the crow flies, then the quickest of those by the roads
        List<Integer> near = new ArrayList<>();
        for (int s = 0; s < shelters.count(); s++) {
            if (shelters.open(s) && shelters.room(s) >= pop.size[h]) {
                near.add(s);
            }
        }
        near.sort(java.util.Comparator.comparingDouble((Integer s) -> mobility.crowFliesSeconds(from,
                shelters.cell(s), mode)).thenComparingInt(s -> s));
        int best = -1;
        double bestTime = Double.POSITIVE_INFINITY;
        for (int k = 0; k < near.size() && (k < SHELTERS_CONSIDERED || best < 0); k++) {
            int s = near.get(k);
            double t = mobility.travelSeconds(from, shelters.cell(s), mode);
            if (t < bestTime) {
                bestTime = t;
                best = s;
            }
        }
        return best;
    }

    private void travel(int h, Trip trip, double now) {
        double next = mobility.advance(trip, now);
        if (next == Trip.ARRIVED) {
            arrive(h, trip, now);
        } else if (next == Trip.STUCK) {
            agenda.at(now + RETRY, t -> travel(h, trip, t));
        } else {
            agenda.at(next, t -> travel(h, trip, t));
        }
    }

    private void arrive(int h, Trip trip, double now) {
        int s = pop.shelter[h];
        if (shelters.open(s) && shelters.room(s) >= pop.size[h]) {
            pop.state[h] = State.SHELTERED;
            pop.shelteredAt[h] = now;
            tally.sheltered(shelters.id(s), h, pop.size[h]);
            shelters.admit(s, h, now);
            return;
        }
        int other = chooseShelter(h, trip.cell(), trip.mode());
        if (other < 0) {
            pop.state[h] = State.STRANDED;
            return;
        }
        pop.shelter[h] = other;
        travel(h, new Trip(trip.cell(), shelters.cell(other), trip.mode(), pop.reducedMobility[h]
                ? Mobility.SLOW_WALK_SPEED : Mobility.WALK_SPEED, false), now);
    }

    /** Sends the households of a shelter that closed to the nearest other shelter with room. */
    public void relocate(int shelter, List<Integer> households, double now) {
        for (int h : households) {
            pop.state[h] = State.EVACUATING;
            pop.shelter[h] = shelter;
            // moved out of the flooded shelter by the rescue services' boats and trucks
            arrive(h, new Trip(shelters.cell(shelter), shelters.cell(shelter), Mode.BOAT), now);
        }
    }

    /** Stranded households try again; called when a shelter is opened. */
    public void retryStranded(double now) {
        for (int h = 0; h < pop.count; h++) {
            if (pop.state[h] == State.STRANDED) {
                int s = pop.shelter[h];
                int at = s >= 0 ? shelters.cell(s) : pop.home[h];
                int other = chooseShelter(h, at, Mode.BOAT);
                if (other >= 0) {
                    pop.state[h] = State.EVACUATING;
                    pop.shelter[h] = other;
                    travel(h, new Trip(at, shelters.cell(other), Mode.BOAT), now);
                }
            }
        }
    }

    /**
     * Looks at the water at every home still lived in: cues, affected, trapped, casualties, release.
     * Runs on a fixed interval; cost is the number of populated cells.
     */
    public void exposure(double now) {
        for (int cell : pop.populatedCells) {
            double d = hazard.at(cell);
            if (d < CUE_DEPTH && !anyTrapped(cell)) {
                continue;
            }
            if (d >= AFFECTED_DEPTH && Double.isNaN(cellHazardAt[cell])) {
                cellHazardAt[cell] = now;
            }
            double rating = d >= AFFECTED_DEPTH ? hazard.rating(cell) : 0;
            for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
                if (!pop.atHome(h) || pop.dead[h] == pop.size[h]) {
                    continue;
                }
                if (d >= AFFECTED_DEPTH && Double.isNaN(pop.affectedAt[h])) {
                    pop.affectedAt[h] = now;
                    tally.affected("flooded", h, pop.size[h]);
                }
                if (d >= TRAPPED_DEPTH && !pop.trapped[h]) {
                    pop.trapped[h] = true;
                    if (Double.isNaN(pop.trappedAt[h])) {
                        pop.trappedAt[h] = now;
                        tally.trapped(h, pop.size[h]);
                    }
                } else if (pop.trapped[h] && d < AFFECTED_DEPTH && !buried[h]) {
                    pop.trapped[h] = false; // the water went down: they can walk out
                }
                if (pop.trapped[h] && !buried[h]) {
                    harm(h, cell, rating);
                }
                if (d >= CUE_DEPTH && !pop.cued[h]) {
                    pop.cued[h] = true;
                    if (!pop.trapped[h] && pop.state[h] != State.DECIDING) {
                        decide(h, false, now);
                    }
                }
            }
        }
    }

    private boolean anyTrapped(int cell) {
        for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
            if (pop.trapped[h]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Injuries and deaths among the living members of a trapped household as the hazard rating rises,
     * after FD2321/TR2: injured share 2·HR·Y % (Y = 2 with a member of reduced mobility, halved where
     * people can go upstairs), of whom 2·HR % die. Drawn again only for the rise above the last rating.
     */
    private void harm(int h, int cell, double rating) {
        if (rating <= pop.exposure[h]) {
            return;
        }
        double y = (pop.reducedMobility[h] ? 2 : 1) * (upstairs[cell] ? 0.5 : 1);
        double before = injuredShare(pop.exposure[h], y);
        double after = injuredShare(rating, y);
        pop.exposure[h] = (float) rating;
        double p = (after - before) / (1 - before);
        double death = Math.min(1, 2 * rating / 100);
        int hurt = 0;
        int killed = 0;
        int alive = pop.size[h] - pop.dead[h] - pop.injured[h];
        for (int k = 0; k < alive; k++) {
            if (random.nextDouble() < p) {
                hurt++;
                if (random.nextDouble() < death) {
                    killed++;
                }
            }
        }
        if (hurt > 0) {
            pop.injured[h] += (byte) (hurt - killed);
            pop.dead[h] += (byte) killed;
            tally.casualties(h, hurt - killed, killed, rating);
            if (pop.dead[h] == pop.size[h]) {
                pop.trapped[h] = false;
            }
        }
    }

    private static double injuredShare(double rating, double y) {
        return Math.min(0.999, 2 * rating * y / 100);
    }

    /** Trapped households living in the area, in id order. */
    public List<Integer> trappedIn(Area area) {
        List<Integer> out = new ArrayList<>();
        for (int h : householdsIn(area)) {
            if (pop.trapped[h] && pop.atHome(h) && pop.dead[h] < pop.size[h]) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether a cell has a trapped household under rubble. */
    public boolean buriedAt(int cell) {
        for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
            if (buried[h] && pop.trapped[h]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trapped household is under rubble (extrication) rather than cut off by water (boats). */
    public boolean buried(int h) {
        return buried[h];
    }

    // ---- earthquake and fire

    /**
     * Members of a household hurt or killed by a shock (not the water): counted with the flood's casualties.
     * Only living, uninjured members can be hurt; the counts are cut to them.
     */
    public void harmed(int h, int injured, int killed) {
        int fit = pop.size[h] - pop.dead[h] - pop.injured[h];
        killed = Math.min(killed, fit);
        injured = Math.min(injured, fit - killed);
        if (injured + killed == 0) {
            return;
        }
        pop.injured[h] += (byte) injured;
        pop.dead[h] += (byte) killed;
        tally.casualties(h, injured, killed, 0);
        if (pop.dead[h] == pop.size[h]) {
            pop.trapped[h] = false;
        }
    }

    /** A household at home is trapped under its collapsed home: a search-and-rescue team must dig it out. */
    public void bury(int h, double now) {
        if (!pop.atHome(h) || pop.dead[h] == pop.size[h] || pop.trapped[h]) {
            return;
        }
        buried[h] = true;
        buriedAt[h] = now;
        pop.trapped[h] = true;
        if (Double.isNaN(pop.trappedAt[h])) {
            pop.trappedAt[h] = now;
            tally.trapped(h, pop.size[h]);
        }
    }

    /**
     * A household's home is damaged: the household is affected; when the home can no longer be lived in, a
     * household at home (and not trapped) leaves for a shelter after getting ready.
     */
    public void homeDamaged(int h, boolean uninhabitable, String cause, double now) {
        if (pop.dead[h] == pop.size[h]) {
            return;
        }
        if (Double.isNaN(pop.affectedAt[h])) {
            pop.affectedAt[h] = now;
            tally.affected(cause, h, pop.size[h]);
        }
        if (uninhabitable && pop.atHome(h) && !pop.trapped[h] && pop.state[h] != State.DECIDING) {
            pop.cued[h] = true;
            pop.state[h] = State.DECIDING;
            agenda.at(now + PREPARE, t -> depart(h, t));
        }
    }

    /**
     * The fire reached a populated cell: its households are affected, and those at home see it and leave
     * (a cue that cannot be ignored) after the usual preparation.
     */
    public void fireReached(int cell, double now) {
        if (Double.isNaN(cellHazardAt[cell])) {
            cellHazardAt[cell] = now; // the fire is this cell's hazard arrival, as deep water is the flood's
        }
        for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
            homeDamaged(h, true, "fire", now);
        }
    }

    /** Share of buried people still alive {@code hours} after burial ({@link #BURIED_ALIVE}). */
    static double buriedAlive(double hours) {
        double d = Math.max(0, hours) / 24;
        int k = (int) d;
        if (k >= BURIED_ALIVE.length - 1) {
            return BURIED_ALIVE[BURIED_ALIVE.length - 1];
        }
        return BURIED_ALIVE[k] + (d - k) * (BURIED_ALIVE[k + 1] - BURIED_ALIVE[k]);
    }

    /**
     * The buried who die while they wait, hour by hour: a member alive {@code h} hours after burial dies in the
     * next hour with the chance 1 − S(h + 1)/S(h) of the survival curve. Called at every full hour.
     */
    public void buriedAttrition(double now) {
        for (int h = 0; h < pop.count; h++) {
            if (!buried[h] || !pop.trapped[h]) {
                continue;
            }
            double hours = (now - buriedAt[h]) / 3600;
            double p = 1 - buriedAlive(hours) / buriedAlive(Math.max(0, hours - 1));
            if (p <= 0) {
                continue;
            }
            int alive = pop.size[h] - pop.dead[h];
            int died = 0;
            for (int k = 0; k < alive; k++) {
                if (random.nextDouble() < p) {
                    died++;
                }
            }
            if (died > 0) {
                // the injured die first; the event counts only new deaths (an injured member who dies is no longer
                // counted as injured in the hourly status)
                pop.injured[h] -= (byte) Math.min(died, pop.injured[h]);
                pop.dead[h] += (byte) died;
                tally.casualties(h, 0, died, 0);
                if (pop.dead[h] == pop.size[h]) {
                    pop.trapped[h] = false; // nobody left to dig out alive; the dead are counted as deaths
                    buried[h] = false;
                }
            }
        }
    }

    /** A search-and-rescue team dug a buried household out: its living members go to a shelter as rescued people do. */
    public void extricate(int h, String team, double now) {
        buried[h] = false;
        rescue(h, team, now);
    }

    /** Cells with trapped households now, ascending. */
    public List<Integer> trappedCells() {
        List<Integer> out = new ArrayList<>();
        for (int cell : pop.populatedCells) {
            for (int h = pop.cellStart[cell]; h < pop.cellStart[cell + 1]; h++) {
                if (pop.trapped[h] && pop.atHome(h) && pop.dead[h] < pop.size[h]) {
                    out.add(cell);
                    break;
                }
            }
        }
        return out;
    }

    /** A team brought a trapped household out: it goes by boat to the nearest open shelter with room. */
    public void rescue(int h, String team, double now) {
        pop.trapped[h] = false;
        pop.rescuedAt[h] = now;
        tally.rescued(team, h, pop.size[h]);
        int s = chooseShelter(h, pop.home[h], Mode.BOAT);
        displaced(h, now);
        if (s < 0) {
            pop.state[h] = State.STRANDED;
            return;
        }
        pop.state[h] = State.EVACUATING;
        pop.shelter[h] = s;
        travel(h, new Trip(pop.home[h], shelters.cell(s), Mode.BOAT), now);
    }

    /** Records that a sheltered household got its relief; the shelter calls this. */
    public void relieved(int h, String shelter, double now) {
        if (!Double.isNaN(pop.relievedAt[h])) {
            return;
        }
        pop.relievedAt[h] = now;
        if (Double.isNaN(pop.affectedAt[h])) {
            pop.affectedAt[h] = now;
        }
        tally.relieved(shelter, h, pop.size[h], (now - pop.affectedAt[h]) / 3600);
    }

    public long warningsIssued() {
        return warningsIssued;
    }

    /** All channels, for warnings that use every one. */
    public static Set<Channel> allChannels() {
        return EnumSet.allOf(Channel.class);
    }
}

package org.drillgrid.engine.drill;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.hazard.flood.FloodHazard;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.engine.response.Response;
import org.drillgrid.engine.response.Result;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Areas;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.InjectCheck;

/**
 * Runs the drill script (docs/drill-format.md). Timed injects fire in the DRILL phase of the tick that
 * holds their time, stamped with it; {@code after} injects are due their delay after the other fired.
 * Conditions ({@code when}) are read against ground truth at the end of every tick, after hazards and
 * agents, and the inject fires then, stamped with the tick's end: the first tick end where the
 * condition holds. An inject fires at most once. Its effect changes the world at once.
 */
public final class DrillScript {

    private record Due(long t, int seq, int inject) {
    }

    private final Scenario scenario;
    private final List<Inject> injects;
    private final Map<String, Integer> index = new HashMap<>();
    private final Response response;
    private final FloodHazard flood;
    private org.drillgrid.engine.hazard.quake.QuakeHazard quake;
    private org.drillgrid.engine.hazard.fire.FireHazard fire;
    private final SimClock clock;
    private final EventSink events;
    private final long[] firedAt;
    /** For conditional injects: the time from which the condition is watched; MAX_VALUE = not yet armed. */
    private final long[] watchFrom;
    private final PriorityQueue<Due> due = new PriorityQueue<>((a, b) -> a.t != b.t ? Long.compare(a.t, b.t)
            : Integer.compare(a.seq, b.seq));
    private int seq;

    public DrillScript(Scenario scenario, Response response, FloodHazard flood, SimClock clock, EventSink events) {
        this.scenario = scenario;
        this.injects = scenario.drillOrEmpty().injectsOrEmpty();
        this.response = response;
        this.flood = flood;
        this.clock = clock;
        this.events = events;
        this.firedAt = new long[injects.size()];
        this.watchFrom = new long[injects.size()];
        Arrays.fill(firedAt, -1);
        Arrays.fill(watchFrom, Long.MAX_VALUE);
        for (int i = 0; i < injects.size(); i++) {
            Inject inj = injects.get(i);
            index.put(inj.id(), i);
            if (inj.at() != null) {
                due.add(new Due(inj.at().seconds(), seq++, i));
            } else if (inj.when() != null && inj.after() == null) {
                watchFrom[i] = 0;
            }
        }
    }

    /** The earthquake and fire the effects act on (either may be null). */
    public void hazards(org.drillgrid.engine.hazard.quake.QuakeHazard quake,
            org.drillgrid.engine.hazard.fire.FireHazard fire) {
        this.quake = quake;
        this.fire = fire;
    }

    /** DRILL phase: fires the timed and chained injects due before the tick's end, in time order. */
    public void fireDue() {
        long end = clock.tickEnd();
        while (!due.isEmpty() && due.peek().t < end) {
            Due d = due.poll();
            if (firedAt[d.inject] < 0) {
                fire(d.inject, Math.max(d.t, clock.tickStart()), injects.get(d.inject).triggerText());
            }
        }
    }

    /** End of tick: fires every armed conditional inject whose condition now holds, stamped with the tick end. */
    public void watch() {
        long end = clock.tickEnd();
        boolean fired = true;
        while (fired) { // a chained condition armed by one that fired now is watched in this same tick
            fired = false;
            for (int i = 0; i < injects.size(); i++) {
                if (firedAt[i] < 0 && watchFrom[i] <= end && holds(injects.get(i).when())) {
                    fire(i, end, injects.get(i).triggerText());
                    fired = true;
                }
            }
        }
    }

    /** A controller fires a scripted inject now (before its trigger); refused when unknown or already fired. */
    public Result fireNow(String id, String by, long t) {
        Integer i = index.get(id);
        Result r = i == null ? Result.coded(Refusal.NO_INJECT, id)
                : firedAt[i] >= 0 ? Result.coded(Refusal.INJECT_FIRED, id, firedAt[i])
                : Result.OK;
        command(t, "fire-inject", id, null, by, r);
        if (r.accepted()) {
            fire(i, t, "controller");
        }
        return r;
    }

    /** A controller delivers an inject that is not in the script; its effect applies too. */
    public Result adHoc(Inject inj, String by, long t) {
        // the rules and bounds of a scripted inject (models' InjectCheck), so that the API cannot deliver
        // what validation refuses (rain of 1e308 mm/h, an unpaired surrogate in the message)
        List<org.drillgrid.model.json.Violation> problems = InjectCheck.adHoc(inj, scenario, "$.inject");
        Result r = !problems.isEmpty() ? Result.coded(Refusal.INJECT_INVALID, problems.get(0).toString())
                : index.containsKey(inj.id()) ? Result.coded(Refusal.INJECT_ID_USED, inj.id())
                : Result.OK;
        // an id that is not valid stays out of the log: it may hold text the log cannot carry
        String id = inj == null || !org.drillgrid.model.validate.ScenarioLoader.isScenarioId(inj.id()) ? null : inj.id();
        command(t, "ad-hoc-inject", id, null, by, r);
        if (r.accepted()) {
            deliver(inj, t, "controller");
        }
        return r;
    }

    private void fire(int i, long t, String trigger) {
        firedAt[i] = t;
        Inject inj = injects.get(i);
        deliver(inj, t, trigger);
        for (int k = 0; k < injects.size(); k++) {
            Inject next = injects.get(k);
            if (inj.id().equals(next.after()) && firedAt[k] < 0) {
                long from = t + next.delaySeconds();
                if (next.when() == null) {
                    due.add(new Due(from, seq++, k));
                } else {
                    watchFrom[k] = from;
                }
            }
        }
    }

    private void deliver(Inject inj, long t, String trigger) {
        events.emit(new InjectFired(t, inj.id(), trigger, inj.channelOrDefault(), inj.audienceOrEmpty(), inj.message()));
        if (inj.effect() != null) {
            String by = "inject:" + inj.id();
            String problem = problem(inj.effect());
            if (problem != null) {
                // only an ad-hoc inject can get here (the validator checks scripted ones): refused, run goes on
                command(t, org.drillgrid.model.json.Json.typeName(Effect.class, inj.effect()), null, null, by,
                        Result.coded(Refusal.INJECT_INVALID, problem));
                return;
            }
            apply(inj.effect(), by, t);
        }
    }

    /** Why an effect cannot apply in this scenario, or null. */
    private String problem(Effect e) {
        if (e instanceof Effect.Rain r) {
            return r.mmPerHour() == null || !(r.mmPerHour() > 0) ? "mmPerHour: required, > 0"
                    : r.duration() == null || r.duration().seconds() <= 0 ? "duration: required, > 0" : null;
        } else if (e instanceof Effect.Outage o) {
            return o.kind() == null || !List.of("power", "network", "road").contains(o.kind())
                    ? "kind: power, network or road" : areaProblem(o.area());
        } else if (e instanceof Effect.RoadCollapse rc) {
            return areaProblem(rc.area());
        } else if (e instanceof Effect.ShelterLost sl) {
            return sl.shelter() == null ? "shelter: required" : null;
        } else if (e instanceof Effect.Breach b) {
            return b.levee() == null ? "levee: required" : null;
        } else if (e instanceof Effect.Aftershock a) {
            return quake == null ? "this scenario has no earthquake" : a.magnitude() == null
                    || !(a.magnitude() >= 3 && a.magnitude() <= 9) ? "magnitude: required, 3.0 to 9.0"
                    : areaProblem(a.at());
        } else if (e instanceof Effect.Ignition ig) {
            return fire == null ? "this scenario has no fire" : areaProblem(ig.at());
        }
        return null;
    }

    private String areaProblem(AreaRef ref) {
        String p = Areas.problem(ref, scenario, response.cols(), response.rows());
        return p == null ? null : "area: " + p;
    }

    /** When a scripted inject fired, or -1. */
    public long firedAt(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : firedAt[i];
    }

    /** Scripted injects that have not fired yet. */
    public int remaining() {
        int n = 0;
        for (long f : firedAt) {
            n += f < 0 ? 1 : 0;
        }
        return n;
    }

    // ---- effects

    private void command(long t, String lever, String target, String detail, String by, Result r) {
        events.emit(new CommandGiven(t, lever, target, detail, by, r.accepted(), r.reason(), r.refusal()));
    }

    private void apply(Effect e, String by, long t) {
        if (e instanceof Effect.Rain r) {
            boolean ok = flood != null;
            if (ok) {
                flood.addRain(t, r.duration().seconds(), r.mmPerHour());
            }
            command(t, "rain", "grid", "+" + r.mmPerHour() + " mm/h for " + r.duration(), by,
                    ok ? Result.OK : Result.coded(Refusal.NO_FLOOD));
        } else if (e instanceof Effect.Breach b) {
            boolean ok = flood != null && flood.breach(b.levee(), t, b.to(), b.over() == null ? null : b.over().seconds());
            command(t, "breach", b.levee(), null, by, ok ? Result.OK : Result.coded(Refusal.NO_BREACH, b.levee()));
        } else if (e instanceof Effect.Outage o) {
            Area a = area(o.area());
            Outages.Kind kind = Outages.Kind.valueOf(o.kind().toUpperCase(Locale.ROOT));
            double seconds = o.duration() == null ? Double.POSITIVE_INFINITY : o.duration().seconds();
            response.as(by, () -> response.outage(kind, a, seconds, t));
        } else if (e instanceof Effect.RoadCollapse rc) {
            Area a = area(rc.area());
            response.as(by, () -> response.outage(Outages.Kind.ROAD, a, Double.POSITIVE_INFINITY, t));
        } else if (e instanceof Effect.ShelterLost sl) {
            response.as(by, () -> response.loseShelter(sl.shelter(), t));
        } else if (e instanceof Effect.Aftershock a && quake != null) {
            int cell = area(a.at()).centre(response.cols());
            quake.aftershock(cell, a.magnitude(), t);
            events.emit(new CommandGiven(t, "aftershock", cellText(cell), "M" + a.magnitude(), by, true, null));
        } else if (e instanceof Effect.Ignition ig && fire != null) {
            int cell = area(ig.at()).centre(response.cols());
            boolean ok = fire.ignite(cell, t, by);
            command(t, "ignition", cellText(cell), null, by,
                    ok ? Result.OK : Result.coded(Refusal.NOTHING_BURNS, cellText(cell)));
        } else {
            String effect = org.drillgrid.model.json.Json.typeName(Effect.class, e);
            command(t, effect, null, null, by, Result.coded(Refusal.NO_HAZARD, effect));
        }
    }

    // ---- conditions on ground truth

    private boolean holds(Condition c) {
        if (c instanceof Condition.WaterDepth w) {
            if (flood == null) {
                return false;
            }
            Area a = area(w.at());
            int cols = response.cols();
            for (int r = a.row0(); r <= a.row1(); r++) {
                for (int col = a.col0(); col <= a.col1(); col++) {
                    if (flood.at(r * cols + col) > w.above()) {
                        return true;
                    }
                }
            }
            return false;
        } else if (c instanceof Condition.DepotStock d) {
            return response.depotStockPercent(d.depot(), d.item()) < d.belowPercent();
        } else if (c instanceof Condition.PeopleTrapped p) {
            return response.trappedIn(p.area() == null ? null : area(p.area())) >= p.atLeast();
        } else if (c instanceof Condition.Deaths d) {
            return response.deaths() >= d.atLeast();
        } else if (c instanceof Condition.ShelterOccupancy s) {
            return response.shelterOccupancyPercent(s.shelter()) > s.abovePercent();
        } else if (c instanceof Condition.RainRate r) {
            return flood != null && flood.rainNow(clock.tickEnd() - 1) > r.above();
        } else if (c instanceof Condition.FireNear f) {
            return fire != null && !Double.isNaN(fire.nearestKm(area(f.at()), f.km()));
        }
        return false;
    }

    private String cellText(int cell) {
        return new CellRef(cell % response.cols(), cell / response.cols()).toString();
    }

    private Area area(AreaRef ref) {
        return areaOrNull(ref, scenario);
    }

    /** The scenario's area of a reference as an engine area, or null when it does not resolve. */
    static Area areaOrNull(AreaRef ref, Scenario scenario) {
        return Areas.resolve(ref, scenario).map(a -> new Area(a[0], a[1], a[2], a[3])).orElse(null);
    }
}

package org.drillgrid.model.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Areas;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Criterion;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.drill.Expectation;
import org.drillgrid.model.drill.Informants;
import org.drillgrid.model.drill.Objective;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.Sensor;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;

/**
 * The rules of the drill script (docs/drill-format.md): triggers, conditions, effects, expectations,
 * objectives, places, sensors and information officers, checked against the rest of the document.
 * Ids are checked by the validator; everything else here, through {@code add(path, message)}.
 */
final class DrillRules {

    /** Injects of a circle named in its message; a longer circle is counted. */
    static final int NAMED_IN_CIRCLE = 6;

    private final Scenario s;
    private final BiConsumer<String, String> add;
    private final int cols;
    private final int rows;
    private final FloodSpec flood;
    private final boolean quake;
    private final boolean fire;

    private DrillRules(Scenario s, BiConsumer<String, String> add) {
        this.s = s;
        this.add = add;
        boolean grid = s.grid() != null && s.grid().cols() != null && s.grid().rows() != null;
        this.cols = grid ? s.grid().cols() : Integer.MAX_VALUE;
        this.rows = grid ? s.grid().rows() : Integer.MAX_VALUE;
        this.flood = s.hazardsOrEmpty().stream().filter(FloodSpec.class::isInstance).map(FloodSpec.class::cast)
                .findFirst().orElse(null);
        this.quake = s.hazardsOrEmpty().stream().anyMatch(org.drillgrid.model.hazard.QuakeSpec.class::isInstance);
        this.fire = s.hazardsOrEmpty().stream().anyMatch(org.drillgrid.model.hazard.FireSpec.class::isInstance);
    }

    static void check(Scenario s, BiConsumer<String, String> add) {
        new DrillRules(s, add).drill(s.drillOrEmpty());
    }

    /**
     * The rules of an inject delivered ad hoc while {@code s} runs (its trigger fields are ignored): the
     * same effect and expectation rules, and so the same bounds, as a scripted inject's.
     */
    static void adHoc(Scenario s, Inject inject, String p, BiConsumer<String, String> add) {
        DrillRules rules = new DrillRules(s, add);
        if (inject.effect() != null) {
            rules.effect(p + ".effect", inject.effect());
        }
        for (int e = 0; e < inject.expectOrEmpty().size(); e++) {
            rules.expectation(p + ".expect[" + e + "]", inject.expectOrEmpty().get(e));
        }
    }

    private void drill(Drill d) {
        Targets t = d.targets();
        if (t != null && t.pack() != null && !Targets.PACKS.containsKey(t.pack())) {
            add.accept("$.drill.targets.pack", "unknown target pack '" + t.pack() + "'; one of "
                    + String.join(", ", Targets.PACKS.keySet().stream().sorted().toList()));
        }
        List<Place> places = d.placesOrEmpty();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p != null) {
                place("$.drill.places[" + i + "].cells", p);
            }
        }
        injects(d);
        objectives(d);
        List<Sensor> sensors = d.sensorsOrEmpty();
        for (int i = 0; i < sensors.size(); i++) {
            sensor("$.drill.sensors[" + i + "]", sensors.get(i));
        }
        Informants inf = d.informants();
        if (inf != null) {
            String p = "$.drill.informants";
            for (int k = 0; k < inf.placesOrEmpty().size(); k++) {
                if (d.place(inf.placesOrEmpty().get(k)).isEmpty()) {
                    add.accept(p + ".places[" + k + "]", "no place '" + inf.placesOrEmpty().get(k) + "' in drill.places");
                }
            }
            positive(p + ".every", inf.every());
            wholeTicks(p + ".every", inf.every());
            notTooLong(p + ".delay", inf.delay());
            if (!(inf.errorOrDefault() >= 0 && inf.errorOrDefault() < 1)) {
                add.accept(p + ".error", "must be a fraction from 0 up to (not including) 1");
            }
        }
    }

    private void place(String path, Place p) {
        List<Integer> c = p.cells();
        if (c == null) {
            add.accept(path, "required: [col0, row0, col1, row1]");
            return;
        }
        String problem = Areas.problem(new AreaRef(null, c), s, cols, rows);
        if (problem != null) {
            add.accept(path, problem);
        }
    }

    private void area(String path, AreaRef ref) {
        String problem = Areas.problem(ref, s, cols, rows);
        if (problem != null) {
            add.accept(path, problem);
        }
    }

    private void injects(Drill d) {
        List<Inject> injects = d.injectsOrEmpty();
        Map<String, String> after = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Inject i : injects) {
            if (i != null && i.id() != null) {
                ids.add(i.id());
            }
        }
        for (int k = 0; k < injects.size(); k++) {
            Inject i = injects.get(k);
            if (i == null) {
                continue;
            }
            String p = "$.drill.injects[" + k + "]";
            int forms = (i.at() != null ? 1 : 0) + (i.when() != null || i.after() != null ? 1 : 0);
            if (forms == 0) {
                add.accept(p, "needs a trigger: at (a time), when (a condition) or after (another inject)");
            } else if (forms == 2) {
                add.accept(p + ".at", "give either at or when/after, not both");
            }
            if (i.after() != null) {
                if (!ids.contains(i.after())) {
                    add.accept(p + ".after", "no inject '" + i.after() + "'");
                } else if (i.after().equals(i.id())) {
                    add.accept(p + ".after", "an inject cannot follow itself");
                } else {
                    after.put(i.id(), i.after());
                }
                notTooLong(p + ".delay", i.delay());
            } else if (i.delay() != null) {
                add.accept(p + ".delay", "only with after: the wait after the other inject fired");
            }
            if (i.when() != null) {
                condition(p + ".when", i.when());
            }
            if (i.effect() != null) {
                effect(p + ".effect", i.effect());
            }
            for (int e = 0; e < i.expectOrEmpty().size(); e++) {
                expectation(p + ".expect[" + e + "]", i.expectOrEmpty().get(e));
            }
        }
        circles(injects, after);
    }

    /**
     * Reports every inject that is part of a circle of {@code after}s, naming the circle in the order they
     * wait. Each inject has at most one parent, so one walk per inject that stops at the first inject
     * already settled visits every inject a bounded number of times: linear in the number of injects.
     */
    private void circles(List<Inject> injects, Map<String, String> after) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < injects.size(); k++) {
            Inject i = injects.get(k);
            if (i != null && i.id() != null) {
                index.putIfAbsent(i.id(), k);
            }
        }
        Map<String, Integer> walkOf = new HashMap<>(); // id -> the walk that first reached it
        Set<String> onCircle = new HashSet<>();
        Map<String, List<String>> circleOf = new HashMap<>();
        for (int k = 0; k < injects.size(); k++) {
            Inject i = injects.get(k);
            if (i == null || i.id() == null || walkOf.containsKey(i.id())) {
                continue;
            }
            List<String> path = new java.util.ArrayList<>();
            String cur = i.id();
            while (cur != null && !walkOf.containsKey(cur)) {
                walkOf.put(cur, k);
                path.add(cur);
                cur = after.get(cur);
            }
            if (cur != null && walkOf.get(cur) == k) {
                // this walk ran into itself: the ids from cur on form a circle
                List<String> circle = path.subList(path.indexOf(cur), path.size());
                onCircle.addAll(circle);
                for (String id : circle) {
                    circleOf.put(id, circle);
                }
            }
        }
        for (int k = 0; k < injects.size(); k++) {
            Inject i = injects.get(k);
            if (i == null || i.id() == null || !onCircle.contains(i.id()) || index.get(i.id()) != k) {
                continue;
            }
            List<String> circle = circleOf.get(i.id());
            int from = circle.indexOf(i.id());
            List<String> chain = new java.util.ArrayList<>();
            // the circle in waiting order from this inject, named in full up to NAMED_IN_CIRCLE injects, so
            // that a circle of thousands gives thousands of short lines, not a quadratic report
            for (int n = 0; n < circle.size() && n < NAMED_IN_CIRCLE; n++) {
                chain.add(circle.get((from + n) % circle.size()));
            }
            String text = circle.size() <= NAMED_IN_CIRCLE
                    ? String.join(" waits for ", chain) + " waits for " + i.id()
                    : String.join(" waits for ", chain) + " waits for ... (" + circle.size() + " injects in the circle)";
            add.accept("$.drill.injects[" + k + "].after", "injects wait for each other in a circle: " + text);
        }
    }

    private void condition(String p, Condition c) {
        if (c instanceof Condition.WaterDepth w) {
            needsFlood(p);
            area(p + ".at", w.at());
            positiveNumber(p + ".above", w.above(), "m");
        } else if (c instanceof Condition.DepotStock ds) {
            depot(p + ".depot", ds.depot());
            if (ds.item() != null && ReliefItem.of(ds.item()).isEmpty()) {
                add.accept(p + ".item", "unknown item '" + ds.item() + "'");
            }
            percent(p + ".belowPercent", ds.belowPercent());
        } else if (c instanceof Condition.PeopleTrapped pt) {
            atLeastOne(p + ".atLeast", pt.atLeast());
            if (pt.area() != null) {
                area(p + ".area", pt.area());
            }
        } else if (c instanceof Condition.Deaths dd) {
            atLeastOne(p + ".atLeast", dd.atLeast());
        } else if (c instanceof Condition.ShelterOccupancy so) {
            shelter(p + ".shelter", so.shelter());
            percent(p + ".abovePercent", so.abovePercent());
        } else if (c instanceof Condition.RainRate rr) {
            needsFlood(p);
            positiveNumber(p + ".above", rr.above(), "mm/h");
        } else if (c instanceof Condition.FireNear fn) {
            if (!fire) {
                add.accept(p, "fire-near needs a fire hazard, and this scenario has none");
            }
            area(p + ".at", fn.at());
            positiveNumber(p + ".km", fn.km(), "km");
            if (fn.km() != null && fn.km() > Bounds.MAX_FIRE_NEAR_KM) {
                add.accept(p + ".km", "must be at most " + (long) Bounds.MAX_FIRE_NEAR_KM + " km");
            }
        }
    }

    private void effect(String p, Effect e) {
        if (e instanceof Effect.Rain r) {
            needsFlood(p);
            positiveNumber(p + ".mmPerHour", r.mmPerHour(), "mm/h");
            if (r.mmPerHour() != null && r.mmPerHour() > Bounds.MAX_RAIN_MM_PER_HOUR) {
                add.accept(p + ".mmPerHour", "must be at most " + (long) Bounds.MAX_RAIN_MM_PER_HOUR
                        + " mm/h (the one-minute world record is 1 872 mm/h)");
            }
            if (r.duration() == null) {
                add.accept(p + ".duration", "required: how long the extra rain falls");
            } else {
                positive(p + ".duration", r.duration());
            }
        } else if (e instanceof Effect.Breach b) {
            breach(p, b);
        } else if (e instanceof Effect.Outage o) {
            if (o.kind() == null || !List.of("power", "network", "road").contains(o.kind())) {
                add.accept(p + ".kind", "must be power, network or road");
            }
            area(p + ".area", o.area());
            if (o.duration() != null) {
                positive(p + ".duration", o.duration());
            }
        } else if (e instanceof Effect.RoadCollapse rc) {
            area(p + ".area", rc.area());
        } else if (e instanceof Effect.ShelterLost sl) {
            shelter(p + ".shelter", sl.shelter());
        } else if (e instanceof Effect.Aftershock a) {
            if (!quake) {
                add.accept(p, "aftershock needs an earthquake hazard, and this scenario has none");
            }
            area(p + ".at", a.at());
            if (a.magnitude() == null) {
                add.accept(p + ".magnitude", "required: the aftershock's magnitude");
            } else if (!(a.magnitude() >= 3 && a.magnitude() <= 9)) {
                add.accept(p + ".magnitude", "must be between 3.0 and 9.0");
            }
        } else if (e instanceof Effect.Ignition ig) {
            if (!fire) {
                add.accept(p, "ignition needs a fire hazard, and this scenario has none");
            }
            area(p + ".at", ig.at());
        }
    }

    private void breach(String p, Effect.Breach b) {
        if (!needsFlood(p)) {
            return;
        }
        FloodSpec.Levee levee = flood.leveesOrEmpty().stream().filter(l -> l != null && l.id() != null && l.id().equals(b.levee()))
                .findFirst().orElse(null);
        if (levee == null) {
            add.accept(p + ".levee", b.levee() == null ? "required: the id of a levee or dam of the flood"
                    : "no levee or dam '" + b.levee() + "' in the flood");
            return;
        }
        Double to = b.to() != null ? b.to() : levee.breach() == null ? null : levee.breach().to();
        if (to == null) {
            add.accept(p + ".to", "required: the breach bottom, m above datum (the levee has no scripted breach)");
        } else if (levee.crest() != null && to >= levee.crest()) {
            add.accept(p + ".to", "must be below the crest (" + levee.crest() + ")");
        } else if (!Bounds.isLevel(to)) {
            add.accept(p + ".to", "must be a level between " + (long) Bounds.MIN_LEVEL + " and " + (long) Bounds.MAX_LEVEL
                    + " m above datum");
        }
        if (b.over() != null) {
            positive(p + ".over", b.over());
        }
    }

    private void expectation(String p, Expectation e) {
        if (e == null) {
            return;
        }
        if (e.order() == null || !Order.TYPES.contains(e.order())) {
            add.accept(p + ".order", "must be an order type: " + String.join(", ", Order.TYPES));
        }
        if (e.within() == null) {
            add.accept(p + ".within", "required: how long after the inject the action counts");
        } else {
            positive(p + ".within", e.within());
        }
    }

    private void objectives(Drill d) {
        List<Objective> objectives = d.objectivesOrEmpty();
        Targets t = s.targetsOrNone();
        for (int k = 0; k < objectives.size(); k++) {
            Objective o = objectives.get(k);
            if (o == null) {
                continue;
            }
            String p = "$.drill.objectives[" + k + "]";
            if (o.name() == null || o.name().isEmpty()) {
                add.accept(p + ".name", "required: what the objective is, in zh and/or en");
            }
            if (o.criteriaOrEmpty().isEmpty()) {
                add.accept(p + ".criteria", "required: at least one way to evaluate the objective");
            }
            for (int c = 0; c < o.criteriaOrEmpty().size(); c++) {
                criterion(p + ".criteria[" + c + "]", o.criteriaOrEmpty().get(c), d, t);
            }
        }
    }

    private void criterion(String p, Criterion c, Drill d, Targets t) {
        if (c == null) {
            return;
        } else if (c instanceof Criterion.Kpi k) {
            if (k.kpi() == null || !Criterion.KPIS.contains(k.kpi())) {
                add.accept(p + ".kpi", "must be one of " + String.join(", ", Criterion.KPIS));
                return;
            }
            if (k.atLeast() != null && k.atMost() != null) {
                add.accept(p, "give atLeast or atMost, not both");
            }
            boolean hasDefault = switch (k.kpi()) {
                case "warning-coverage" -> t.warningCoverage() != null;
                case "deaths-per-million" -> t.deathsPerMillion() != null;
                case "affected-per-100k" -> t.affectedPer100k() != null;
                default -> false;
            };
            if (k.atLeast() == null && k.atMost() == null && !hasDefault) {
                add.accept(p, "needs atLeast or atMost: the scenario's targets give no value for " + k.kpi());
            }
        } else if (c instanceof Criterion.Actions a) {
            if (a.injects() == null || a.injects().isEmpty()) {
                add.accept(p + ".injects", "required: the injects whose expected actions count");
                return;
            }
            for (int i = 0; i < a.injects().size(); i++) {
                String id = a.injects().get(i);
                var inj = d.inject(id);
                if (inj.isEmpty()) {
                    add.accept(p + ".injects[" + i + "]", "no inject '" + id + "'");
                } else if (inj.get().expectOrEmpty().isEmpty()) {
                    add.accept(p + ".injects[" + i + "]", "inject '" + id + "' expects no action");
                }
            }
        }
    }

    private void sensor(String p, Sensor x) {
        if (x == null) {
            return;
        }
        if (x.type() == null || !Sensor.TYPES.contains(x.type())) {
            add.accept(p + ".type", "must be one of " + String.join(", ", Sensor.TYPES));
        } else if ((x.type().equals("rain-gauge") || x.type().equals("hydro-station")) && flood == null) {
            add.accept(p + ".type", x.type() + " measures the flood, and this scenario has none");
        } else if (x.type().equals("fire-camera") && !fire || x.type().equals("seismic-station") && !quake) {
            add.accept(p + ".type", x.type() + " needs " + (x.type().equals("fire-camera") ? "a fire" : "an earthquake")
                    + " hazard, and this scenario has none");
        }
        if (x.cell() == null) {
            add.accept(p + ".cell", "required: where the station stands, [col, row]");
        } else if (x.cell().col() < 0 || x.cell().row() < 0 || x.cell().col() >= cols || x.cell().row() >= rows) {
            add.accept(p + ".cell", "cell " + x.cell() + " is outside the grid (" + cols + " x " + rows + ")");
        }
        positive(p + ".every", x.every());
        wholeTicks(p + ".every", x.every());
        notTooLong(p + ".latency", x.latency());
        if (x.latency() != null && x.latency().seconds() < 0) {
            add.accept(p + ".latency", "must be >= 0");
        }
    }

    /** Readings are taken at tick ends: an interval must be a whole number of time steps. */
    private void wholeTicks(String p, SimDuration every) {
        long dt = s.timeStepSeconds();
        if (dt > 0 && every != null && every.seconds() > 0 && every.seconds() % dt != 0) {
            add.accept(p, "must be a whole number of time steps (" + SimDuration.format(dt) + "): readings are taken at "
                    + "the end of a tick");
        }
    }

    private boolean needsFlood(String p) {
        if (flood == null) {
            add.accept(p, "needs a flood hazard, and this scenario has none");
            return false;
        }
        return true;
    }

    private void depot(String p, String id) {
        if (s.forcesOrNone().depotsOrEmpty().stream().noneMatch(x -> x != null && x.id() != null && x.id().equals(id))) {
            add.accept(p, id == null ? "required: a depot id" : "no depot '" + id + "'");
        }
    }

    private void shelter(String p, String id) {
        if (s.forcesOrNone().sheltersOrEmpty().stream().noneMatch(x -> x != null && x.id() != null && x.id().equals(id))) {
            add.accept(p, id == null ? "required: a shelter id" : "no shelter '" + id + "'");
        }
    }

    private void percent(String p, Double v) {
        if (v == null) {
            add.accept(p, "required: a percentage");
        } else if (!(v > 0 && v <= 100)) {
            add.accept(p, "must be a percentage above 0 and at most 100");
        }
    }

    private void positiveNumber(String p, Double v, String unit) {
        if (v == null) {
            add.accept(p, "required (" + unit + ")");
        } else if (!(v > 0)) {
            add.accept(p, "must be > 0 (" + unit + ")");
        }
    }

    private void atLeastOne(String p, Long v) {
        if (v == null || v < 1) {
            add.accept(p, "required: a count of at least 1");
        }
    }

    private void positive(String p, SimDuration d) {
        if (d != null && d.seconds() <= 0) {
            add.accept(p, "must be longer than 0 s");
        } else {
            notTooLong(p, d);
        }
    }

    private void notTooLong(String p, SimDuration d) {
        if (d != null && d.seconds() > Bounds.MAX_WAIT_SECONDS) {
            add.accept(p, "must be at most " + SimDuration.format(Bounds.MAX_WAIT_SECONDS) + ", the longest scenario");
        }
    }
}

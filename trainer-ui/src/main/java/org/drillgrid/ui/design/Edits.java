package org.drillgrid.ui.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.drillgrid.model.hazard.HazardSpec;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Layers;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;

/** Copies of the scenario's immutable records with one part replaced: the designer's edits. */
final class Edits {

    private Edits() {
    }

    static Scenario withId(Scenario s, String id) {
        return new Scenario(s.format(), id, s.name(), s.description(), s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), s.hazards(), s.forces(), s.drill());
    }

    static Scenario withText(Scenario s, LocalizedText name, LocalizedText description) {
        return new Scenario(s.format(), s.id(), name, description, s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), s.hazards(), s.forces(), s.drill());
    }

    static Scenario withTiming(Scenario s, String start, Long seed, org.drillgrid.model.scenario.SimDuration step,
            org.drillgrid.model.scenario.SimDuration duration) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), start, seed, step, duration,
                s.layers(), s.hazards(), s.forces(), s.drill());
    }

    /** The grid with another coordinate system (null: none); its cells, size and origin stay. */
    static Scenario withCrs(Scenario s, String crs) {
        var g = s.grid();
        var grid = new org.drillgrid.model.scenario.GridSpec(g.cols(), g.rows(), g.cellSize(), g.originX(), g.originY(), crs);
        return new Scenario(s.format(), s.id(), s.name(), s.description(), grid, s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), s.hazards(), s.forces(), s.drill());
    }

    static Scenario withLayers(Scenario s, Layers layers) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), layers, s.hazards(), s.forces(), s.drill());
    }

    static Scenario withHazards(Scenario s, List<HazardSpec> hazards) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), hazards.isEmpty() ? null : List.copyOf(hazards), s.forces(), s.drill());
    }

    static Scenario withForces(Scenario s, Forces forces) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), s.hazards(), forces, s.drill());
    }

    static Scenario withDrill(Scenario s, Drill drill) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(), s.timeStep(),
                s.duration(), s.layers(), s.hazards(), s.forces(), drill);
    }

    static Layers withLayer(Layers l, String name, LayerSpec spec) {
        Layers base = l == null ? new Layers(null, null, null, null, null) : l;
        return switch (name) {
            case "elevation" -> new Layers(spec, base.landUse(), base.population(), base.buildings(), base.roads());
            case "landUse" -> new Layers(base.elevation(), spec, base.population(), base.buildings(), base.roads());
            case "population" -> new Layers(base.elevation(), base.landUse(), spec, base.buildings(), base.roads());
            case "buildings" -> new Layers(base.elevation(), base.landUse(), base.population(), spec, base.roads());
            case "roads" -> new Layers(base.elevation(), base.landUse(), base.population(), base.buildings(), spec);
            default -> throw new IllegalArgumentException("no layer '" + name + "'");
        };
    }

    static Forces teams(Forces f, List<Team> teams) {
        return new Forces(nullIfEmpty(teams), f.depots(), f.shelters());
    }

    static Forces depots(Forces f, List<Depot> depots) {
        return new Forces(f.teams(), nullIfEmpty(depots), f.shelters());
    }

    static Forces shelters(Forces f, List<Shelter> shelters) {
        return new Forces(f.teams(), f.depots(), nullIfEmpty(shelters));
    }

    static Drill drill(Drill d) {
        return d == null ? new Drill(null, null, null, null, null, null) : d;
    }

    static Drill places(Drill d, List<org.drillgrid.model.drill.Place> places) {
        return new Drill(d.targets(), d.objectives(), nullIfEmpty(places), d.injects(), d.sensors(), d.informants());
    }

    static Drill sensors(Drill d, List<org.drillgrid.model.drill.Sensor> sensors) {
        return new Drill(d.targets(), d.objectives(), d.places(), d.injects(), nullIfEmpty(sensors), d.informants());
    }

    static Drill injects(Drill d, List<org.drillgrid.model.scenario.Inject> injects) {
        return new Drill(d.targets(), d.objectives(), d.places(), nullIfEmpty(injects), d.sensors(), d.informants());
    }

    static Drill objectives(Drill d, List<org.drillgrid.model.drill.Objective> objectives) {
        return new Drill(d.targets(), nullIfEmpty(objectives), d.places(), d.injects(), d.sensors(), d.informants());
    }

    static Drill targets(Drill d, org.drillgrid.model.scenario.Targets targets) {
        return new Drill(targets, d.objectives(), d.places(), d.injects(), d.sensors(), d.informants());
    }

    /** The list with the first item matching {@code which} replaced (or removed when {@code by} gives null). */
    static <T> List<T> replace(List<T> list, Predicate<T> which, Function<T, T> by) {
        List<T> out = new ArrayList<>();
        boolean done = false;
        for (T item : list == null ? List.<T>of() : list) {
            if (!done && which.test(item)) {
                done = true;
                T next = by.apply(item);
                if (next != null) {
                    out.add(next);
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        out.add(item);
        return out;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }

    /**
     * Every id the document gives: teams, depots, shelters, injects, places, objectives and sensors share one
     * namespace (the validator refuses an id used twice among them).
     */
    static java.util.Set<String> ids(Scenario s) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        Forces f = s.forcesOrNone();
        f.teamsOrEmpty().forEach(x -> ids.add(x.id()));
        f.depotsOrEmpty().forEach(x -> ids.add(x.id()));
        f.sheltersOrEmpty().forEach(x -> ids.add(x.id()));
        Drill d = s.drillOrEmpty();
        d.injectsOrEmpty().forEach(x -> ids.add(x.id()));
        d.placesOrEmpty().forEach(x -> ids.add(x.id()));
        d.objectivesOrEmpty().forEach(x -> ids.add(x.id()));
        d.sensorsOrEmpty().forEach(x -> ids.add(x.id()));
        return ids;
    }

    /** A fresh id {@code prefix-N} not among {@code taken}. */
    static String freshId(String prefix, java.util.Collection<String> taken) {
        for (int i = 1;; i++) {
            String id = prefix + "-" + i;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}

package org.drillgrid.model.drill;

import java.util.List;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;

/**
 * Where a drill script names the scenario's things by id, and renaming one there: the places of areas
 * (a named place, shelter or depot), the depot and shelter of conditions, the shelter and levee of
 * effects, and the targets of expected actions. Ids are unique across a scenario, so an id names one
 * thing whatever its kind. Injects named by other injects and objectives are the drill editor's own
 * business (it renames those with the inject).
 */
public final class References {

    private References() {
    }

    /** The script with every reference to {@code from} made to {@code to}; the same object when none. */
    public static Drill renamed(Drill drill, String from, String to) {
        if (drill == null || drill.injects() == null || from.equals(to)) {
            return drill;
        }
        List<Inject> injects = drill.injects().stream().map(i -> renamed(i, from, to)).toList();
        if (injects.equals(drill.injects())) {
            return drill;
        }
        return new Drill(drill.targets(), drill.objectives(), drill.places(), injects, drill.sensors(),
                drill.informants());
    }

    private static Inject renamed(Inject i, String from, String to) {
        List<Expectation> expect = i.expect() == null ? null : i.expect().stream()
                .map(e -> from.equals(e.target()) ? new Expectation(e.order(), to, e.within(), e.lookBack()) : e).toList();
        return new Inject(i.id(), i.at(), renamed(i.when(), from, to), i.after(), i.delay(), i.audience(), i.channel(),
                i.message(), renamed(i.effect(), from, to), expect);
    }

    private static Condition renamed(Condition c, String from, String to) {
        if (c instanceof Condition.WaterDepth w) {
            return new Condition.WaterDepth(area(w.at(), from, to), w.above());
        } else if (c instanceof Condition.DepotStock d && from.equals(d.depot())) {
            return new Condition.DepotStock(to, d.item(), d.belowPercent());
        } else if (c instanceof Condition.PeopleTrapped p) {
            return new Condition.PeopleTrapped(p.atLeast(), area(p.area(), from, to));
        } else if (c instanceof Condition.ShelterOccupancy s && from.equals(s.shelter())) {
            return new Condition.ShelterOccupancy(to, s.abovePercent());
        } else if (c instanceof Condition.FireNear f) {
            return new Condition.FireNear(area(f.at(), from, to), f.km());
        }
        return c;
    }

    private static Effect renamed(Effect e, String from, String to) {
        if (e instanceof Effect.Breach b && from.equals(b.levee())) {
            return new Effect.Breach(to, b.to(), b.over());
        } else if (e instanceof Effect.Outage o) {
            return new Effect.Outage(o.kind(), area(o.area(), from, to), o.duration());
        } else if (e instanceof Effect.RoadCollapse r) {
            return new Effect.RoadCollapse(area(r.area(), from, to));
        } else if (e instanceof Effect.ShelterLost s && from.equals(s.shelter())) {
            return new Effect.ShelterLost(to);
        } else if (e instanceof Effect.Aftershock a) {
            return new Effect.Aftershock(area(a.at(), from, to), a.magnitude());
        } else if (e instanceof Effect.Ignition g) {
            return new Effect.Ignition(area(g.at(), from, to));
        }
        return e;
    }

    private static AreaRef area(AreaRef a, String from, String to) {
        return a != null && from.equals(a.place()) ? AreaRef.place(to) : a;
    }
}

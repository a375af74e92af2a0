package org.drillgrid.model.scenario;

import java.util.List;
import org.drillgrid.model.drill.Informants;
import org.drillgrid.model.drill.Objective;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.Sensor;

/**
 * The drill script (docs/drill-format.md): the targets the exercise is scored against, its objectives,
 * the named places the script refers to, its injects, and the sensors and information officers whose
 * reports are all the trainees see of the world.
 */
public record Drill(Targets targets, List<Objective> objectives, List<Place> places, List<Inject> injects,
        List<Sensor> sensors, Informants informants) {

    /** A script with targets and injects only. */
    public Drill(Targets targets, List<Inject> injects) {
        this(targets, null, null, injects, null, null);
    }

    public List<Inject> injectsOrEmpty() {
        return injects == null ? List.of() : injects;
    }

    public List<Objective> objectivesOrEmpty() {
        return objectives == null ? List.of() : objectives;
    }

    public List<Place> placesOrEmpty() {
        return places == null ? List.of() : places;
    }

    public List<Sensor> sensorsOrEmpty() {
        return sensors == null ? List.of() : sensors;
    }

    public java.util.Optional<Place> place(String id) {
        return placesOrEmpty().stream().filter(p -> p != null && id != null && id.equals(p.id())).findFirst();
    }

    public java.util.Optional<Inject> inject(String id) {
        return injectsOrEmpty().stream().filter(i -> i != null && id != null && id.equals(i.id())).findFirst();
    }
}

package org.drillgrid.model.scenario;

import java.util.List;

/** The drill script: the targets the exercise is scored against and its timed injects. */
public record Drill(Targets targets, List<Inject> injects) {

    public List<Inject> injectsOrEmpty() {
        return injects == null ? List.of() : injects;
    }
}

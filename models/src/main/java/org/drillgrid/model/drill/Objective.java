package org.drillgrid.model.drill;

import java.util.List;
import org.drillgrid.model.scenario.LocalizedText;

/** An exercise objective, the capabilities it tests (e.g. public-warning, mass-care) and how it is evaluated. */
public record Objective(String id, LocalizedText name, List<String> capabilities, List<Criterion> criteria) {

    public List<String> capabilitiesOrEmpty() {
        return capabilities == null ? List.of() : capabilities;
    }

    public List<Criterion> criteriaOrEmpty() {
        return criteria == null ? List.of() : criteria;
    }
}

package org.drillgrid.model.order;

import java.util.List;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.scenario.Scenario;

/**
 * What a scenario lets its orders do, read from the document alone: the team tasks that can succeed in it
 * (no levee task without a levee or dam, no fireline without a fire) and the levees a team can reinforce.
 * An order form offers these; the engine refuses the rest with a reason (docs/drill-format.md).
 */
public final class OrderOptions {

    /** Every team task, as {@code dispatch-team} names it. */
    public static final List<String> TASKS = List.of("rescue", "evacuate", "pump", "reinforce-levee", "clear-road",
            "restore-comms", "fireline");

    private OrderOptions() {
    }

    /** The ids of the flood's levees and dams, in document order. */
    public static List<String> levees(Scenario scenario) {
        return scenario.hazardsOrEmpty().stream().filter(FloodSpec.class::isInstance).map(FloodSpec.class::cast)
                .flatMap(f -> f.leveesOrEmpty().stream()).map(FloodSpec.Levee::id).toList();
    }

    /** Whether the scenario has a fire. */
    public static boolean hasFire(Scenario scenario) {
        return scenario.hazardsOrEmpty().stream().anyMatch(FireSpec.class::isInstance);
    }

    /** The team tasks that can succeed in the scenario, in the order of {@link #TASKS}. */
    public static List<String> tasks(Scenario scenario) {
        boolean levees = !levees(scenario).isEmpty();
        boolean fire = hasFire(scenario);
        return TASKS.stream().filter(t -> !t.equals("reinforce-levee") || levees)
                .filter(t -> !t.equals("fireline") || fire).toList();
    }
}

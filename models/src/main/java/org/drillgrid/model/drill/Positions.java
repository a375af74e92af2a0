package org.drillgrid.model.drill;

import java.util.List;

/**
 * The command-post positions a trainee can sit at: the 16 task groups (专班) of Xinzheng's flood-control
 * headquarters (../shared/DOMAIN.md). Injects, sensors and informants address them; orders are given as one.
 */
public final class Positions {

    public static final List<String> TASK_GROUPS = List.of("dispatch", "evacuation", "reservoirs-flash-floods",
            "urban-waterlogging", "geological-hazards", "south-north-canal", "rescue", "weather", "materials",
            "medical", "power-comms-transport", "publicity", "security-traffic", "livelihood", "villages",
            "experts");

    private Positions() {
    }

    public static boolean known(String position) {
        return TASK_GROUPS.contains(position);
    }
}

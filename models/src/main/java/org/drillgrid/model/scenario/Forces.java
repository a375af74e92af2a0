package org.drillgrid.model.scenario;

import java.util.List;

/** The response forces and facilities a scenario starts with. All lists optional (default empty). */
public record Forces(List<Team> teams, List<Depot> depots, List<Shelter> shelters) {

    public static final Forces NONE = new Forces(List.of(), List.of(), List.of());

    public List<Team> teamsOrEmpty() {
        return teams == null ? List.of() : teams;
    }

    public List<Depot> depotsOrEmpty() {
        return depots == null ? List.of() : depots;
    }

    public List<Shelter> sheltersOrEmpty() {
        return shelters == null ? List.of() : shelters;
    }
}

package org.drillgrid.model.scenario;

import java.util.List;

/** A rescue team: {@code size} people of a {@code level}, with {@code skills}, stationed at {@code base}. */
public record Team(String id, LocalizedText name, TeamLevel level, Integer size, List<TeamSkill> skills,
        CellRef base) {

    public List<TeamSkill> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }
}

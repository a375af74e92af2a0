package org.drillgrid.model.scenario;

import java.util.List;

/**
 * A rescue team: {@code size} people of a {@code level}, with {@code skills} and {@code equipment},
 * stationed at {@code base}. A team {@code onRequest} is not at hand from the start: it becomes available
 * {@code requestDelay} after the command post requests it.
 */
public record Team(String id, LocalizedText name, TeamLevel level, Integer size, List<TeamSkill> skills,
        CellRef base, TeamEquipment equipment, Boolean onRequest, SimDuration requestDelay) {

    private static final long MILITARY_REQUEST_DELAY = 6 * 3600;
    private static final long NEIGHBOURING_REQUEST_DELAY = 4 * 3600;
    private static final long OTHER_REQUEST_DELAY = 2 * 3600;

    public List<TeamSkill> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    /**
     * The equipment with every absent field filled in: a boat per 10 people for water rescue, a pump
     * per 15 for flood fighting, a life detector per 20 for urban search and rescue (at least one
     * when the team has the skill, none without it), pumps of {@link TeamEquipment#DEFAULT_PUMP_RATE}.
     */
    public TeamEquipment equipmentOrDefault() {
        TeamEquipment e = equipment == null ? new TeamEquipment(null, null, null, null) : equipment;
        return new TeamEquipment(
                e.boats() != null ? e.boats() : perPeople(TeamSkill.WATER_RESCUE, 10),
                e.pumps() != null ? e.pumps() : perPeople(TeamSkill.FLOOD_FIGHTING, 15),
                e.pumpRate() != null ? e.pumpRate() : TeamEquipment.DEFAULT_PUMP_RATE,
                e.lifeDetectors() != null ? e.lifeDetectors() : perPeople(TeamSkill.URBAN_SEARCH_RESCUE, 20));
    }

    /** Military and neighbouring-city teams come only when requested; the city's own are on hand. */
    public boolean onRequestOrDefault() {
        if (onRequest != null) {
            return onRequest;
        }
        return level == TeamLevel.MILITARY || level == TeamLevel.NEIGHBOURING;
    }

    /** Seconds from a request to arrival at the base: 6 h military, 4 h neighbouring, 2 h otherwise. */
    public long requestDelaySeconds() {
        if (requestDelay != null) {
            return requestDelay.seconds();
        }
        if (level == TeamLevel.MILITARY) {
            return MILITARY_REQUEST_DELAY;
        }
        return level == TeamLevel.NEIGHBOURING ? NEIGHBOURING_REQUEST_DELAY : OTHER_REQUEST_DELAY;
    }

    private int perPeople(TeamSkill skill, int people) {
        if (!skillsOrEmpty().contains(skill)) {
            return 0;
        }
        return Math.max(1, (size == null ? 0 : size) / people);
    }
}

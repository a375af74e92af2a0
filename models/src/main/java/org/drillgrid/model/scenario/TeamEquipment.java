package org.drillgrid.model.scenario;

/**
 * What a team brings besides people: assault {@code boats}, portable {@code pumps} of {@code pumpRate}
 * m³/h each, and {@code lifeDetectors}. As read, fields may be null; {@link Team#equipmentOrDefault()}
 * fills them from the team's size and skills.
 */
public record TeamEquipment(Integer boats, Integer pumps, Double pumpRate, Integer lifeDetectors) {

    /** m³/h per portable pump when the document gives none. */
    public static final double DEFAULT_PUMP_RATE = 300.0;
}

package org.drillgrid.engine.response;

import java.util.Locale;
import org.drillgrid.engine.people.Area;

/**
 * A job for a team. {@code cell} is where the team goes; {@code area} the area it works (rescue,
 * evacuation); {@code levee} the levee it reinforces; {@code shelter} where an evacuation goes.
 */
public record Task(Kind kind, int cell, Area area, String levee, String shelter) {

    /** The jobs teams do, with the skill each needs (docs/agents.md gives the work rates). */
    public enum Kind {
        /**
         * Bring trapped people out: by boat (water rescue, boats) from the water, or by digging (urban search
         * and rescue) from collapsed homes.
         */
        RESCUE,
        /** Go door to door telling an area to leave for a shelter: any team. */
        EVACUATE,
        /** Pump a flooded underpass or low spot: flood fighting, pumps. */
        PUMP,
        /** Sandbag a levee before it breaches: flood fighting. */
        REINFORCE_LEVEE,
        /** Clear debris from a road: urban search and rescue or flood fighting. */
        CLEAR_ROAD,
        /** Set up a portable satellite station where the network is out: communications. */
        RESTORE_COMMS,
        /** Cut fireline through the cells of an area, one after another: forest firefighting. */
        FIRELINE;

        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static Task rescue(Area area, int cols) {
        return new Task(Kind.RESCUE, area.centre(cols), area, null, null);
    }

    public static Task evacuate(Area area, String shelter, int cols) {
        return new Task(Kind.EVACUATE, area.centre(cols), area, null, shelter);
    }

    public static Task pump(int cell) {
        return new Task(Kind.PUMP, cell, null, null, null);
    }

    public static Task reinforceLevee(String levee) {
        return new Task(Kind.REINFORCE_LEVEE, -1, null, levee, null);
    }

    public static Task clearRoad(int cell) {
        return new Task(Kind.CLEAR_ROAD, cell, null, null, null);
    }

    public static Task fireline(Area area, int cols) {
        return new Task(Kind.FIRELINE, area.centre(cols), area, null, null);
    }

    public static Task restoreComms(int cell) {
        return new Task(Kind.RESTORE_COMMS, cell, null, null, null);
    }

    /** Short text for the event log. */
    public String describe(int cols) {
        String where = cell >= 0 ? " [" + cell % cols + ", " + cell / cols + "]" : "";
        return kind.json() + (levee != null ? " " + levee : "") + (area != null ? " area " + area : where)
                + (shelter != null ? " to " + shelter : "");
    }
}

package org.drillgrid.model.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Why the engine refused an order, as a stable {@code code} and its {@code args} (ids, counts), so that a
 * view can say it in its reader's language; {@link #english()} is the text the event log's {@code reason}
 * carries. The codes and their arguments are listed in docs/drill-format.md ("Refusals"). Refusals the
 * engine has not coded yet have only their English reason.
 */
@JsonPropertyOrder({"code", "args"})
public record Refusal(String code, List<String> args) {

    /** args: shelter. */
    public static final String NO_SHELTER = "no-shelter";
    /** args: shelter. The shelter is closed, or out of service (flooded, lost). */
    public static final String SHELTER_CLOSED = "shelter-closed";
    /** args: shelter, occupants, capacity. */
    public static final String SHELTER_FULL = "shelter-full";
    /** args: levee. The flood has levees or dams, but not this one. */
    public static final String NO_LEVEE = "no-levee";
    /** args: levee. The scenario has no levee or dam at all. */
    public static final String NO_LEVEE_IN_SCENARIO = "no-levee-in-scenario";
    /** args: none. A fireline task in a scenario without a fire. */
    public static final String NO_FIRE = "no-fire";
    /** args: depot. */
    public static final String NO_DEPOT = "no-depot";
    /** args: depot. */
    public static final String NO_TRUCKS = "no-trucks";
    /** args: none. */
    public static final String NO_ITEMS = "no-items";
    /** args: item. */
    public static final String UNKNOWN_ITEM = "unknown-item";
    /** args: item. */
    public static final String QUANTITY_NOT_POSITIVE = "quantity-not-positive";
    /** args: depot, then the items asked for, none of which it holds. */
    public static final String OUT_OF_STOCK = "out-of-stock";

    /** args: area, cols, rows. */
    public static final String AREA_OUTSIDE_GRID = "area-outside-grid";
    /** args: cell, cols, rows. */
    public static final String CELL_OUTSIDE_GRID = "cell-outside-grid";
    /** args: none. A team task whose cell is outside the grid. */
    public static final String TASK_OUTSIDE_GRID = "task-outside-grid";
    /** args: level asked. */
    public static final String WARNING_LEVEL = "warning-level";
    /** args: none. */
    public static final String NO_CHANNEL = "no-channel";
    /** args: cell, {@code closed} or {@code open}. */
    public static final String ROAD_ALREADY = "road-already";
    /** args: area. */
    public static final String NO_ROAD = "no-road";
    /** args: area, {@code closed} or {@code open}. */
    public static final String ROADS_ALREADY = "roads-already";
    /** args: the response level now: {@code none}, IV, III, II or I. */
    public static final String RESERVE_NEEDS_LEVEL = "reserve-needs-level";
    /** args: none. */
    public static final String RESPONSE_LEVEL_UNKNOWN = "response-level-unknown";
    /** args: the response level now: {@code none}, IV, III, II or I. */
    public static final String RESPONSE_ALREADY = "response-already";
    /** args: the stops there are. */
    public static final String NO_STOP = "no-stop";
    /** args: the stop asked, the stops there are. */
    public static final String UNKNOWN_STOP = "unknown-stop";
    /** args: {@code lifted} or {@code in-force}, area. */
    public static final String STOPS_ALREADY = "stops-already";
    /** args: seconds. */
    public static final String OUTAGE_DURATION = "outage-duration";
    /** args: team. */
    public static final String NO_TEAM = "no-team";
    /** args: team, its status. */
    public static final String TEAM_NOT_IN_RESERVE = "team-not-in-reserve";
    /** args: team, {@code standby} (held in reserve) or {@code travelling}. */
    public static final String TEAM_NOT_ARRIVED = "team-not-arrived";
    /** args: team, task, the skills or kit it lacks. */
    public static final String TEAM_CANNOT = "team-cannot";
    /** args: team, the task it is busy with. */
    public static final String TEAM_BUSY = "team-busy";
    /** args: shelter. */
    public static final String SHELTER_OUT_OF_SERVICE = "shelter-out-of-service";
    /** args: shelter. */
    public static final String SHELTER_FLOODED = "shelter-flooded";
    /** args: shelter, {@code open} or {@code closed}. */
    public static final String SHELTER_ALREADY = "shelter-already";
    /** args: depot, and the item when one was named. */
    public static final String NO_RESERVE = "no-reserve";
    /** args: inject. */
    public static final String NO_INJECT = "no-inject";
    /** args: inject, sim second it fired. */
    public static final String INJECT_FIRED = "inject-fired";
    /** args: inject id. */
    public static final String INJECT_ID_USED = "inject-id-used";
    /** args: the rule the inject breaks (English, with its JSON path). */
    public static final String INJECT_INVALID = "inject-invalid";
    /** args: none. A rain inject in a scenario without a flood. */
    public static final String NO_FLOOD = "no-flood";
    /** args: levee. A breach inject on a levee without a known breach bottom. */
    public static final String NO_BREACH = "no-breach";
    /** args: cell. An ignition where nothing can burn. */
    public static final String NOTHING_BURNS = "nothing-burns";
    /** args: the effect. An effect for a hazard the scenario does not have. */
    public static final String NO_HAZARD = "no-hazard";
    /** args: none. */
    public static final String NO_ROLE = "no-role";
    /** args: the field, and what is wrong with it (English). */
    public static final String BAD_FIELD = "bad-field";
    /** args: the exception's class. The lever broke; the exercise goes on. */
    public static final String LEVER_FAILED = "lever-failed";

    private static final String NOT_ACTIVATED = "not activated";

    public Refusal {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Refusal of(String code, Object... args) {
        return new Refusal(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private String arg(int i) {
        return i < args.size() ? args.get(i) : "?";
    }

    private static String level(String level) {
        return "none".equals(level) ? NOT_ACTIVATED : "at level " + level;
    }

    /** The reason in English, as the event log writes it. */
    public String english() {
        return switch (code) {
            case NO_SHELTER -> "no shelter '" + arg(0) + "'";
            case SHELTER_CLOSED -> "shelter '" + arg(0) + "' is closed";
            case SHELTER_FULL -> "shelter '" + arg(0) + "' is full (" + arg(1) + " of " + arg(2) + " places taken)";
            case NO_LEVEE -> "no levee '" + arg(0) + "'";
            case NO_LEVEE_IN_SCENARIO -> "no levee '" + arg(0) + "': the scenario has no levee or dam";
            case NO_FIRE -> "no fire in the scenario to cut a fireline against";
            case NO_DEPOT -> "no depot '" + arg(0) + "'";
            case NO_TRUCKS -> "depot '" + arg(0) + "' has no trucks";
            case NO_ITEMS -> "no items to send";
            case UNKNOWN_ITEM -> "unknown item '" + arg(0) + "'";
            case QUANTITY_NOT_POSITIVE -> arg(0) + ": quantity must be > 0";
            case OUT_OF_STOCK -> "depot '" + arg(0) + "' has none of " + String.join(", ", args.subList(
                    Math.min(1, args.size()), args.size()));
            case AREA_OUTSIDE_GRID -> "area " + arg(0) + " is not inside the grid (" + arg(1) + " x " + arg(2) + ")";
            case CELL_OUTSIDE_GRID -> "cell " + arg(0) + " is outside the grid (" + arg(1) + " x " + arg(2) + ")";
            case TASK_OUTSIDE_GRID -> "task cell is outside the grid";
            case WARNING_LEVEL -> "warning level must be 1 (blue) to 4 (red), is " + arg(0);
            case NO_CHANNEL -> "no channel given";
            case ROAD_ALREADY -> "road at " + arg(0) + " is already " + arg(1);
            case NO_ROAD -> "there is no road in " + arg(0);
            case ROADS_ALREADY -> "every road in " + arg(0) + " is already " + arg(1);
            case RESERVE_NEEDS_LEVEL -> "reserve teams are requested in a level II or I response; the response is "
                    + level(arg(0));
            case RESPONSE_LEVEL_UNKNOWN -> "response level must be IV, III, II, I or none";
            case RESPONSE_ALREADY -> "the response is already " + level(arg(0));
            case NO_STOP -> "no stop given; one or more of " + arg(0);
            case UNKNOWN_STOP -> "unknown stop '" + arg(0) + "'; one of " + arg(1);
            case STOPS_ALREADY -> "those stops are already " + ("lifted".equals(arg(0)) ? "lifted" : "in force")
                    + " over " + arg(1);
            case OUTAGE_DURATION -> "outage duration must be > 0 s, is " + arg(0);
            case NO_TEAM -> "no team '" + arg(0) + "'";
            case TEAM_NOT_IN_RESERVE -> "team '" + arg(0) + "' is not held in reserve (" + arg(1) + ")";
            case TEAM_NOT_ARRIVED -> "team '" + arg(0) + "' has not arrived: it is "
                    + ("standby".equals(arg(1)) ? "held in reserve (request it first)" : "on its way");
            case TEAM_CANNOT -> "team '" + arg(0) + "' cannot " + arg(1) + ": " + arg(2);
            case TEAM_BUSY -> "team '" + arg(0) + "' is busy (" + arg(1) + "); give replace: true to re-task it";
            case SHELTER_OUT_OF_SERVICE -> "shelter '" + arg(0) + "' is already out of service";
            case SHELTER_FLOODED -> "shelter '" + arg(0) + "' is flooded";
            case SHELTER_ALREADY -> "shelter '" + arg(0) + "' is already " + arg(1);
            case NO_RESERVE -> "depot '" + arg(0) + "' has no uncalled reserve" + (args.size() > 1 ? " of " + arg(1) : "");
            case NO_INJECT -> "no inject '" + arg(0) + "' in the script";
            case INJECT_FIRED -> "inject '" + arg(0) + "' already fired at t=" + arg(1) + " s";
            case INJECT_ID_USED -> "inject id '" + arg(0) + "' is already used by the script";
            case INJECT_INVALID, BAD_FIELD -> String.join(": ", args);
            case NO_FLOOD -> "no flood in this scenario";
            case NO_BREACH -> "no levee '" + arg(0) + "' with a known breach bottom";
            case NOTHING_BURNS -> "nothing can burn at " + arg(0);
            case NO_HAZARD -> "this scenario has no hazard for it";
            case NO_ROLE -> "role: required: the position giving the order";
            case LEVER_FAILED -> "the order could not be carried out (" + arg(0) + ")";
            default -> code + (args.isEmpty() ? "" : " " + String.join(", ", args));
        };
    }
}

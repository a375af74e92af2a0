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

    public Refusal {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Refusal of(String code, Object... args) {
        return new Refusal(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private String arg(int i) {
        return i < args.size() ? args.get(i) : "?";
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
            default -> code + (args.isEmpty() ? "" : " " + String.join(", ", args));
        };
    }
}

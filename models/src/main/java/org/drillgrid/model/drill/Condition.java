package org.drillgrid.model.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A condition on the simulation's ground truth that fires a state-triggered inject ({@code when}). It is
 * evaluated at the end of every tick; the inject fires at the end of the first tick where it holds.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Condition.WaterDepth.class, name = "water-depth"),
        @JsonSubTypes.Type(value = Condition.DepotStock.class, name = "depot-stock"),
        @JsonSubTypes.Type(value = Condition.PeopleTrapped.class, name = "people-trapped"),
        @JsonSubTypes.Type(value = Condition.Deaths.class, name = "deaths"),
        @JsonSubTypes.Type(value = Condition.ShelterOccupancy.class, name = "shelter-occupancy"),
        @JsonSubTypes.Type(value = Condition.RainRate.class, name = "rain-rate"),
        @JsonSubTypes.Type(value = Condition.FireNear.class, name = "fire-near")})
public sealed interface Condition {

    /** The deepest water anywhere in {@code at} is above {@code above} metres. */
    record WaterDepth(AreaRef at, Double above) implements Condition {
    }

    /**
     * A depot's stock (of {@code item}, or of everything by mass when absent) has fallen below
     * {@code belowPercent} of what it held at the start.
     */
    record DepotStock(String depot, String item, Double belowPercent) implements Condition {
    }

    /** At least {@code atLeast} people are trapped (in {@code area}, or anywhere). */
    record PeopleTrapped(Long atLeast, AreaRef area) implements Condition {
    }

    /** At least {@code atLeast} people have died. */
    record Deaths(Long atLeast) implements Condition {
    }

    /** A shelter holds more than {@code abovePercent} of its capacity. */
    record ShelterOccupancy(String shelter, Double abovePercent) implements Condition {
    }

    /** Rain over the grid falls harder than {@code above} mm/h. */
    record RainRate(Double above) implements Condition {
    }

    /** A fire burns within {@code km} of {@code at}; needs a fire hazard in the scenario. */
    record FireNear(AreaRef at, Double km) implements Condition {
    }
}

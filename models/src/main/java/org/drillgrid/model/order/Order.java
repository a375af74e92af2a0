package org.drillgrid.model.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.drill.AreaRef;

/**
 * An order of a command-post position. {@code t}: the sim second it takes effect (orders given live get
 * the time of the tick they are applied in); {@code role}: the position giving it. Places are named ids
 * from the scenario or {@code {"cells": [col0, row0, col1, row1]}}. Whether it can be carried out is
 * decided by the engine against the state at that time; a refused order changes nothing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Order.Warn.class, name = "warn"),
        @JsonSubTypes.Type(value = Order.Evacuate.class, name = "evacuate"),
        @JsonSubTypes.Type(value = Order.OpenShelter.class, name = "open-shelter"),
        @JsonSubTypes.Type(value = Order.CloseShelter.class, name = "close-shelter"),
        @JsonSubTypes.Type(value = Order.CloseRoad.class, name = "close-road"),
        @JsonSubTypes.Type(value = Order.DispatchTeam.class, name = "dispatch-team"),
        @JsonSubTypes.Type(value = Order.RequestReinforcement.class, name = "request-reinforcement"),
        @JsonSubTypes.Type(value = Order.DispatchMaterials.class, name = "dispatch-materials"),
        @JsonSubTypes.Type(value = Order.CallReserve.class, name = "call-reserve"),
        @JsonSubTypes.Type(value = Order.SetResponseLevel.class, name = "set-response-level"),
        @JsonSubTypes.Type(value = Order.FiveStops.class, name = "five-stops"),
        @JsonSubTypes.Type(value = Order.RestoreComms.class, name = "restore-comms")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Order {

    /** The order types, as written in {@code type}. */
    List<String> TYPES = List.of("warn", "evacuate", "open-shelter", "close-shelter", "close-road", "dispatch-team",
            "request-reinforcement", "dispatch-materials", "call-reserve", "set-response-level", "five-stops",
            "restore-comms");

    /** The five stops (五停) a command can order for an area. */
    List<String> STOPS = List.of("classes", "transport", "production", "business", "construction");

    Long t();

    String role();

    /** The same order at another time (live orders are stamped when applied). */
    Order at(long t);

    /** Its {@code type} name. */
    @JsonIgnore
    default String typeName() {
        return org.drillgrid.model.json.Json.typeName(Order.class, this);
    }

    /** What it acts on (a shelter, team, depot, place, level), for expectations and the log. */
    @JsonIgnore
    String target();

    /** Warn an area: level 1 (blue) to 4 (red), through channels (absent: all five). */
    record Warn(Long t, String role, AreaRef area, Integer level, List<String> channels) implements Order {
        public Order at(long t) {
            return new Warn(t, role, area, level, channels);
        }

        public String target() {
            return String.valueOf(area);
        }
    }

    /** Order an area to evacuate to a shelter, through channels (absent: all five). */
    record Evacuate(Long t, String role, AreaRef area, String shelter, List<String> channels) implements Order {
        public Order at(long t) {
            return new Evacuate(t, role, area, shelter, channels);
        }

        public String target() {
            return shelter;
        }
    }

    record OpenShelter(Long t, String role, String shelter) implements Order {
        public Order at(long t) {
            return new OpenShelter(t, role, shelter);
        }

        public String target() {
            return shelter;
        }
    }

    record CloseShelter(Long t, String role, String shelter) implements Order {
        public Order at(long t) {
            return new CloseShelter(t, role, shelter);
        }

        public String target() {
            return shelter;
        }
    }

    /** Close the roads (and underpasses) in an area to the public; {@code reopen: true} opens them again. */
    record CloseRoad(Long t, String role, AreaRef area, Boolean reopen) implements Order {
        public Order at(long t) {
            return new CloseRoad(t, role, area, reopen);
        }

        public String target() {
            return String.valueOf(area);
        }
    }

    /**
     * Send a team on a task: {@code rescue}, {@code evacuate} (to {@code shelter}), {@code pump},
     * {@code reinforce-levee} ({@code levee}), {@code clear-road}, {@code restore-comms}, {@code fireline}
     * (cut through the area's cells); {@code area} is where (not for reinforce-levee). A team busy with another task is only re-tasked with
     * {@code replace: true}.
     */
    record DispatchTeam(Long t, String role, String team, String task, AreaRef area, String levee, String shelter,
            Boolean replace) implements Order {
        public Order at(long t) {
            return new DispatchTeam(t, role, team, task, area, levee, shelter, replace);
        }

        public String target() {
            return team;
        }
    }

    /** Ask for an on-request team (military, neighbouring region) to come. */
    record RequestReinforcement(Long t, String role, String team) implements Order {
        public Order at(long t) {
            return new RequestReinforcement(t, role, team);
        }

        public String target() {
            return team;
        }
    }

    /** Send items (catalogue id to count) from a depot to a shelter by the depot's trucks. */
    record DispatchMaterials(Long t, String role, String depot, String shelter, Map<String, Long> items)
            implements Order {
        public Order at(long t) {
            return new DispatchMaterials(t, role, depot, shelter, items);
        }

        public String target() {
            return shelter;
        }
    }

    /** Call a depot's agreement and production reserves of an item (absent: all). */
    record CallReserve(Long t, String role, String depot, String item) implements Order {
        public Order at(long t) {
            return new CallReserve(t, role, depot, item);
        }

        public String target() {
            return depot;
        }
    }

    /** Set the emergency response level: "IV" (lowest) to "I" (highest), or "none" to end the response. */
    record SetResponseLevel(Long t, String role, String level) implements Order {
        public Order at(long t) {
            return new SetResponseLevel(t, role, level);
        }

        public String target() {
            return level;
        }
    }

    /** Order the five stops (or some: {@link #STOPS}) for an area; {@code lift: true} lifts them. */
    record FiveStops(Long t, String role, AreaRef area, List<String> stops, Boolean lift) implements Order {
        public Order at(long t) {
            return new FiveStops(t, role, area, stops, lift);
        }

        public String target() {
            return String.valueOf(area);
        }
    }

    /** Send a communications team with a portable satellite station to an area without network. */
    record RestoreComms(Long t, String role, String team, AreaRef area) implements Order {
        public Order at(long t) {
            return new RestoreComms(t, role, team, area);
        }

        public String target() {
            return team;
        }
    }
}

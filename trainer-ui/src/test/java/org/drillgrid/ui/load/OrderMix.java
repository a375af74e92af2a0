package org.drillgrid.ui.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamSkill;

/**
 * Plausible orders for each position of a flood headquarters, drawn from one scenario's places, teams,
 * shelters, depots and levees. Most can be carried out; some are refused by the engine as they would be in
 * an exercise (a busy team, a depot running short, reinforcements before a level II response, a shelter
 * another desk opened already, now and then a mistyped id). One per trainee: it remembers the one-off
 * orders it gave (open a shelter, close roads, the five stops, a response level, a reinforcement, a
 * reserve) and gives them again only when a few draws find nothing new. The caller's generator decides
 * everything, so a seed gives the same mix.
 */
final class OrderMix {

    /** The task groups of the Xinzheng flood headquarters, as trainee positions. */
    static final List<String> POSITIONS = List.of("dispatch", "evacuation", "reservoirs-flash-floods",
            "urban-waterlogging", "rescue", "weather", "materials", "medical", "power-comms-transport", "publicity",
            "security-traffic", "livelihood", "villages", "experts");

    /** How often a trainee mistypes a team or shelter id. */
    private static final double SLIP = 0.03;
    private static final List<String> CHANNELS = List.of("cell-broadcast", "tv-radio", "new-media", "loudspeaker",
            "door-to-door");
    private static final List<String> LEVELS = List.of("IV", "III", "II", "I");
    /** Draws for an order not given before, before a repeat is let through. */
    private static final int DRAWS = 5;

    private final List<String> places = new ArrayList<>();
    private final List<String> shelters = new ArrayList<>();
    private final List<String> levees = new ArrayList<>();
    private final List<Team> teams;
    private final List<Depot> depots;
    private final java.util.Set<String> given = new java.util.HashSet<>();

    OrderMix(Scenario scenario) {
        scenario.drillOrEmpty().placesOrEmpty().stream().map(Place::id).forEach(places::add);
        scenario.forcesOrNone().sheltersOrEmpty().stream().map(Shelter::id).forEach(shelters::add);
        scenario.hazardsOrEmpty().stream().filter(FloodSpec.class::isInstance).map(FloodSpec.class::cast)
                .flatMap(f -> f.leveesOrEmpty().stream()).map(FloodSpec.Levee::id).forEach(levees::add);
        teams = scenario.forcesOrNone().teamsOrEmpty();
        depots = scenario.forcesOrNone().depotsOrEmpty();
        if (places.isEmpty() || shelters.isEmpty() || teams.isEmpty() || depots.isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id()
                    + ": the load test needs drill places, shelters, teams and depots");
        }
    }

    /** An order a trainee at {@code position} might give now. */
    Order next(String position, Random rng) {
        Order order = draw(position, rng);
        for (int i = 1; i < DRAWS && oneOff(order) && given.contains(order.toString()); i++) {
            order = draw(position, rng);
        }
        if (oneOff(order)) {
            given.add(order.toString()); // records: equal orders have equal text
        }
        return order;
    }

    /** Orders that change a state once: given twice, the second is refused as already done. */
    private static boolean oneOff(Order o) {
        return o instanceof Order.OpenShelter || o instanceof Order.CloseRoad || o instanceof Order.FiveStops
                || o instanceof Order.SetResponseLevel || o instanceof Order.RequestReinforcement
                || o instanceof Order.CallReserve;
    }

    private Order draw(String position, Random rng) {
        return switch (position) {
            case "dispatch" -> oneOf(rng, () -> responseLevel(rng), () -> fiveStops(rng), () -> reinforcement(rng));
            case "evacuation" -> oneOf(rng, () -> evacuate(rng), () -> openShelter(rng),
                    () -> teamTask(rng, "evacuate", TeamSkill.WATER_RESCUE));
            case "reservoirs-flash-floods" -> oneOf(rng, () -> warn(rng, 3), () -> evacuate(rng), () -> levee(rng));
            case "urban-waterlogging" -> oneOf(rng, () -> teamTask(rng, "pump", TeamSkill.FLOOD_FIGHTING),
                    () -> closeRoad(rng));
            case "rescue" -> oneOf(rng, () -> teamTask(rng, "rescue", TeamSkill.WATER_RESCUE),
                    () -> teamTask(rng, "rescue", TeamSkill.WATER_RESCUE), () -> reinforcement(rng));
            case "weather", "publicity", "experts" -> warn(rng, 1);
            case "materials", "livelihood" -> oneOf(rng, () -> materials(rng), () -> materials(rng),
                    () -> reserve(rng), () -> openShelter(rng));
            case "medical" -> oneOf(rng, () -> teamTask(rng, "evacuate", TeamSkill.MEDICAL), () -> openShelter(rng));
            case "power-comms-transport" -> oneOf(rng, () -> comms(rng),
                    () -> teamTask(rng, "clear-road", TeamSkill.FLOOD_FIGHTING, TeamSkill.URBAN_SEARCH_RESCUE));
            case "security-traffic" -> oneOf(rng, () -> closeRoad(rng), () -> closeRoad(rng), () -> fiveStops(rng));
            case "villages" -> oneOf(rng, () -> evacuate(rng), () -> warn(rng, 2));
            default -> throw new IllegalArgumentException("position: unknown '" + position + "'");
        };
    }

    @SafeVarargs
    private static Order oneOf(Random rng, Supplier<Order>... choices) {
        return choices[rng.nextInt(choices.length)].get();
    }

    private Order warn(Random rng, int lowest) {
        List<String> channels = new ArrayList<>(CHANNELS);
        java.util.Collections.shuffle(channels, rng);
        return new Order.Warn(null, null, place(rng), lowest + rng.nextInt(5 - lowest),
                List.copyOf(channels.subList(0, 1 + rng.nextInt(channels.size()))));
    }

    private Order evacuate(Random rng) {
        return new Order.Evacuate(null, null, place(rng), shelter(rng), null);
    }

    private Order openShelter(Random rng) {
        return new Order.OpenShelter(null, null, shelter(rng));
    }

    private Order closeRoad(Random rng) {
        return new Order.CloseRoad(null, null, place(rng), rng.nextInt(4) == 0 ? Boolean.TRUE : null);
    }

    private Order fiveStops(Random rng) {
        return new Order.FiveStops(null, null, place(rng), null, null);
    }

    /** The response goes up a level at a time; now and then a desk asks again for the level in force. */
    private Order responseLevel(Random rng) {
        for (String level : LEVELS) {
            Order o = new Order.SetResponseLevel(null, null, level);
            if (!given.contains(o.toString())) {
                return o;
            }
        }
        return new Order.SetResponseLevel(null, null, LEVELS.get(rng.nextInt(LEVELS.size())));
    }

    private Order reinforcement(Random rng) {
        List<Team> onRequest = teams.stream().filter(Team::onRequestOrDefault).toList();
        List<Team> from = onRequest.isEmpty() ? teams : onRequest;
        return new Order.RequestReinforcement(null, null, from.get(rng.nextInt(from.size())).id());
    }

    private Order teamTask(Random rng, String task, TeamSkill... skills) {
        String shelter = task.equals("evacuate") ? shelter(rng) : null;
        Boolean replace = rng.nextInt(5) == 0 ? Boolean.TRUE : null;
        return new Order.DispatchTeam(null, null, team(rng, skills), task, place(rng), null, shelter, replace);
    }

    private Order levee(Random rng) {
        if (levees.isEmpty()) {
            return warn(rng, 3);
        }
        return new Order.DispatchTeam(null, null, team(rng, TeamSkill.FLOOD_FIGHTING), "reinforce-levee", null,
                levees.get(rng.nextInt(levees.size())), null, null);
    }

    private Order comms(Random rng) {
        return new Order.RestoreComms(null, null, team(rng, TeamSkill.COMMUNICATIONS), place(rng));
    }

    private Order materials(Random rng) {
        Depot depot = depots.get(rng.nextInt(depots.size()));
        List<Map.Entry<String, Long>> stock = new ArrayList<>(depot.stockOrEmpty().entrySet());
        if (stock.isEmpty()) {
            return reserve(rng);
        }
        java.util.Collections.shuffle(stock, rng);
        Map<String, Long> items = new LinkedHashMap<>();
        for (Map.Entry<String, Long> item : stock.subList(0, Math.min(stock.size(), 1 + rng.nextInt(2)))) {
            // a twentieth to a third of what the depot held at the start: it runs short as the exercise goes on
            long count = Math.round(item.getValue() * (0.05 + 0.28 * rng.nextDouble()) / 10) * 10;
            items.put(item.getKey(), Math.max(10, count));
        }
        return new Order.DispatchMaterials(null, null, depot.id(), shelter(rng), items);
    }

    private Order reserve(Random rng) {
        List<Depot> withReserves = depots.stream().filter(d -> !d.agreementsOrEmpty().isEmpty()).toList();
        if (withReserves.isEmpty()) {
            return new Order.CallReserve(null, null, depots.get(rng.nextInt(depots.size())).id(), null);
        }
        Depot depot = withReserves.get(rng.nextInt(withReserves.size()));
        List<Depot.Agreement> agreements = depot.agreementsOrEmpty();
        return new Order.CallReserve(null, null, depot.id(), agreements.get(rng.nextInt(agreements.size())).item());
    }

    private AreaRef place(Random rng) {
        return AreaRef.place(places.get(rng.nextInt(places.size())));
    }

    private String shelter(Random rng) {
        String id = shelters.get(rng.nextInt(shelters.size()));
        return rng.nextDouble() < SLIP ? id + "-2" : id;
    }

    /** A team with one of the skills (any team if none has them), now and then mistyped. */
    private String team(Random rng, TeamSkill... skills) {
        List<Team> able = teams.stream().filter(t -> t.skillsOrEmpty().stream().anyMatch(List.of(skills)::contains))
                .toList();
        List<Team> from = able.isEmpty() ? teams : able;
        String id = from.get(rng.nextInt(from.size())).id();
        return rng.nextDouble() < SLIP ? id.replaceFirst("-", "-no-") : id;
    }
}

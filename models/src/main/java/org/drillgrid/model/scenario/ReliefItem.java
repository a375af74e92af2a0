package org.drillgrid.model.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item that depots and shelters stock, as named in {@code stock}, {@code agreements} and
 * {@code production}: its {@code id}, {@code category}, what one {@code unit} is, and the unit's mass in kg
 * (what a truck carries). The catalog is fixed in format v1; an id outside it is a validation error.
 */
public record ReliefItem(String id, ItemCategory category, String unit, double unitKg) {

    /** One person-day of food. */
    public static final String FOOD = "food-rations";
    /** One person-day of drinking water. */
    public static final String WATER = "water-bottles";

    private static final List<ReliefItem> CATALOG = List.of(
            new ReliefItem("tents", ItemCategory.LIVING, "relief tent, 12 m2, sleeps 5", 40),
            new ReliefItem("folding-beds", ItemCategory.LIVING, "bed", 10),
            new ReliefItem("quilts", ItemCategory.LIVING, "quilt", 3),
            new ReliefItem("family-kits", ItemCategory.LIVING, "household kit", 5),
            new ReliefItem("generators", ItemCategory.LIVING, "generator, 3 kW", 60),
            new ReliefItem("water-purifiers", ItemCategory.WATER, "purification unit", 30),
            new ReliefItem("lighting", ItemCategory.LIVING, "portable light", 5),
            // Sphere Handbook (2018) minimum standards: 2100 kcal a person-day; 2.5-3 L a day to survive
            new ReliefItem(FOOD, ItemCategory.FOOD, "one person-day of food, 2100 kcal (Sphere)", 1.0),
            new ReliefItem(WATER, ItemCategory.WATER,
                    "one person-day of drinking water, 3 L (Sphere survival need 2.5-3 L)", 3.0),
            new ReliefItem("medical-kits", ItemCategory.MEDICAL, "first-aid kit", 8),
            new ReliefItem("life-jackets", ItemCategory.FLOOD, "jacket", 1),
            new ReliefItem("sandbags", ItemCategory.FLOOD, "empty woven bag", 0.1),
            new ReliefItem("pumps", ItemCategory.FLOOD, "portable pump", 150),
            new ReliefItem("assault-boats", ItemCategory.FLOOD, "boat with outboard", 300),
            new ReliefItem("life-detectors", ItemCategory.QUAKE, "life detector", 10),
            new ReliefItem("breaching-tools", ItemCategory.QUAKE, "tool set", 50),
            new ReliefItem("fire-extinguishers", ItemCategory.FIRE, "wind extinguisher", 15),
            new ReliefItem("satellite-phones", ItemCategory.COMMS, "phone", 1));

    private static final Map<String, ReliefItem> BY_ID = CATALOG.stream()
            .collect(Collectors.toUnmodifiableMap(ReliefItem::id, Function.identity()));

    /** The catalog entry of an item id; empty when the id is not in the catalog. */
    public static Optional<ReliefItem> of(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(id));
    }

    /** The whole catalog, in a fixed order (living, food and water first). */
    public static List<ReliefItem> all() {
        return CATALOG;
    }
}

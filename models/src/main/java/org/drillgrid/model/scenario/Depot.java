package org.drillgrid.model.scenario;

import java.util.List;
import java.util.Map;

/**
 * A material depot at {@code cell} holding {@code stock}: item id ({@link ReliefItem}) to quantity in
 * units of the item. It ships with {@code trucks} of {@code truckCapacityKg} each; contracted suppliers
 * ({@code agreements}) and production reserves ({@code production}) refill it once called.
 */
public record Depot(String id, LocalizedText name, DepotLevel level, CellRef cell, Map<String, Long> stock,
        Integer trucks, Double truckCapacityKg, List<Agreement> agreements, List<Production> production) {

    public static final double DEFAULT_TRUCK_CAPACITY_KG = 5000;

    /**
     * A contracted supplier (a supermarket chain, a bottled-water plant): once called, it delivers
     * {@code quantity} units of {@code item} into the depot {@code leadTime} later.
     */
    public record Agreement(String item, Long quantity, SimDuration leadTime) {
    }

    /**
     * A production-capacity reserve: once called, from {@code startDelay} later it adds {@code perDay}
     * units of {@code item} a day to the depot.
     */
    public record Production(String item, Long perDay, SimDuration startDelay) {

        public static final long DEFAULT_START_DELAY = 24 * 3600;

        /** Seconds from the call to the first output; 24 h when the document gives none. */
        public long startDelaySeconds() {
            return startDelay == null ? DEFAULT_START_DELAY : startDelay.seconds();
        }
    }

    public Map<String, Long> stockOrEmpty() {
        return stock == null ? Map.of() : stock;
    }

    /** Trucks the depot dispatches at once: 6 city, 4 county, 2 township (0 without a level). */
    public int trucksOrDefault() {
        if (trucks != null) {
            return trucks;
        }
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case CITY -> 6;
            case COUNTY -> 4;
            case TOWNSHIP -> 2;
        };
    }

    /** Payload of one truck, kg; a 5 t light truck when the document gives none. */
    public double truckCapacityKgOrDefault() {
        return truckCapacityKg == null ? DEFAULT_TRUCK_CAPACITY_KG : truckCapacityKg;
    }

    public List<Agreement> agreementsOrEmpty() {
        return agreements == null ? List.of() : agreements;
    }

    public List<Production> productionOrEmpty() {
        return production == null ? List.of() : production;
    }
}

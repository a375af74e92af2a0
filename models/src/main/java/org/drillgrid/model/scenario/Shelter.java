package org.drillgrid.model.scenario;

import java.util.Map;

/**
 * An emergency shelter (park, school, square, stadium ...) at {@code cell} holding {@code capacity} people.
 * {@code open}: whether it is open at the start; {@code stock}: what it holds on site (item id to quantity,
 * as a depot's).
 */
public record Shelter(String id, LocalizedText name, String kind, CellRef cell, Integer capacity, Boolean open,
        Map<String, Long> stock) {

    public boolean openOrDefault() {
        return open == null || open;
    }

    public Map<String, Long> stockOrEmpty() {
        return stock == null ? Map.of() : stock;
    }
}

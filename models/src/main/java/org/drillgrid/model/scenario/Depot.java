package org.drillgrid.model.scenario;

import java.util.Map;

/** A material depot at {@code cell} holding {@code stock}: item name to quantity (units of the item). */
public record Depot(String id, LocalizedText name, DepotLevel level, CellRef cell, Map<String, Long> stock) {

    public Map<String, Long> stockOrEmpty() {
        return stock == null ? Map.of() : stock;
    }
}

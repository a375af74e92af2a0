package org.drillgrid.model.validate;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamEquipment;

/**
 * The logistics rules of teams, depots and shelters (equipment, call-up delays, stock, trucks, supply
 * agreements, production reserves), reported through the validator's {@code add(path, message)}. Ids and
 * cells, which need the whole document, stay with the validator.
 */
final class ForcesRules {

    /** Longest call-up, lead or start-up delay: beyond a week the response is another scenario. */
    static final long MAX_DELAY = 7L * 86_400;

    private ForcesRules() {
    }

    static void team(Team t, String p, BiConsumer<String, String> add) {
        TeamEquipment e = t.equipment();
        if (e != null) {
            notNegative(p + ".equipment.boats", e.boats(), add);
            notNegative(p + ".equipment.pumps", e.pumps(), add);
            if (e.pumpRate() != null && !(e.pumpRate() > 0)) {
                add.accept(p + ".equipment.pumpRate", "must be > 0 (m³/h per pump)");
            } else if (e.pumpRate() != null && e.pumpRate() > Bounds.MAX_PUMP_RATE) {
                add.accept(p + ".equipment.pumpRate", "must be at most " + (long) Bounds.MAX_PUMP_RATE + " (m³/h per pump)");
            }
            notNegative(p + ".equipment.lifeDetectors", e.lifeDetectors(), add);
        }
        delay(p + ".requestDelay", t.requestDelay(), add);
    }

    static void depot(Depot d, String p, BiConsumer<String, String> add) {
        stock(d.stockOrEmpty(), p + ".stock", add);
        if (d.trucks() != null && d.trucks() < 0) {
            add.accept(p + ".trucks", "must be >= 0");
        } else if (d.trucks() != null && d.trucks() > Bounds.MAX_TRUCKS) {
            add.accept(p + ".trucks", "must be at most " + Bounds.MAX_TRUCKS);
        }
        if (d.truckCapacityKg() != null && !(d.truckCapacityKg() > 0)) {
            add.accept(p + ".truckCapacityKg", "must be > 0 (kg per truck)");
        } else if (d.truckCapacityKg() != null && d.truckCapacityKg() > Bounds.MAX_TRUCK_KG) {
            add.accept(p + ".truckCapacityKg", "must be at most " + (long) Bounds.MAX_TRUCK_KG + " (kg per truck)");
        }
        List<Depot.Agreement> agreements = d.agreementsOrEmpty();
        for (int i = 0; i < agreements.size(); i++) {
            Depot.Agreement a = agreements.get(i);
            String ap = p + ".agreements[" + i + "]";
            if (a != null) {
                item(ap + ".item", a.item(), add);
                positiveCount(ap + ".quantity", a.quantity(), "units delivered", add);
                if (a.leadTime() == null) {
                    add.accept(ap + ".leadTime", "is required: time from the call to delivery");
                } else {
                    delay(ap + ".leadTime", a.leadTime(), add);
                }
            }
        }
        List<Depot.Production> production = d.productionOrEmpty();
        for (int i = 0; i < production.size(); i++) {
            Depot.Production r = production.get(i);
            String rp = p + ".production[" + i + "]";
            if (r != null) {
                item(rp + ".item", r.item(), add);
                positiveCount(rp + ".perDay", r.perDay(), "units a day", add);
                delay(rp + ".startDelay", r.startDelay(), add);
            }
        }
    }

    static void shelter(Shelter s, String p, BiConsumer<String, String> add) {
        stock(s.stockOrEmpty(), p + ".stock", add);
    }

    /** Every key an item of the catalog, every quantity >= 0 (null quantities failed to bind). */
    private static void stock(Map<String, Long> stock, String p, BiConsumer<String, String> add) {
        stock.forEach((id, qty) -> {
            if (ReliefItem.of(id).isEmpty()) {
                add.accept(p + "." + id, unknownItem(id));
            } else if (qty != null && qty < 0) {
                add.accept(p + "." + id, "must be >= 0");
            } else if (qty != null && qty > Bounds.MAX_QUANTITY) {
                add.accept(p + "." + id, "must be at most " + Bounds.MAX_QUANTITY);
            }
        });
    }

    private static void item(String path, String id, BiConsumer<String, String> add) {
        if (id == null) {
            add.accept(path, "is required: an item id (" + knownItems() + ")");
        } else if (ReliefItem.of(id).isEmpty()) {
            add.accept(path, unknownItem(id));
        }
    }

    private static String unknownItem(String id) {
        return "unknown item '" + id + "' (known: " + knownItems() + ")";
    }

    private static String knownItems() {
        return ReliefItem.all().stream().map(ReliefItem::id).collect(Collectors.joining(", "));
    }

    private static void positiveCount(String path, Long value, String what, BiConsumer<String, String> add) {
        if (value == null) {
            add.accept(path, "is required: " + what + " > 0");
        } else if (value <= 0) {
            add.accept(path, "must be > 0");
        } else if (value > Bounds.MAX_QUANTITY) {
            add.accept(path, "must be at most " + Bounds.MAX_QUANTITY);
        }
    }

    private static void notNegative(String path, Integer value, BiConsumer<String, String> add) {
        if (value != null && value < 0) {
            add.accept(path, "must be >= 0");
        } else if (value != null && value > Bounds.MAX_TEAM) {
            add.accept(path, "must be at most " + Bounds.MAX_TEAM);
        }
    }

    private static void delay(String path, SimDuration d, BiConsumer<String, String> add) {
        if (d != null && (d.seconds() <= 0 || d.seconds() > MAX_DELAY)) {
            add.accept(path, "must be > 0 and at most 7d");
        }
    }
}

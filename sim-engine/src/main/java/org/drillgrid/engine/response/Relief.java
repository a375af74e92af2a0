package org.drillgrid.engine.response;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drillgrid.engine.Agenda;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.move.Mobility;
import org.drillgrid.engine.move.Mode;
import org.drillgrid.engine.move.Trip;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.engine.people.Shelters;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.Depot.Agreement;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Depot.Production;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Shelter;

/**
 * Shelters, depots and the trucks between them. A sheltered household is relieved (basic living relief:
 * a place, food and water) the moment its shelter holds a person-day of food and of drinking water for
 * each of its members; households are served in the order they arrived. Relieved people then eat and
 * drink a person-day a day, drawn hourly from the shelter's stock. Depots hold stock, call agreement
 * reserves (delivered after a lead time) and production reserves (a daily output after a start-up
 * delay), and send trucks that carry up to their capacity in kg.
 */
public final class Relief implements Shelters {

    /** Water (m) at a shelter's cell that closes it; its people move to another shelter. */
    public static final double SHELTER_FLOODED = 0.5;
    static final double RETRY = 600;

    final class ShelterAgent {
        final Shelter spec;
        final int cell;
        final long capacity;
        boolean open;
        boolean floodedOut;
        long occupants;
        long relievedPersons;
        final Map<String, Long> stock = new TreeMap<>();
        final Map<String, Long> inbound = new TreeMap<>();
        final Deque<Integer> waiting = new ArrayDeque<>();
        final List<Integer> residents = new ArrayList<>();
        long peak;
        double foodOwed;

        ShelterAgent(Shelter spec, int cols) {
            this.spec = spec;
            this.cell = spec.cell().row() * cols + spec.cell().col();
            this.capacity = spec.capacity();
            this.open = spec.openOrDefault();
            spec.stockOrEmpty().forEach(stock::put);
        }
    }

    final class DepotAgent {
        final Depot spec;
        final int cell;
        final Map<String, Long> stock = new TreeMap<>();
        int idleTrucks;
        final double truckKg;
        final Deque<Load> queue = new ArrayDeque<>();
        final boolean[] agreementCalled;
        final boolean[] productionStarted;

        DepotAgent(Depot spec, int cols) {
            this.spec = spec;
            this.cell = spec.cell().row() * cols + spec.cell().col();
            spec.stockOrEmpty().forEach(stock::put);
            this.idleTrucks = spec.trucksOrDefault();
            this.truckKg = spec.truckCapacityKgOrDefault();
            this.agreementCalled = new boolean[spec.agreementsOrEmpty().size()];
            this.productionStarted = new boolean[spec.productionOrEmpty().size()];
        }
    }

    record Load(int shelter, Map<String, Long> items) {
    }

    final List<ShelterAgent> shelters = new ArrayList<>();
    final List<DepotAgent> depots = new ArrayList<>();
    /** Trucks on the road now, in the order they left (for maps; no decision reads it). */
    private final java.util.Set<Trip> onRoad = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>());
    private final Mobility mobility;
    private final Agenda agenda;
    private final EventSink events;
    private final Response.Stamp stamp;
    private People people;
    private Population pop;

    Relief(List<Shelter> shelterSpecs, List<Depot> depotSpecs, Mobility mobility, Agenda agenda, EventSink events,
            Response.Stamp stamp) {
        this.mobility = mobility;
        this.agenda = agenda;
        this.events = events;
        this.stamp = stamp;
        for (Shelter s : shelterSpecs) {
            shelters.add(new ShelterAgent(s, mobility.cols()));
        }
        for (Depot d : depotSpecs) {
            depots.add(new DepotAgent(d, mobility.cols()));
        }
    }

    void attach(People p) {
        this.people = p;
        this.pop = p.population();
    }

    // ---- Shelters, as households see them

    @Override
    public int count() {
        return shelters.size();
    }

    @Override
    public String id(int shelter) {
        return shelters.get(shelter).spec.id();
    }

    @Override
    public int cell(int shelter) {
        return shelters.get(shelter).cell;
    }

    @Override
    public boolean open(int shelter) {
        ShelterAgent s = shelters.get(shelter);
        return s.open && !s.floodedOut;
    }

    @Override
    public long room(int shelter) {
        ShelterAgent s = shelters.get(shelter);
        return s.capacity - s.occupants;
    }

    /** Persons in a shelter now. */
    long occupants(int shelter) {
        return shelters.get(shelter).occupants;
    }

    long capacity(int shelter) {
        return shelters.get(shelter).capacity;
    }

    @Override
    public void admit(int shelter, int h, double now) {
        ShelterAgent s = shelters.get(shelter);
        s.occupants += pop.size(h);
        s.peak = Math.max(s.peak, s.occupants);
        s.residents.add(h);
        s.waiting.add(h);
        serve(shelter, now);
        if (s.occupants >= s.capacity) {
            events.emit(new ShelterStatus(stamp.now(), s.spec.id(), true, s.occupants, "full"));
        }
    }

    int index(String shelterId) {
        for (int i = 0; i < shelters.size(); i++) {
            if (shelters.get(i).spec.id().equals(shelterId)) {
                return i;
            }
        }
        return -1;
    }

    int depotIndex(String depotId) {
        for (int i = 0; i < depots.size(); i++) {
            if (depots.get(i).spec.id().equals(depotId)) {
                return i;
            }
        }
        return -1;
    }

    /** Relieves waiting households in arrival order while the stock covers a person-day each. */
    private void serve(int shelter, double now) {
        ShelterAgent s = shelters.get(shelter);
        while (!s.waiting.isEmpty()) {
            int h = s.waiting.peek();
            long need = pop.size(h) - pop.dead(h);
            if (need > 0 && (s.stock.getOrDefault(ReliefItem.FOOD, 0L) < need
                    || s.stock.getOrDefault(ReliefItem.WATER, 0L) < need)) {
                return;
            }
            s.waiting.poll();
            s.stock.merge(ReliefItem.FOOD, -need, Long::sum);
            s.stock.merge(ReliefItem.WATER, -need, Long::sum);
            s.relievedPersons += need;
            people.relieved(h, s.spec.id(), now);
        }
    }

    /** Persons in a shelter not yet relieved. */
    long unrelieved(int shelter) {
        ShelterAgent s = shelters.get(shelter);
        long n = 0;
        for (int h : s.waiting) {
            n += pop.size(h);
        }
        return n;
    }

    /** Hourly: relieved people eat and drink a person-day a day from the shelter's stock. */
    void consume(double hours) {
        for (ShelterAgent s : shelters) {
            s.foodOwed += s.relievedPersons * hours / 24;
            long whole = (long) s.foodOwed;
            if (whole > 0) {
                s.foodOwed -= whole;
                s.stock.merge(ReliefItem.FOOD, -Math.min(whole, s.stock.getOrDefault(ReliefItem.FOOD, 0L)), Long::sum);
                s.stock.merge(ReliefItem.WATER, -Math.min(whole, s.stock.getOrDefault(ReliefItem.WATER, 0L)),
                        Long::sum);
            }
        }
    }

    /** Closes shelters whose cell is under {@link #SHELTER_FLOODED} of water and moves their people on. */
    void checkFlooding(double[] depthAtShelter, double now) {
        for (int i = 0; i < shelters.size(); i++) {
            if (!shelters.get(i).floodedOut && depthAtShelter[i] >= SHELTER_FLOODED) {
                outOfService(i, "flooded", now);
            }
        }
    }

    /** A shelter lost to an inject (damaged, cut off): out of service like a flooded one. */
    Result lose(String shelterId, double now) {
        int i = index(shelterId);
        if (i < 0) {
            return Result.coded(Refusal.NO_SHELTER, shelterId);
        }
        if (shelters.get(i).floodedOut) {
            return Result.coded(Refusal.SHELTER_OUT_OF_SERVICE, shelterId);
        }
        outOfService(i, "lost", now);
        return Result.OK;
    }

    private void outOfService(int i, String why, double now) {
        ShelterAgent s = shelters.get(i);
        s.floodedOut = true;
        events.emit(new ShelterStatus(stamp.now(), s.spec.id(), false, s.occupants, why));
        List<Integer> moving = new ArrayList<>(s.residents);
        s.residents.clear();
        s.waiting.clear();
        s.occupants = 0;
        s.relievedPersons = 0;
        people.relocate(i, moving, now);
    }

    /** Percent of a shelter's capacity taken now (0 for an unknown shelter). */
    double occupancyPercent(String shelterId) {
        int i = index(shelterId);
        if (i < 0) {
            return 0;
        }
        ShelterAgent s = shelters.get(i);
        return s.capacity <= 0 ? 0 : 100.0 * s.occupants / s.capacity;
    }

    /** Percent of its starting stock a depot holds (of an item, or of everything by mass when null). */
    double stockPercent(String depotId, String item) {
        int d = depotIndex(depotId);
        if (d < 0) {
            return 0;
        }
        DepotAgent depot = depots.get(d);
        double start = 0;
        double now = 0;
        for (Map.Entry<String, Long> e : depot.spec.stockOrEmpty().entrySet()) {
            if (item == null || item.equals(e.getKey())) {
                double kg = item == null ? org.drillgrid.model.scenario.ReliefItem.of(e.getKey())
                        .map(org.drillgrid.model.scenario.ReliefItem::unitKg).orElse(1.0) : 1.0;
                start += e.getValue() * kg;
                now += depot.stock.getOrDefault(e.getKey(), 0L) * kg;
            }
        }
        return start <= 0 ? 0 : 100.0 * now / start;
    }

    Result setOpen(String shelterId, boolean open, double now) {
        int i = index(shelterId);
        if (i < 0) {
            return Result.coded(Refusal.NO_SHELTER, shelterId);
        }
        ShelterAgent s = shelters.get(i);
        if (open && s.floodedOut) {
            return Result.coded(Refusal.SHELTER_FLOODED, shelterId);
        }
        if (s.open == open) {
            return Result.coded(Refusal.SHELTER_ALREADY, shelterId, open ? "open" : "closed");
        }
        s.open = open;
        events.emit(new ShelterStatus(stamp.now(), shelterId, open, s.occupants, open ? "opened" : "closed"));
        if (open) {
            people.retryStranded(now);
        }
        return Result.OK;
    }

    /**
     * Sends items from a depot to a shelter by truck: of each item what was asked for, or what the depot holds
     * when that is less; the {@code dispatched} event gives the shortfall. Refused when the depot holds none of
     * the items asked for (or the order is malformed, or the depot has no trucks).
     */
    Result dispatch(String depotId, String shelterId, Map<String, Long> items, double now) {
        int d = depotIndex(depotId);
        int s = index(shelterId);
        if (d < 0) {
            return Result.coded(Refusal.NO_DEPOT, depotId);
        }
        if (s < 0) {
            return Result.coded(Refusal.NO_SHELTER, shelterId);
        }
        DepotAgent depot = depots.get(d);
        if (items.isEmpty()) {
            return Result.coded(Refusal.NO_ITEMS);
        }
        Map<String, Long> sent = new TreeMap<>();
        Map<String, Long> shortfall = new TreeMap<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(items).entrySet()) {
            if (ReliefItem.of(e.getKey()).isEmpty()) {
                return Result.coded(Refusal.UNKNOWN_ITEM, e.getKey());
            }
            if (e.getValue() <= 0) {
                return Result.coded(Refusal.QUANTITY_NOT_POSITIVE, e.getKey());
            }
            long send = Math.min(e.getValue(), depot.stock.getOrDefault(e.getKey(), 0L));
            if (send > 0) {
                sent.put(e.getKey(), send);
            }
            if (send < e.getValue()) {
                shortfall.put(e.getKey(), e.getValue() - send);
            }
        }
        if (depot.spec.trucksOrDefault() == 0) {
            return Result.coded(Refusal.NO_TRUCKS, depotId);
        }
        if (sent.isEmpty()) {
            List<Object> args = new ArrayList<>();
            args.add(depotId);
            args.addAll(shortfall.keySet());
            return Result.coded(Refusal.OUT_OF_STOCK, args.toArray());
        }
        sent.forEach((item, qty) -> {
            depot.stock.merge(item, -qty, Long::sum);
            shelters.get(s).inbound.merge(item, qty, Long::sum);
        });
        events.emit(new MaterialsMoved(stamp.now(), depotId, shelterId, "dispatched", Map.copyOf(sent),
                shortfall.isEmpty() ? null : Map.copyOf(shortfall)));
        for (Map<String, Long> load : loads(sent, depot.truckKg)) {
            depot.queue.add(new Load(s, load));
        }
        sendTrucks(d, now);
        return Result.OK;
    }

    /** Splits items into truckloads of at most {@code capacityKg}, item by item in name order. */
    static List<Map<String, Long>> loads(Map<String, Long> items, double capacityKg) {
        List<Map<String, Long>> out = new ArrayList<>();
        Map<String, Long> current = new TreeMap<>();
        double kg = 0;
        for (Map.Entry<String, Long> e : items.entrySet()) {
            double unit = ReliefItem.of(e.getKey()).map(ReliefItem::unitKg).orElse(1.0);
            long left = e.getValue();
            while (left > 0) {
                long fits = (long) Math.floor((capacityKg - kg) / unit);
                if (fits <= 0) {
                    if (current.isEmpty()) {
                        fits = 1; // an item heavier than a truck still goes, one per truck
                    } else {
                        out.add(current);
                        current = new TreeMap<>();
                        kg = 0;
                        continue;
                    }
                }
                long take = Math.min(fits, left);
                current.merge(e.getKey(), take, Long::sum);
                kg += take * unit;
                left -= take;
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private void sendTrucks(int d, double now) {
        DepotAgent depot = depots.get(d);
        while (depot.idleTrucks > 0 && !depot.queue.isEmpty()) {
            Load load = depot.queue.poll();
            depot.idleTrucks--;
            drive(d, load, new Trip(depot.cell, shelters.get(load.shelter).cell, Mode.TRUCK), true, now);
        }
    }

    private void drive(int d, Load load, Trip trip, boolean loaded, double now) {
        double next = mobility.advance(trip, now);
        if (next == Trip.ARRIVED) {
            onRoad.remove(trip);
        } else {
            onRoad.add(trip);
        }
        if (next == Trip.STUCK) {
            agenda.at(now + RETRY, t -> drive(d, load, trip, loaded, t));
        } else if (next != Trip.ARRIVED) {
            agenda.at(next, t -> drive(d, load, trip, loaded, t));
        } else if (loaded) {
            deliver(d, load, now);
            drive(d, load, new Trip(trip.cell(), depots.get(d).cell, Mode.TRUCK), false, now);
        } else {
            depots.get(d).idleTrucks++;
            sendTrucks(d, now);
        }
    }

    private void deliver(int d, Load load, double now) {
        ShelterAgent s = shelters.get(load.shelter);
        load.items.forEach((item, qty) -> {
            s.stock.merge(item, qty, Long::sum);
            s.inbound.merge(item, -qty, Long::sum);
        });
        events.emit(new MaterialsMoved(stamp.now(), depots.get(d).spec.id(), s.spec.id(), "delivered",
                Map.copyOf(load.items)));
        serve(load.shelter, now);
    }

    /** Calls a depot's agreement reserves (all, or those for one item); they arrive after their lead time. */
    Result callAgreements(String depotId, String item, double now) {
        int d = depotIndex(depotId);
        if (d < 0) {
            return Result.coded(Refusal.NO_DEPOT, depotId);
        }
        DepotAgent depot = depots.get(d);
        List<Agreement> list = depot.spec.agreementsOrEmpty();
        int called = 0;
        for (int k = 0; k < list.size(); k++) {
            Agreement a = list.get(k);
            if (depot.agreementCalled[k] || item != null && !item.equals(a.item())) {
                continue;
            }
            depot.agreementCalled[k] = true;
            called++;
            agenda.at(now + a.leadTime().seconds(), t -> receive(d, a.item(), a.quantity(), t));
        }
        List<Production> prod = depot.spec.productionOrEmpty();
        for (int k = 0; k < prod.size(); k++) {
            Production p = prod.get(k);
            if (depot.productionStarted[k] || item != null && !item.equals(p.item())) {
                continue;
            }
            depot.productionStarted[k] = true;
            called++;
            long start = p.startDelaySeconds();
            agenda.at(now + start + 3600, t -> produce(d, p, 0, t));
        }
        if (called == 0) {
            return (item == null ? Result.coded(Refusal.NO_RESERVE, depotId) : Result.coded(Refusal.NO_RESERVE, depotId, item));
        }
        return Result.OK;
    }

    /** Hour {@code k} of a production reserve's output: the day's quantity spread over its 24 hours. */
    private void produce(int d, Production p, long k, double now) {
        long qty = (k + 1) * p.perDay() / 24 - k * p.perDay() / 24;
        if (qty > 0) {
            receive(d, p.item(), qty, now);
        }
        agenda.at(now + 3600, t -> produce(d, p, k + 1, t));
    }

    private void receive(int d, String item, long qty, double now) {
        DepotAgent depot = depots.get(d);
        depot.stock.merge(item, qty, Long::sum);
        events.emit(new MaterialsMoved(stamp.now(), depot.spec.id(), null, "received", Map.of(item, qty)));
    }

    long depotStock(int d, String item) {
        return depots.get(d).stock.getOrDefault(item, 0L);
    }

    long shelterStock(int s, String item) {
        ShelterAgent sh = shelters.get(s);
        return sh.stock.getOrDefault(item, 0L) + sh.inbound.getOrDefault(item, 0L);
    }

    /** Where the trucks on the road are now (one cell per truck). */
    int[] convoyCells() {
        return onRoad.stream().mapToInt(Trip::cell).toArray();
    }

    /** Shelters and depots for a map frame. */
    void sites(List<org.drillgrid.engine.api.Frame.Site> shelterSites, List<org.drillgrid.engine.api.Frame.Site> depotSites) {
        for (ShelterAgent sh : shelters) {
            shelterSites.add(new org.drillgrid.engine.api.Frame.Site(sh.spec.id(), sh.cell, sh.open && !sh.floodedOut,
                    sh.occupants, sh.capacity));
        }
        for (DepotAgent d : depots) {
            depotSites.add(new org.drillgrid.engine.api.Frame.Site(d.spec.id(), d.cell, true, 0, 0));
        }
    }
}

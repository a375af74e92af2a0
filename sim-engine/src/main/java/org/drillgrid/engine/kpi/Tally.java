package org.drillgrid.engine.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drillgrid.engine.EventSink;
import org.drillgrid.model.event.Casualties;
import org.drillgrid.model.event.PeopleAffected;
import org.drillgrid.model.event.PeopleEvacuating;
import org.drillgrid.model.event.PeopleRelieved;
import org.drillgrid.model.event.PeopleRescued;
import org.drillgrid.model.event.PeopleSheltered;
import org.drillgrid.model.event.PeopleTrapped;
import org.drillgrid.model.event.PeopleWarned;

/**
 * What happened to households during one tick, batched into one event per kind (and per warning,
 * shelter or team) and written at the tick's end in a fixed order, so the log stays small and its
 * bytes depend only on what happened. Every household id in a KPI's population appears in these events:
 * they are the KPI's evidence.
 */
public final class Tally {

    private static final class Batch {
        long persons;
        int cars;
        final List<Integer> households = new ArrayList<>();
        final List<Double> hours = new ArrayList<>();
        final Map<String, Long> channels = new TreeMap<>();
    }

    private final Map<String, Batch> warned = new LinkedHashMap<>();
    private final Map<String, Batch> affected = new TreeMap<>();
    private final Batch evacuating = new Batch();
    private final Map<String, Batch> sheltered = new TreeMap<>();
    private final Map<String, Batch> relieved = new TreeMap<>();
    private final Batch trapped = new Batch();
    private final Map<String, Batch> rescued = new TreeMap<>();
    private final Batch casualties = new Batch();
    private int injured;
    private int dead;
    private double worstHazard;

    public void warned(String warning, int household, int persons, String channel) {
        Batch b = warned.computeIfAbsent(warning, k -> new Batch());
        b.persons += persons;
        b.households.add(household);
        b.channels.merge(channel, (long) persons, Long::sum);
    }

    public void affected(String cause, int household, int persons) {
        Batch b = affected.computeIfAbsent(cause, k -> new Batch());
        b.persons += persons;
        b.households.add(household);
    }

    public void evacuating(int household, int persons, boolean byCar) {
        evacuating.persons += persons;
        evacuating.households.add(household);
        evacuating.cars += byCar ? 1 : 0;
    }

    public void sheltered(String shelter, int household, int persons) {
        Batch b = sheltered.computeIfAbsent(shelter, k -> new Batch());
        b.persons += persons;
        b.households.add(household);
    }

    public void relieved(String shelter, int household, int persons, double hours) {
        Batch b = relieved.computeIfAbsent(shelter, k -> new Batch());
        b.persons += persons;
        b.households.add(household);
        b.hours.add(Math.round(hours * 100) / 100.0);
    }

    public void trapped(int household, int persons) {
        trapped.persons += persons;
        trapped.households.add(household);
    }

    public void rescued(String team, int household, int persons) {
        Batch b = rescued.computeIfAbsent(team, k -> new Batch());
        b.persons += persons;
        b.households.add(household);
    }

    public void casualties(int household, int newlyInjured, int newlyDead, double hazardRating) {
        casualties.households.add(household);
        injured += newlyInjured;
        dead += newlyDead;
        worstHazard = Math.max(worstHazard, hazardRating);
    }

    /** Writes the tick's batches as events stamped {@code t} and starts the next tick empty. */
    public void flush(long t, EventSink events) {
        warned.forEach((w, b) -> events.emit(new PeopleWarned(t, w, b.persons, Map.copyOf(b.channels),
                List.copyOf(b.households))));
        affected.forEach((cause, b) -> events.emit(new PeopleAffected(t, cause, b.persons,
                List.copyOf(b.households))));
        if (!evacuating.households.isEmpty()) {
            events.emit(new PeopleEvacuating(t, evacuating.persons, evacuating.cars,
                    List.copyOf(evacuating.households)));
        }
        sheltered.forEach((s, b) -> events.emit(new PeopleSheltered(t, s, b.persons, List.copyOf(b.households))));
        relieved.forEach((s, b) -> events.emit(new PeopleRelieved(t, s, b.persons, List.copyOf(b.households),
                List.copyOf(b.hours))));
        if (!trapped.households.isEmpty()) {
            events.emit(new PeopleTrapped(t, trapped.persons, List.copyOf(trapped.households)));
        }
        rescued.forEach((team, b) -> events.emit(new PeopleRescued(t, team, b.persons, List.copyOf(b.households))));
        if (!casualties.households.isEmpty()) {
            events.emit(new Casualties(t, injured, dead, Math.round(worstHazard * 100) / 100.0,
                    List.copyOf(casualties.households)));
        }
        warned.clear();
        affected.clear();
        clear(evacuating);
        sheltered.clear();
        relieved.clear();
        clear(trapped);
        rescued.clear();
        clear(casualties);
        injured = 0;
        dead = 0;
        worstHazard = 0;
    }

    private static void clear(Batch b) {
        b.persons = 0;
        b.cars = 0;
        b.households.clear();
        b.hours.clear();
        b.channels.clear();
    }
}

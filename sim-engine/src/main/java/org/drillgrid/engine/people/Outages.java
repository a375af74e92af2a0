package org.drillgrid.engine.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "three outages" (三断: network, power, road) as area events with a start and an optional end.
 * Homes under deep water also lose power, whatever the area events say.
 */
public final class Outages {

    /** What is out. */
    public enum Kind {
        POWER, NETWORK, ROAD;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Water at home (m) from which the home has no power: sockets and meters sit about this high. */
    public static final double HOME_POWER_LOST = 0.5;

    private record Outage(Kind kind, Area area, double from, double until) {
    }

    private final int cols;
    private final List<Outage> outages = new ArrayList<>();

    public Outages(int cols) {
        this.cols = cols;
    }

    /** Starts an outage over an area from {@code from} until {@code until} (s; infinite for open-ended). */
    public void add(Kind kind, Area area, double from, double until) {
        outages.add(new Outage(kind, area, from, until));
    }

    /** Ends, at {@code now}, every outage of this kind active at the cell; returns their areas. */
    public List<Area> restore(Kind kind, int cell, double now) {
        List<Area> ended = new ArrayList<>();
        for (int i = 0; i < outages.size(); i++) {
            Outage o = outages.get(i);
            if (o.kind == kind && o.from <= now && now < o.until && o.area.contains(cell, cols)) {
                outages.set(i, new Outage(o.kind, o.area, o.from, now));
                ended.add(o.area);
            }
        }
        return ended;
    }

    /** Whether {@code kind} is out at the cell at time {@code now}. */
    public boolean out(Kind kind, int cell, double now) {
        for (Outage o : outages) {
            if (o.kind == kind && o.from <= now && now < o.until && o.area.contains(cell, cols)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a channel works for a household at a cell with {@code homeDepth} m of water at home. */
    public boolean works(Channel channel, int cell, double homeDepth, double now) {
        for (Kind k : Kind.values()) {
            if (channel.needs(k) && out(k, cell, now)) {
                return false;
            }
        }
        return !(channel.needs(Kind.POWER) && homeDepth >= HOME_POWER_LOST);
    }
}

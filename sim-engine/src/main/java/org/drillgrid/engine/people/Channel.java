package org.drillgrid.engine.people;

import java.util.Locale;

/**
 * Ways a public warning reaches households, with the share of households in reach a message reaches,
 * the delay from issue to receipt, and what the channel needs to work (docs/agents.md gives sources).
 * Door-to-door is different in kind: it reaches nearly everyone, but only as fast as the grid workers
 * walk; see {@link #DOOR_TO_DOOR_PER_HOUR}.
 */
public enum Channel {
    /** Cell broadcast / SMS (China's 12379 early-warning system): fast, needs the mobile network. */
    CELL_BROADCAST(0.90, 5, 15, false, true, false, false),
    /** TV and radio: needs mains power at home. */
    TV_RADIO(0.40, 10, 30, true, false, false, false),
    /** WeChat, Weibo and news apps: needs the network; reaches fewer, spreads slower. */
    NEW_MEDIA(0.55, 10, 60, false, true, false, false),
    /** Village loudspeakers: rural cells only, needs power. */
    LOUDSPEAKER(0.85, 10, 20, true, false, false, true),
    /** Grid workers and village disaster information officers knocking on doors: needs passable roads. */
    DOOR_TO_DOOR(0.98, 10, 10, false, false, true, false);

    /** Households one grid worker warns in an hour (about 3 minutes a door, walking included). */
    public static final double DOOR_TO_DOOR_PER_HOUR = 20;
    /** Households per grid worker (urban grid management: one worker per grid of about 300 households). */
    public static final int HOUSEHOLDS_PER_GRID_WORKER = 300;

    private final double reach;
    private final double minDelayMinutes;
    private final double maxDelayMinutes;
    private final boolean needsPower;
    private final boolean needsNetwork;
    private final boolean needsRoads;
    private final boolean ruralOnly;

    Channel(double reach, double minDelayMinutes, double maxDelayMinutes, boolean needsPower, boolean needsNetwork,
            boolean needsRoads, boolean ruralOnly) {
        this.reach = reach;
        this.minDelayMinutes = minDelayMinutes;
        this.maxDelayMinutes = maxDelayMinutes;
        this.needsPower = needsPower;
        this.needsNetwork = needsNetwork;
        this.needsRoads = needsRoads;
        this.ruralOnly = ruralOnly;
    }

    public double reach() {
        return reach;
    }

    public double minDelayMinutes() {
        return minDelayMinutes;
    }

    public double maxDelayMinutes() {
        return maxDelayMinutes;
    }

    public boolean needs(Outages.Kind kind) {
        return switch (kind) {
            case POWER -> needsPower;
            case NETWORK -> needsNetwork;
            case ROAD -> needsRoads;
        };
    }

    public boolean ruralOnly() {
        return ruralOnly;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The channel of a document name like {@code cell-broadcast}, or null. */
    public static Channel ofJson(String name) {
        for (Channel c : values()) {
            if (c.json().equals(name)) {
                return c;
            }
        }
        return null;
    }
}

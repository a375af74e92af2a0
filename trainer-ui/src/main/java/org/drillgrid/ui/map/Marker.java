package org.drillgrid.ui.map;

import org.drillgrid.model.scenario.CellRef;

/**
 * A pin on the map for something reported or placed at a cell (a sensor reading, an officer's report, a fire's
 * ignition): {@code name} says who or what (a sensor's or place's name; null for a plain pin), {@code label}
 * the short state beside it ("0.42 米"); {@code alert} pins are drawn in the alarm colour.
 */
public record Marker(CellRef cell, String name, String label, boolean alert) {

    /** A pin without a name. */
    public Marker(CellRef cell, String label, boolean alert) {
        this(cell, null, label, alert);
    }
}

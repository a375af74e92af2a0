package org.drillgrid.ui.map;

import org.drillgrid.model.scenario.CellRef;

/**
 * A pin on the map for something reported at a cell (a sensor reading, an officer's report, an inject's
 * place), with a short label drawn beside it; {@code alert} pins are drawn in the alarm colour.
 */
public record Marker(CellRef cell, String label, boolean alert) {
}

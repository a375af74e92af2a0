package org.drillgrid.ui.map;

import java.util.List;

/**
 * What the web map draws over its rasters at one moment, in the user's language: vector labels (shelters,
 * depots, teams, trucks, sensors, report pins) with names and state, outlines (named areas, the user's
 * selection) and the legend of the layers shown. Built by {@link SceneMaker}; {@link GridMap} sends it to the
 * browser as JSON. Keys identify a thing across moments so that the browser updates it in place; they are
 * never shown.
 */
public record MapScene(List<Label> labels, List<Outline> outlines, List<LegendEntry> legend) {

    /**
     * A thing at a cell: {@code kind} is shelter, depot, team, convoy, sensor or report; {@code state} the short
     * text beside its name (may be empty); {@code detail} the longer text of its tooltip; {@code colour} a CSS
     * colour; {@code alert} whether it calls for attention (a full shelter, an alarm).
     */
    public record Label(String key, String kind, int col, int row, String name, String state, String detail,
            String colour, boolean alert) {
    }

    /** A rectangle of cells {@code [c0, r0] .. [c1, r1]} (inclusive): kind place, selection or corner. */
    public record Outline(String key, String kind, int c0, int r0, int c1, int r1, String name, String colour) {
    }

    /** One line of the legend. */
    public record LegendEntry(String text, String colour) {
    }

    public MapScene {
        labels = List.copyOf(labels);
        outlines = List.copyOf(outlines);
        legend = List.copyOf(legend);
    }
}

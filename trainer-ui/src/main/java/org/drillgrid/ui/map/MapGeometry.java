package org.drillgrid.ui.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.gis.Projection;
import org.drillgrid.model.scenario.GridSpec;

/**
 * Where a grid lies, for the web map: its size, cell side and the projected coordinates of its south-west
 * corner (the grid's metres), and, where the grid names a supported coordinate system, the longitude and
 * latitude of its four corners (from {@link Projection}). The browser places everything in metres from the
 * south-west corner, and reads longitude/latitude between the corners bilinearly (over a city-sized grid that
 * is far closer than a cell).
 */
record MapGeometry(int cols, int rows, double cellSize, double originX, double originY, String crs,
        double[][] corners) {

    static MapGeometry of(GridSpec grid) {
        double w = grid.cols() * grid.cellSize();
        double h = grid.rows() * grid.cellSize();
        double x0 = grid.originXOrZero();
        double y0 = grid.originYOrZero();
        double[][] corners = Projection.of(grid.crs()).map(p -> new double[][] {
            p.inverse(x0, y0), p.inverse(x0 + w, y0), p.inverse(x0, y0 + h), p.inverse(x0 + w, y0 + h)})
                .orElse(null);
        return new MapGeometry(grid.cols(), grid.rows(), grid.cellSize(), x0, y0, corners == null ? null : grid.crs(),
                corners);
    }

    /** The browser's configuration of the map: geometry and the words it shows. */
    Map<String, Object> config(Words w) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("cols", cols);
        cfg.put("rows", rows);
        cfg.put("cell", cellSize);
        cfg.put("originX", originX);
        cfg.put("originY", originY);
        cfg.put("crs", crs);
        cfg.put("corners", corners == null ? null : List.of(corners)); // south-west, south-east, north-west, north-east
        Map<String, String> text = new LinkedHashMap<>();
        text.put("north", w.get("map.north"));
        text.put("metres", w.get("map.readout.metres"));
        text.put("lonLat", w.get("map.readout.lonLat"));
        text.put("zoomIn", w.get("map.zoomIn"));
        text.put("zoomOut", w.get("map.zoomOut"));
        cfg.put("text", text);
        return cfg;
    }
}

package org.drillgrid.model.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.Scenario;

/** Small scenarios for library and package tests: 20 x 10 cells of 30 m, 6 h. */
final class Fixtures {

    static final int COLS = 20;
    static final int ROWS = 10;

    private Fixtures() {
    }

    /** The smallest valid document: flat ground at 100 m given as a constant. */
    static Scenario minimal(String id) throws IOException {
        return Json.mapper().readValue("""
                {"id": "%s", "name": {"zh": "小城", "en": "Small town"},
                 "grid": {"cols": 20, "rows": 10, "cellSize": 30, "originX": 1000, "originY": 2000},
                 "duration": "6h", "layers": {"elevation": {"constant": 100}, "population": {"constant": 5}}}
                """.formatted(id), Scenario.class);
    }

    /** A sloping elevation raster with fractional values. */
    static GridLayer slope() {
        double[] v = new double[COLS * ROWS];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + (i % COLS) * 0.25 + (i / COLS) * 1.5;
        }
        return new GridLayer(COLS, ROWS, v);
    }

    /** A scenario folder on disk: {@code scenario.json} with its elevation in {@code grids/dem.asc}. */
    static Path folder(Path dir, String id) throws IOException {
        Files.createDirectories(dir.resolve("grids"));
        Files.writeString(dir.resolve("scenario.json"), """
                {"id": "%s", "name": "Folder town", "grid": {"cols": 20, "rows": 10, "cellSize": 30},
                 "duration": "6h", "seed": 3,
                 "layers": {"elevation": {"file": "grids/dem.asc"}, "population": {"constant": 5}}}
                """.formatted(id), StandardCharsets.UTF_8);
        StringBuilder asc = new StringBuilder("ncols 20\nnrows 10\nxllcorner 0\nyllcorner 0\ncellsize 30\n");
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                asc.append(c > 0 ? " " : "").append(90 + c + r);
            }
            asc.append('\n');
        }
        Files.writeString(dir.resolve("grids/dem.asc"), asc, StandardCharsets.US_ASCII);
        return dir.resolve("scenario.json");
    }
}

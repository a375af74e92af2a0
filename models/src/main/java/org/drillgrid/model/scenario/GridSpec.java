package org.drillgrid.model.scenario;

/**
 * The raster every layer shares: {@code cols} x {@code rows} square cells of {@code cellSize} metres.
 * Cell (0, 0) is the north-west corner; {@code originX/originY} are the projected coordinates (m) of
 * the grid's lower-left (south-west) corner, as in an ESRI ASCII grid header. {@code crs} names the
 * projected coordinate system of those coordinates as {@code "EPSG:<code>"} (for example
 * {@code "EPSG:4547"}), or is null when unknown; GIS import (docs/import.md) uses it to place data.
 */
public record GridSpec(Integer cols, Integer rows, Double cellSize, Double originX, Double originY, String crs) {

    /** A grid whose coordinate system is not known. */
    public GridSpec(Integer cols, Integer rows, Double cellSize, Double originX, Double originY) {
        this(cols, rows, cellSize, originX, originY, null);
    }

    public double originXOrZero() {
        return originX == null ? 0 : originX;
    }

    public double originYOrZero() {
        return originY == null ? 0 : originY;
    }

    public int cellCount() {
        return cols * rows;
    }

    public boolean contains(int col, int row) {
        return col >= 0 && row >= 0 && col < cols && row < rows;
    }
}

package org.drillgrid.model.gis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A georeferenced single-band raster as read from a file, before resampling: {@code cols} x {@code rows}
 * cells of {@code cellSizeX} x {@code cellSizeY} (north-up, not rotated), whose lower-left (south-west)
 * corner is at projected coordinates {@code xll, yll}. {@code values} run row by row from the north row
 * to the south, west to east; NaN is nodata. {@code crs} is {@code "EPSG:<code>"} or null when unknown;
 * {@code format} is {@link #ESRI_ASCII}, {@link #GEOTIFF}, {@link #BIGTIFF} or {@link #SRTM_HGT};
 * {@code file} is the name errors and reports use.
 *
 * <p>The values array is not copied (rasters can be large): treat it as read-only.
 */
public record GeoRaster(String file, String format, int cols, int rows, double cellSizeX, double cellSizeY,
        double xll, double yll, String crs, double[] values) {

    public static final String ESRI_ASCII = "ESRI ASCII";
    public static final String GEOTIFF = "GeoTIFF";
    /** A GeoTIFF in the BigTIFF layout (8-byte offsets). */
    public static final String BIGTIFF = "BigTIFF";
    /** An SRTM height tile, {@code .hgt} or {@code .hgt.zip}. */
    public static final String SRTM_HGT = "SRTM HGT";

    public GeoRaster {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(values, "values");
        if (cols <= 0 || rows <= 0 || values.length != (long) cols * rows) {
            throw new IllegalArgumentException("raster " + cols + "x" + rows + " needs " + (long) cols * rows
                    + " values, got " + values.length);
        }
        if (!(cellSizeX > 0 && cellSizeY > 0) || !Double.isFinite(xll) || !Double.isFinite(yll)) {
            throw new IllegalArgumentException("raster cells must be > 0 and its corner finite");
        }
    }

    /** The value of the cell in column {@code col} (from the west) and row {@code row} (from the north). */
    public double value(int col, int row) {
        return values[row * cols + col];
    }

    /** Projected x of the east edge. */
    public double xMax() {
        return xll + cols * cellSizeX;
    }

    /** Projected y of the north edge. */
    public double yMax() {
        return yll + rows * cellSizeY;
    }

    /** "x 498500 to 501500, y 3799000 to 3801000": the extent for messages. */
    public String extent() {
        return extent(xll, xMax(), yll, yMax());
    }

    static String extent(double x0, double x1, double y0, double y1) {
        return "x " + plain(x0) + " to " + plain(x1) + ", y " + plain(y0) + " to " + plain(y1);
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoRaster g && g.file.equals(file) && g.format.equals(format) && g.cols == cols
                && g.rows == rows && g.cellSizeX == cellSizeX && g.cellSizeY == cellSizeY && g.xll == xll
                && g.yll == yll && Objects.equals(g.crs, crs) && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, format, cols, rows, cellSizeX, cellSizeY, xll, yll, crs) * 31
                + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "GeoRaster[" + file + ", " + format + ", " + cols + " x " + rows + " cells of " + plain(cellSizeX)
                + " x " + plain(cellSizeY) + ", " + extent() + ", " + (crs == null ? "crs unknown" : crs) + "]";
    }
}

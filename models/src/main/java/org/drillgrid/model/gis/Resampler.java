package org.drillgrid.model.gis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.StructureClass;

/**
 * One raster onto one scenario grid, by the rule of its layer kind (docs/import.md). Source and target
 * are both north-up; positions are compared in the projected coordinates both share. "Covered" target
 * cells take their value from the file, the others are filled.
 */
final class Resampler {

    /** Fractions of a cell below this are rounding: an aligned grid must reproduce its source exactly. */
    private static final double SNAP = 1e-9;

    private final GeoRaster src;
    private final LayerKind kind;
    private final int cols;
    private final int rows;
    private final double cell;
    private final double x0;
    private final double yTop;
    private final List<String> notes = new ArrayList<>();
    private int covered;
    private int invalid;

    private Resampler(GeoRaster src, GridSpec grid, LayerKind kind) {
        this.src = src;
        this.kind = kind;
        this.cols = grid.cols();
        this.rows = grid.rows();
        this.cell = grid.cellSize();
        this.x0 = grid.originXOrZero();
        this.yTop = grid.originYOrZero() + rows * cell;
    }

    static LayerImport resample(GeoRaster src, GridSpec grid, LayerKind kind) throws ImportException {
        Objects.requireNonNull(kind, "kind");
        checkGrid(src, grid);
        Resampler r = new Resampler(src, grid, kind);
        r.checkCrs(grid.crs());
        r.checkOverlap();
        if (src.cellSizeX() != src.cellSizeY()) {
            r.notes.add("source cells are " + GeoRaster.plain(src.cellSizeX()) + " x "
                    + GeoRaster.plain(src.cellSizeY()) + " (not square)");
        }
        double[] out = switch (kind) {
            case ELEVATION -> r.elevation();
            case POPULATION -> r.population();
            default -> r.categorical();
        };
        int filled = out.length - r.covered;
        if (filled > 0) {
            r.notes.add(filled + " cells without data " + (kind == LayerKind.ELEVATION
                    ? "took the elevation of the nearest cell with data" : "were set to 0"));
        }
        double sourceTotal = kind == LayerKind.POPULATION ? r.sourceTotal() : Double.NaN;
        double importedTotal = kind == LayerKind.POPULATION ? sum(out) : Double.NaN;
        ImportReport report = new ImportReport(src.file(), src.format(), src.crs(), src.cols(), src.rows(),
                src.cellSizeX(), out.length, r.covered, filled, r.clipped(), r.invalid, sourceTotal, importedTotal,
                r.notes);
        return new LayerImport(new GridLayer(r.cols, r.rows, out), report);
    }

    private static void checkGrid(GeoRaster src, GridSpec grid) throws ImportException {
        if (grid == null || grid.cols() == null || grid.rows() == null || grid.cellSize() == null
                || grid.cols() <= 0 || grid.rows() <= 0 || !(grid.cellSize() > 0)
                || (long) grid.cols() * grid.rows() > RasterImport.MAX_GRID_CELLS) {
            throw new ImportException("cannot import " + src.file() + ": the scenario grid needs cols, rows and a "
                    + "cellSize > 0, with at most " + RasterImport.MAX_GRID_CELLS + " cells");
        }
    }

    private void checkCrs(String gridCrs) throws ImportException {
        String crs = src.crs();
        if (crs != null && gridCrs != null && !crs.equals(gridCrs)) {
            throw new ImportException(src.file() + " is in " + crs + " but the scenario grid is in " + gridCrs
                    + "; reproject it first (for example gdalwarp -t_srs " + gridCrs + ")");
        }
        if (crs != null && gridCrs == null && Projection.isGeographic(crs)) {
            throw new ImportException(src.file() + " is in longitude/latitude (" + crs + ") and the scenario grid "
                    + "has no crs; reproject the file to the grid's projected system first (gdalwarp -t_srs EPSG:..., "
                    + "for this place e.g. " + Projection.suggestedCrs(src.xll() + src.cols() * src.cellSizeX() / 2,
                    src.yll() + src.rows() * src.cellSizeY() / 2) + ")");
        }
        if (crs == null && gridCrs != null) {
            notes.add(src.file() + " names no coordinate system; it was taken to be the grid's (" + gridCrs + ")");
        } else if (crs != null && gridCrs == null) {
            notes.add("the scenario grid has no crs; the file's coordinates (" + crs + ") were taken as the grid's");
        } else if (crs == null) {
            notes.add("neither the file nor the grid names a coordinate system; coordinates were taken as they are");
        }
    }

    private void checkOverlap() throws ImportException {
        double gx1 = x0 + cols * cell;
        double gy0 = yTop - rows * cell;
        if (src.xMax() <= x0 || src.xll() >= gx1 || src.yMax() <= gy0 || src.yll() >= yTop) {
            throw new ImportException(src.file() + " covers " + src.extent() + " but the scenario grid covers "
                    + GeoRaster.extent(x0, gx1, gy0, yTop) + ": they do not overlap");
        }
    }

    // ---- elevation: bilinear between source cell centres, gaps take the nearest value ----

    private double[] elevation() throws ImportException {
        double[] out = new double[cols * rows];
        boolean[] known = new boolean[out.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = bilinear(u(c), v(r));
                int i = r * cols + c;
                out[i] = v;
                known[i] = !Double.isNaN(v);
                covered += known[i] ? 1 : 0;
            }
        }
        if (covered == 0) {
            double v = nearestSourceValue();
            notes.add("no grid cell lies over data in " + src.file() + "; every cell took the value nearest the "
                    + "grid's centre, " + GeoRaster.plain(v));
            java.util.Arrays.fill(out, v);
            return out;
        }
        if (covered < out.length) {
            int[] nearest = NearestCell.of(known, cols, rows);
            for (int i = 0; i < out.length; i++) {
                if (!known[i]) {
                    out[i] = out[nearest[i]];
                }
            }
        }
        return out;
    }

    /** Source column coordinate (in cells from the west edge) of target column {@code c}'s centre. */
    private double u(int c) {
        return (x0 + (c + 0.5) * cell - src.xll()) / src.cellSizeX();
    }

    /** Source row coordinate (in cells from the north edge) of target row {@code r}'s centre. */
    private double v(int r) {
        return (src.yMax() - (yTop - (r + 0.5) * cell)) / src.cellSizeY();
    }

    private double bilinear(double u, double v) {
        if (!(u >= 0 && u < src.cols() && v >= 0 && v < src.rows()) || Double.isNaN(src.value((int) u, (int) v))) {
            return Double.NaN;
        }
        double fu = u - 0.5;
        double fv = v - 0.5;
        int i0 = (int) Math.floor(fu);
        int j0 = (int) Math.floor(fv);
        double tx = snap(fu - i0);
        double ty = snap(fv - j0);
        if (tx == 1) {
            i0++;
            tx = 0;
        }
        if (ty == 1) {
            j0++;
            ty = 0;
        }
        double sum = 0;
        double weights = 0;
        for (int dj = 0; dj <= 1; dj++) {
            for (int di = 0; di <= 1; di++) {
                double w = (di == 0 ? 1 - tx : tx) * (dj == 0 ? 1 - ty : ty);
                if (w == 0) {
                    continue;
                }
                int i = Math.max(0, Math.min(src.cols() - 1, i0 + di));
                int j = Math.max(0, Math.min(src.rows() - 1, j0 + dj));
                double value = src.value(i, j);
                if (!Double.isNaN(value)) {
                    sum += w * value;
                    weights += w;
                }
            }
        }
        return sum / weights;
    }

    private static double snap(double t) {
        return t < SNAP ? 0 : t > 1 - SNAP ? 1 : t;
    }

    private double nearestSourceValue() throws ImportException {
        double cx = x0 + cols * cell / 2;
        double cy = yTop - rows * cell / 2;
        double best = Double.POSITIVE_INFINITY;
        double value = Double.NaN;
        for (int j = 0; j < src.rows(); j++) {
            for (int i = 0; i < src.cols(); i++) {
                double v = src.value(i, j);
                double dx = src.xll() + (i + 0.5) * src.cellSizeX() - cx;
                double dy = src.yMax() - (j + 0.5) * src.cellSizeY() - cy;
                if (!Double.isNaN(v) && dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    value = v;
                }
            }
        }
        if (Double.isNaN(value)) {
            throw new ImportException(src.file() + " has no elevation values: every cell is nodata");
        }
        return value;
    }

    // ---- class codes: the cell under the centre, or the majority when the target is coarser ----

    private double[] categorical() {
        boolean majority = cell > Math.max(src.cellSizeX(), src.cellSizeY()) * (1 + SNAP);
        if (majority) {
            notes.add("grid cells are coarser than the file's: each took the most frequent class of the source "
                    + "cells whose centres it holds (ties: the lower code)");
        }
        double[] out = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = majority ? majority(c, r) : centre(u(c), v(r));
                if (Double.isNaN(v)) {
                    continue;
                }
                covered++;
                if (valid(v)) {
                    out[r * cols + c] = v;
                } else {
                    invalid++;
                }
            }
        }
        if (invalid > 0) {
            notes.add(invalid + " cells held values that are not " + kind.layerName() + " codes and were set to 0");
        }
        return out;
    }

    private double centre(double u, double v) {
        if (!(u >= 0 && u < src.cols() && v >= 0 && v < src.rows())) {
            return Double.NaN;
        }
        return src.value((int) u, (int) v);
    }

    private double majority(int c, int r) {
        // source cells whose centre (index + 0.5) lies in [lo, hi) of the target cell, per axis
        int i0 = Math.max(0, (int) Math.ceil((x0 + c * cell - src.xll()) / src.cellSizeX() - 0.5));
        int i1 = Math.min(src.cols(), (int) Math.ceil((x0 + (c + 1) * cell - src.xll()) / src.cellSizeX() - 0.5));
        int j0 = Math.max(0, (int) Math.ceil((src.yMax() - (yTop - r * cell)) / src.cellSizeY() - 0.5));
        int j1 = Math.min(src.rows(), (int) Math.ceil((src.yMax() - (yTop - (r + 1) * cell)) / src.cellSizeY() - 0.5));
        Votes votes = new Votes();
        for (int j = j0; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                votes.add(src.value(i, j));
            }
        }
        return votes.any() ? votes.winner() : centre(u(c), v(r));
    }

    /** Counts of the non-NaN values seen; a handful per cell, so a linear list beats a map. */
    private static final class Votes {
        private final List<double[]> counts = new ArrayList<>();

        void add(double v) {
            if (Double.isNaN(v)) {
                return;
            }
            for (double[] c : counts) {
                if (c[0] == v) {
                    c[1]++;
                    return;
                }
            }
            counts.add(new double[] {v, 1});
        }

        boolean any() {
            return !counts.isEmpty();
        }

        double winner() {
            double[] best = counts.get(0);
            for (double[] c : counts) {
                if (c[1] > best[1] || c[1] == best[1] && c[0] < best[0]) {
                    best = c;
                }
            }
            return best[0];
        }
    }

    private boolean valid(double v) {
        return switch (kind) {
            case LAND_USE -> LandUse.isCode(v);
            case BUILDINGS -> StructureClass.isCode(v);
            case ROADS -> RoadClass.isCode(v);
            default -> true;
        };
    }

    // ---- population: each source cell's people shared by overlapping area ----

    private double[] population() {
        PopulationShare.Result r = PopulationShare.of(src, cols, rows, cell, x0, yTop);
        covered = r.covered();
        invalid = r.negative();
        if (invalid > 0) {
            notes.add(invalid + " source cells held negative counts and were left out");
        }
        return r.values();
    }

    private double sourceTotal() {
        double s = 0;
        for (double v : src.values()) {
            if (!Double.isNaN(v) && v >= 0) {
                s += v;
            }
        }
        return s;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** Source cells whose centre lies outside the grid. */
    private long clipped() {
        long colsIn = 0;
        for (int i = 0; i < src.cols(); i++) {
            double x = src.xll() + (i + 0.5) * src.cellSizeX();
            colsIn += x >= x0 && x < x0 + cols * cell ? 1 : 0;
        }
        long rowsIn = 0;
        for (int j = 0; j < src.rows(); j++) {
            double y = src.yMax() - (j + 0.5) * src.cellSizeY();
            rowsIn += y > yTop - rows * cell && y <= yTop ? 1 : 0;
        }
        return (long) src.cols() * src.rows() - colsIn * rowsIn;
    }
}

package org.drillgrid.model.gis;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.scenario.GridSpec;

/**
 * Where a GeoJSON layer's coordinates fall on a scenario grid: the choice of conversion (none, or a
 * projection of longitude/latitude) and the placing of points, lines and polygons in grid units
 * ({@code u} columns east of the west edge, {@code v} rows south of the north edge).
 */
final class GridPlacement {

    private final String file;
    private final int cols;
    private final int rows;
    private final double cell;
    private final double x0;
    private final double yTop;
    /** Null when coordinates are already the grid's metres. */
    private final Projection projection;

    private GridPlacement(String file, GridSpec grid, Projection projection) {
        this.file = file;
        this.cols = grid.cols();
        this.rows = grid.rows();
        this.cell = grid.cellSize();
        this.x0 = grid.originXOrZero();
        this.yTop = grid.originYOrZero() + rows * cell;
        this.projection = projection;
    }

    static GridPlacement of(GeoJsonLayer layer, GridSpec grid, List<String> notes) throws ImportException {
        String file = layer.file();
        if (grid == null || grid.cols() == null || grid.rows() == null || grid.cellSize() == null
                || grid.cols() <= 0 || grid.rows() <= 0 || !(grid.cellSize() > 0)
                || (long) grid.cols() * grid.rows() > RasterImport.MAX_GRID_CELLS) {
            throw new ImportException("cannot place " + file + ": the scenario grid needs cols, rows and a "
                    + "cellSize > 0, with at most " + RasterImport.MAX_GRID_CELLS + " cells");
        }
        String from = layer.crs();
        String to = grid.crs();
        if (from.equals(to)) {
            return new GridPlacement(file, grid, null);
        }
        if (Projection.isGeographic(from)) {
            if (to == null) {
                throw new ImportException(file + " is in longitude/latitude (" + from + ") but the scenario grid "
                        + "has no crs; cannot place longitude/latitude features (set grid.crs, e.g. EPSG:4547)");
            }
            Projection p = Projection.of(to).orElseThrow(() -> new ImportException(file + " is in " + from
                    + " but the scenario grid is in " + to + ", which this import cannot project to (supported: "
                    + "EPSG:32601-32660, 4534-4554, 4502-4512); reproject the file to " + to + " first"));
            notes.add("longitudes/latitudes in " + from + " were projected to " + to + " (" + p
                    + "); WGS 84 and CGCS2000 are taken as the same, which they are to a few centimetres");
            return new GridPlacement(file, grid, p);
        }
        if (to == null) {
            notes.add("the scenario grid has no crs; the coordinates of " + file + " (" + from
                    + ") were taken as the grid's");
            return new GridPlacement(file, grid, null);
        }
        throw new ImportException(file + " is in " + from + " but the scenario grid is in " + to
                + "; reproject it first (for example ogr2ogr -t_srs " + to + ")");
    }

    /** The feature's parts in grid units; longitude/latitude outside its range is an error. */
    List<List<double[]>> parts(GeoFeature f) throws ImportException {
        List<List<double[]>> out = new ArrayList<>(f.parts().size());
        for (List<double[]> part : f.parts()) {
            List<double[]> uv = new ArrayList<>(part.size());
            for (double[] p : part) {
                uv.add(uv(f.index(), p));
            }
            out.add(uv);
        }
        return out;
    }

    private double[] uv(int index, double[] p) throws ImportException {
        double x = p[0];
        double y = p[1];
        if (projection != null) {
            if (Math.abs(x) > 180 || Math.abs(y) > 90) {
                throw new ImportException(file + ", feature " + index + ": " + GeoRaster.plain(x) + ", "
                        + GeoRaster.plain(y) + " is not a longitude/latitude; a file without a crs member is read "
                        + "as WGS 84 (RFC 7946): add the crs member or export it in EPSG:4326");
            }
            double[] en = projection.forward(x, y);
            x = en[0];
            y = en[1];
        }
        return new double[] {(x - x0) / cell, (yTop - y) / cell};
    }

    boolean point(GeoFeature f, List<List<double[]>> uv, List<GridPoint> out) {
        double[] p = uv.get(0).get(0);
        if (!(p[0] >= 0 && p[0] < cols && p[1] >= 0 && p[1] < rows)) {
            return false;
        }
        out.add(new GridPoint(f.index(), (int) p[0], (int) p[1], f.properties()));
        return true;
    }

    boolean line(GeoFeature f, List<List<double[]>> uv, List<GridLine> out) {
        if (!finite(uv)) {
            return false;
        }
        int[] cells = FeatureRasterizer.line(uv.get(0), cols, rows);
        if (cells.length == 0) {
            return false;
        }
        out.add(new GridLine(f.index(), cells, f.properties()));
        return true;
    }

    boolean area(GeoFeature f, List<List<double[]>> uv, List<GridArea> out) {
        if (!finite(uv)) {
            return false;
        }
        int[] cells = FeatureRasterizer.polygon(uv, cols, rows);
        if (cells.length == 0) {
            double[] c = FeatureRasterizer.centroid(uv.get(0));
            if (!(c[0] >= 0 && c[0] < cols && c[1] >= 0 && c[1] < rows)) {
                return false;
            }
            cells = new int[] {(int) c[1] * cols + (int) c[0]};
        }
        int col0 = Integer.MAX_VALUE;
        int row0 = Integer.MAX_VALUE;
        int col1 = -1;
        int row1 = -1;
        for (int cellIndex : cells) {
            col0 = Math.min(col0, cellIndex % cols);
            col1 = Math.max(col1, cellIndex % cols);
            row0 = Math.min(row0, cellIndex / cols);
            row1 = Math.max(row1, cellIndex / cols);
        }
        out.add(new GridArea(f.index(), col0, row0, col1, row1, cells, f.properties()));
        return true;
    }

    private static boolean finite(List<List<double[]>> parts) {
        for (List<double[]> part : parts) {
            for (double[] p : part) {
                if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                    return false;
                }
            }
        }
        return true;
    }
}

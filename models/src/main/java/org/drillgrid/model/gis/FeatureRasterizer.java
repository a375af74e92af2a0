package org.drillgrid.model.gis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lines and polygons in grid units ({@code u} columns east from the west edge, {@code v} rows south from
 * the north edge) to grid cells. Lines: the cells a segment crosses, visited in order by the grid
 * traversal of Amanatides and Woo (1987), "A fast voxel traversal algorithm for ray tracing", which steps
 * one column or one row at a time, so the walk is 4-connected; through an exact corner it takes the
 * column step first. Polygons: the cells whose centre lies inside, by the even-odd rule over all rings
 * (so holes are out), one scan line per row through the cell centres.
 */
final class FeatureRasterizer {

    private FeatureRasterizer() {
    }

    /** The cells of a polyline, in order, each once; empty when it misses the grid. */
    static int[] line(List<double[]> uv, int cols, int rows) {
        Set<Integer> cells = new LinkedHashSet<>();
        for (int k = 0; k + 1 < uv.size(); k++) {
            double[] clipped = clip(uv.get(k), uv.get(k + 1), cols, rows);
            if (clipped != null) {
                walk(clipped, cols, rows, cells);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The part of segment a-b inside [0, cols] x [0, rows] as {u0, v0, u1, v1} (Liang-Barsky), or null
     * when none of it is.
     */
    static double[] clip(double[] a, double[] b, int cols, int rows) {
        double du = b[0] - a[0];
        double dv = b[1] - a[1];
        double[] t = {0, 1};
        if (!edge(-du, a[0], t) || !edge(du, cols - a[0], t) || !edge(-dv, a[1], t) || !edge(dv, rows - a[1], t)) {
            return null;
        }
        return new double[] {a[0] + t[0] * du, a[1] + t[0] * dv, a[0] + t[1] * du, a[1] + t[1] * dv};
    }

    /** One boundary of Liang-Barsky: {@code p * t <= q}; narrows {@code t}, false when nothing is left. */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    private static void walk(double[] s, int cols, int rows, Set<Integer> cells) {
        int c = clamp(s[0], cols);
        int r = clamp(s[1], rows);
        int cEnd = clamp(s[2], cols);
        int rEnd = clamp(s[3], rows);
        double du = s[2] - s[0];
        double dv = s[3] - s[1];
        int stepC = du > 0 ? 1 : du < 0 ? -1 : 0;
        int stepR = dv > 0 ? 1 : dv < 0 ? -1 : 0;
        double tMaxU = stepC == 0 ? Double.POSITIVE_INFINITY : ((stepC > 0 ? c + 1 : c) - s[0]) / du;
        double tMaxV = stepR == 0 ? Double.POSITIVE_INFINITY : ((stepR > 0 ? r + 1 : r) - s[1]) / dv;
        double tDeltaU = stepC == 0 ? Double.POSITIVE_INFINITY : stepC / du;
        double tDeltaV = stepR == 0 ? Double.POSITIVE_INFINITY : stepR / dv;
        cells.add(r * cols + c);
        // every step moves one cell closer along one axis: the distance bounds the walk against rounding
        int steps = Math.abs(cEnd - c) + Math.abs(rEnd - r);
        for (int i = 0; i < steps && (c != cEnd || r != rEnd); i++) {
            if (tMaxU <= tMaxV && c != cEnd || r == rEnd) {
                c += stepC == 0 ? Integer.signum(cEnd - c) : stepC;
                tMaxU += tDeltaU;
            } else {
                r += stepR == 0 ? Integer.signum(rEnd - r) : stepR;
                tMaxV += tDeltaV;
            }
            cells.add(r * cols + c);
        }
    }

    /** The cell index of grid-unit position (u, v), on the grid's edge counted inside. */
    static int cell(double u, double v, int cols, int rows) {
        return clamp(v, rows) * cols + clamp(u, cols);
    }

    private static int clamp(double x, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(x)));
    }

    /** Cells whose centre is inside the polygon (even-odd over all rings), row by row; may be empty. */
    static int[] polygon(List<List<double[]>> rings, int cols, int rows) {
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (double[] p : rings.get(0)) {
            vMin = Math.min(vMin, p[1]);
            vMax = Math.max(vMax, p[1]);
        }
        int r0 = (int) Math.max(0, Math.ceil(vMin - 0.5));
        int r1 = (int) Math.min(rows - 1, Math.ceil(vMax - 0.5) - 1);
        List<Integer> cells = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int r = r0; r <= r1; r++) {
            double y = r + 0.5;
            xs.clear();
            for (List<double[]> ring : rings) {
                for (int k = 0; k + 1 < ring.size(); k++) {
                    double[] a = ring.get(k);
                    double[] b = ring.get(k + 1);
                    if (a[1] <= y && y < b[1] || b[1] <= y && y < a[1]) {
                        xs.add(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
                    }
                }
            }
            xs.sort(null);
            for (int k = 0; k + 1 < xs.size(); k += 2) {
                int c0 = (int) Math.max(0, Math.ceil(xs.get(k) - 0.5));
                int c1 = (int) Math.min(cols - 1, Math.ceil(xs.get(k + 1) - 0.5) - 1);
                for (int c = c0; c <= c1; c++) {
                    cells.add(r * cols + c);
                }
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The area-weighted centroid of a ring (the mean of its positions when it has no area). */
    static double[] centroid(List<double[]> ring) {
        double area = 0;
        double cu = 0;
        double cv = 0;
        double[] o = ring.get(0);
        for (int k = 0; k + 1 < ring.size(); k++) {
            double ax = ring.get(k)[0] - o[0];
            double ay = ring.get(k)[1] - o[1];
            double bx = ring.get(k + 1)[0] - o[0];
            double by = ring.get(k + 1)[1] - o[1];
            double cross = ax * by - bx * ay;
            area += cross;
            cu += (ax + bx) * cross;
            cv += (ay + by) * cross;
        }
        if (Math.abs(area) < 1e-12) {
            double su = 0;
            double sv = 0;
            for (double[] p : ring) {
                su += p[0];
                sv += p[1];
            }
            return new double[] {su / ring.size(), sv / ring.size()};
        }
        return new double[] {o[0] + cu / (3 * area), o[1] + cv / (3 * area)};
    }
}

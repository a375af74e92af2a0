package org.drillgrid.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A river's centre line, sampled every quarter cell in cell coordinates (cell centres on integers),
 * with a bed height per sample that never rises downstream. Point 0 is the upstream end.
 */
final class Channel {

    /** Sample spacing along the line, in cells: distances to the line are exact to within half of it. */
    static final double STEP = 0.25;

    private final double[] xs;
    private final double[] ys;
    private final double[] bed;

    private Channel(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        this.bed = new double[xs.length];
    }

    /** A river flowing west to east across the grid: row {@code y0 + drift * x + amplitude * noise}. */
    static Channel eastward(Noise noise, int cols, double y0, double drift, double amplitude, double scale) {
        int n = (int) ((cols + 3) / STEP);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double x = -1.5 + i * STEP;
            xs[i] = x;
            ys[i] = y0 + drift * x + amplitude * noise.fractal(x, 0.5, scale, 3);
        }
        return new Channel(xs, ys);
    }

    /**
     * A tributary rising beyond the south edge near column {@code x0} and flowing north until it meets
     * {@code main}; its column wanders by {@code amplitude} cells, following the noise read along column
     * {@code x0}, so that tributaries at different columns wander differently.
     */
    static Channel northward(Noise noise, int rows, double x0, double amplitude, double scale, Channel main) {
        List<double[]> points = new ArrayList<>();
        for (double y = rows + 1.5; ; y -= STEP) {
            double x = x0 + amplitude * noise.fractal(x0, y, scale, 3);
            points.add(new double[] {x, y});
            if (y <= main.rowAt(x)) {
                break;
            }
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i)[0];
            ys[i] = points.get(i)[1];
        }
        return new Channel(xs, ys);
    }

    int size() {
        return xs.length;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    double bed(int i) {
        return bed[i];
    }

    void setBed(int i, double height) {
        bed[i] = height;
    }

    /** Row of the line at column {@code x}, for a line that runs west to east. */
    double rowAt(double x) {
        int i = (int) StrictMath.rint((x - xs[0]) / STEP);
        return ys[StrictMath.max(0, StrictMath.min(xs.length - 1, i))];
    }

    /** Index of the first sample, from upstream, whose bed is at or below {@code height}. */
    int firstBedBelow(double height) {
        for (int i = 0; i < bed.length; i++) {
            if (bed[i] <= height) {
                return i;
            }
        }
        return bed.length - 1;
    }

    /** Distance from every cell within {@code reach} cells to the line, and the nearest sample. */
    Field field(int cols, int rows, int reach) {
        double[] dist = new double[cols * rows];
        int[] nearest = new int[cols * rows];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(nearest, -1);
        for (int i = 0; i < xs.length; i++) {
            int c0 = (int) StrictMath.floor(xs[i]);
            int r0 = (int) StrictMath.floor(ys[i]);
            for (int r = StrictMath.max(0, r0 - reach); r <= StrictMath.min(rows - 1, r0 + reach + 1); r++) {
                for (int c = StrictMath.max(0, c0 - reach); c <= StrictMath.min(cols - 1, c0 + reach + 1); c++) {
                    double d = StrictMath.hypot(c - xs[i], r - ys[i]);
                    int k = r * cols + c;
                    if (d < dist[k]) {
                        dist[k] = d;
                        nearest[k] = i;
                    }
                }
            }
        }
        return new Field(cols, dist, nearest);
    }

    /** Distances to a channel; infinite (and nearest -1) beyond the reach it was computed for. */
    record Field(int cols, double[] dist, int[] nearest) {

        double at(int col, int row) {
            return dist[row * cols + col];
        }

        int nearestAt(int col, int row) {
            return nearest[row * cols + col];
        }
    }
}

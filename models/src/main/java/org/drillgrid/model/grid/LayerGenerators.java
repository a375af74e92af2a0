package org.drillgrid.model.grid;

import org.drillgrid.model.scenario.GeneratorSpec;

/** Computes the raster of a {@link GeneratorSpec} over a grid; defaults as documented on the spec. */
public final class LayerGenerators {

    private LayerGenerators() {
    }

    public static GridLayer generate(GeneratorSpec spec, int cols, int rows, double cellSize) {
        if (spec instanceof GeneratorSpec.Fractal f) {
            return fractal(f, cols, rows, cellSize);
        }
        return radial((GeneratorSpec.Radial) spec, cols, rows);
    }

    private static GridLayer fractal(GeneratorSpec.Fractal f, int cols, int rows, double cellSize) {
        ValueNoise noise = new ValueNoise(or(f.seed(), 1L));
        double mean = or(f.mean(), 0.0);
        double amplitude = or(f.amplitude(), 1.0);
        int octaves = or(f.octaves(), 5);
        double persistence = or(f.persistence(), 0.5);
        double scale = or(f.scale(), 32.0);
        double tiltEast = or(f.tiltEast(), 0.0) * cellSize / 1000;
        double tiltSouth = or(f.tiltSouth(), 0.0) * cellSize / 1000;
        double[] v = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double z = mean + amplitude * noise.fractal(c, r, scale, octaves, persistence)
                        + tiltEast * c + tiltSouth * r;
                v[r * cols + c] = f.min() == null ? z : Math.max(f.min(), z);
            }
        }
        return new GridLayer(cols, rows, v);
    }

    private static GridLayer radial(GeneratorSpec.Radial spec, int cols, int rows) {
        double cc = spec.centre() != null ? spec.centre().get(0) : (cols - 1) / 2.0;
        double cr = spec.centre() != null ? spec.centre().get(1) : (rows - 1) / 2.0;
        double base = or(spec.base(), 0.0);
        double peak = or(spec.peak(), 1.0);
        double radius = or(spec.radius(), Math.min(cols, rows) / 4.0);
        double[] v = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d2 = ((c - cc) * (c - cc) + (r - cr) * (r - cr)) / (radius * radius);
                v[r * cols + c] = base + peak * StrictMath.exp(-d2);
            }
        }
        return new GridLayer(cols, rows, v);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}

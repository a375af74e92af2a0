package org.drillgrid.scenarios;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;

/** Population and buildings drawn from a map of {@link Settlement} kinds, and where villages go. */
final class Settlements {

    private static final Set<LandUse> BUILDABLE = EnumSet.of(LandUse.NONE, LandUse.CROPLAND, LandUse.GRASSLAND,
            LandUse.FOREST);

    private Settlements() {
    }

    /**
     * Residents per cell: each cell's settlement weight, varied by +-30 % noise, scaled so that the
     * whole grid holds exactly {@code target} people. Rounding carries its remainder from cell to cell,
     * so whole people add up to the target exactly.
     */
    static GridLayer population(Canvas kinds, Noise noise, long target) {
        int cols = kinds.cols();
        int rows = kinds.rows();
        double[] weight = new double[cols * rows];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double w = Settlement.of(kinds.get(c, r)).weight() * (1 + 0.3 * noise.fractal(c, r, 8, 3));
                weight[r * cols + c] = w;
                total += w;
            }
        }
        if (!(total > 0)) {
            throw new IllegalStateException("no settled cell to place " + target + " people in");
        }
        double perWeight = target / total;
        double[] people = new double[weight.length];
        double running = 0;
        long placed = 0;
        for (int i = 0; i < weight.length; i++) {
            running += weight[i] * perWeight;
            long upToHere = StrictMath.round(running);
            people[i] = upToHere - placed;
            placed = upToHere;
        }
        return new GridLayer(cols, rows, people);
    }

    /**
     * Dominant structure class per cell, drawn per block of {@code block} x {@code block} cells so that
     * neighbouring cells share a class, as the buildings of one estate or one village lane do.
     */
    static GridLayer buildings(Canvas kinds, Noise noise, int block) {
        Canvas out = new Canvas(kinds.cols(), kinds.rows());
        for (int r = 0; r < kinds.rows(); r++) {
            for (int c = 0; c < kinds.cols(); c++) {
                double u = noise.unit(c / block, r / block);
                out.set(c, r, Settlement.of(kinds.get(c, r)).structure(u).code());
            }
        }
        return out.toLayer();
    }

    /**
     * Candidate village centres: one per {@code spacing}-cell lattice square, jittered inside it, kept
     * with probability {@code share}. The caller decides which candidates the terrain allows.
     */
    static List<int[]> villageSites(Noise noise, int cols, int rows, int spacing, double share) {
        List<int[]> sites = new ArrayList<>();
        for (int j = 0; j * spacing < rows; j++) {
            for (int i = 0; i * spacing < cols; i++) {
                if (noise.unit(3 * i, 3 * j) >= share) {
                    continue;
                }
                int c = i * spacing + (int) (noise.unit(3 * i + 1, 3 * j) * spacing);
                int r = j * spacing + (int) (noise.unit(3 * i, 3 * j + 1) * spacing);
                if (c < cols && r < rows) {
                    sites.add(new int[] {c, r});
                }
            }
        }
        return sites;
    }

    /**
     * Turns settled cells into built-up land use where the land allows building (cropland, grassland,
     * forest or nothing yet) and unsettles the rest: water, parks and bare embankments stay as they are.
     */
    static void settle(Canvas kinds, Canvas landUse) {
        for (int r = 0; r < kinds.rows(); r++) {
            for (int c = 0; c < kinds.cols(); c++) {
                Settlement kind = Settlement.of(kinds.get(c, r));
                LandUse use = LandUse.ofCode(landUse.get(c, r));
                if (kind == Settlement.NONE) {
                    continue;
                }
                if (BUILDABLE.contains(use)) {
                    landUse.set(c, r, kind.landUse().code());
                } else {
                    kinds.set(c, r, Settlement.NONE.ordinal());
                }
            }
        }
    }

    /** Marks a village: the cells whose centres lie within {@code radius} cells of (col, row). */
    static void stampVillage(Canvas kinds, int col, int row, double radius) {
        int reach = (int) radius;
        for (int dr = -reach; dr <= reach; dr++) {
            for (int dc = -reach; dc <= reach; dc++) {
                if (dc * dc + dr * dr <= radius * radius) {
                    kinds.setIfInside(col + dc, row + dr, Settlement.VILLAGE.ordinal());
                }
            }
        }
    }
}

package org.drillgrid.engine.kpi;

import java.util.Arrays;

/** Weighted quantiles of values, each counted {@code weight} times (people in a household). */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The smallest value v such that at least a share {@code q} of the total weight is at or below v
     * (the inverse empirical distribution); NaN for no values.
     */
    public static double of(double[] values, int[] weights, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        double need = q * total;
        long acc = 0;
        for (Integer i : order) {
            acc += weights[i];
            if (acc >= need) {
                return values[i];
            }
        }
        return values[order[n - 1]];
    }
}

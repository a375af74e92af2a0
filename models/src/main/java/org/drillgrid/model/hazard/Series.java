package org.drillgrid.model.hazard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A step function of time written as {@code [[t_seconds, value], ...]}: the value of a pair holds from
 * its time until the next pair's; before the first pair it is 0, after the last it stays. Times must
 * rise strictly (checked by the validator).
 */
public record Series(List<List<Double>> points) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Series {
        // unmodifiable but null-tolerant: a pair that failed to bind is null, and firstMalformed names it
        points = points == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
    }

    @JsonValue
    public List<List<Double>> points() {
        return points;
    }

    public static Series constant(double value) {
        return new Series(List.of(List.of(0.0, value)));
    }

    /** The value at time t (s). */
    public double at(double t) {
        double v = 0;
        for (List<Double> p : points) {
            if (p.get(0) > t) {
                break;
            }
            v = p.get(1);
        }
        return v;
    }

    /** The integral of the series from 0 to t (value·seconds). */
    public double integral(double t) {
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            double from = points.get(i).get(0);
            if (from >= t) {
                break;
            }
            double to = i + 1 < points.size() ? Math.min(points.get(i + 1).get(0), t) : t;
            sum += points.get(i).get(1) * (to - from);
        }
        return sum;
    }

    /** The index of the first malformed pair (not two numbers, or time not rising), or -1. */
    public int firstMalformed() {
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            List<Double> p = points.get(i);
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null || !(p.get(0) > last)) {
                return i;
            }
            last = p.get(0);
        }
        return -1;
    }
}

package org.drillgrid.engine.hazard.fire;

import java.util.Arrays;

/**
 * A binary min-heap of (arrival time, cell) on primitive arrays, ordered by time and then by cell index so that equal
 * times pop in a fixed order. Entries are never updated in place: a better arrival is pushed again and the caller skips
 * the outdated one when it pops.
 */
final class ArrivalQueue {

    private double[] times = new double[64];
    private int[] cells = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    double peekTime() {
        return times[0];
    }

    int peekCell() {
        return cells[0];
    }

    void push(double time, int cell) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, cell, times[parent], cells[parent])) {
                break;
            }
            times[i] = times[parent];
            cells[i] = cells[parent];
            i = parent;
        }
        times[i] = time;
        cells[i] = cell;
    }

    /** Removes the first entry; read it with {@link #peekTime()} and {@link #peekCell()} before. */
    void pop() {
        double time = times[--size];
        int cell = cells[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(times[child + 1], cells[child + 1], times[child], cells[child])) {
                child++;
            }
            if (!before(times[child], cells[child], time, cell)) {
                break;
            }
            times[i] = times[child];
            cells[i] = cells[child];
            i = child;
        }
        times[i] = time;
        cells[i] = cell;
    }

    private static boolean before(double t1, int c1, double t2, int c2) {
        return t1 < t2 || (t1 == t2 && c1 < c2);
    }
}

package org.drillgrid.engine.move;

import java.util.Arrays;

/**
 * Shortest travel times to one target for one mode, as a next-cell pointer per cell: every agent heading
 * for the target follows {@code next} from wherever it is. Computed by a reverse Dijkstra search over
 * the 8-neighbour grid with the costs and closures of the moment ({@link Mobility#version()}).
 */
final class FlowField {

    private static final int[] DC = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DR = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final double DIAGONAL = Math.sqrt(2);

    final int target;
    final Mode mode;
    final double walkSpeed;
    final long version;
    final long orderVersion;
    final double computedAt;
    final int[] next;
    final float[] seconds;

    private FlowField(int target, Mode mode, double walkSpeed, long version, long orderVersion, double computedAt,
            int n) {
        this.orderVersion = orderVersion;
        this.computedAt = computedAt;
        this.target = target;
        this.mode = mode;
        this.walkSpeed = walkSpeed;
        this.version = version;
        this.next = new int[n];
        this.seconds = new float[n];
    }

    static FlowField compute(Mobility m, int target, Mode mode, double walkSpeed, double now) {
        return compute(m, target, mode, walkSpeed, now, -1);
    }

    /**
     * With {@code stopAt} ≥ 0 the search ends once that cell is settled: the field is then valid on the
     * shortest path from {@code stopAt} (every cell on it is settled first) and is for that one trip.
     */
    static FlowField compute(Mobility m, int target, Mode mode, double walkSpeed, double now, int stopAt) {
        int cols = m.cols;
        int n = m.cells;
        FlowField f = new FlowField(target, mode, walkSpeed, m.version(), m.orderVersion(), now, n);
        Arrays.fill(f.next, -1);
        Arrays.fill(f.seconds, Float.POSITIVE_INFINITY);
        double[] half = new double[n]; // seconds to cross half a cell straight; infinite where closed
        for (int i = 0; i < n; i++) {
            half[i] = 0.5 * m.crossSeconds(i, mode, walkSpeed);
        }
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        CellHeap heap = new CellHeap(Math.max(16, n / 8));
        dist[target] = 0;
        f.next[target] = target;
        heap.push(target, 0);
        while (!heap.isEmpty()) {
            double d = heap.topKey();
            int c = heap.pop();
            if (d > dist[c]) {
                continue;
            }
            f.seconds[c] = (float) d;
            if (c == stopAt) {
                break;
            }
            int col = c % cols;
            int row = c / cols;
            for (int k = 0; k < 8; k++) {
                int nc = col + DC[k];
                int nr = row + DR[k];
                if (nc < 0 || nr < 0 || nc >= cols || nr >= m.rows) {
                    continue;
                }
                int j = nr * cols + nc;
                if (Double.isInfinite(half[j]) || Double.isInfinite(half[c]) && c != target) {
                    continue;
                }
                double step = (half[j] + (c == target && Double.isInfinite(half[c]) ? half[j] : half[c]))
                        * (k < 4 ? 1 : DIAGONAL);
                double nd = d + step;
                if (nd < dist[j]) {
                    dist[j] = nd;
                    f.next[j] = c;
                    heap.push(j, nd);
                }
            }
        }
        return f;
    }

    /** A binary min-heap of cells keyed by travel time; stale entries are skipped by the caller. */
    private static final class CellHeap {
        private int[] cells;
        private double[] keys;
        private int size;

        CellHeap(int capacity) {
            cells = new int[capacity];
            keys = new double[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(int cell, double key) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (keys[p] < key || keys[p] == key && cells[p] <= cell) {
                    break;
                }
                cells[i] = cells[p];
                keys[i] = keys[p];
                i = p;
            }
            cells[i] = cell;
            keys[i] = key;
        }

        int pop() {
            int top = cells[0];
            size--;
            int cell = cells[size];
            double key = keys[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    break;
                }
                int r = l + 1;
                int m = r < size && (keys[r] < keys[l] || keys[r] == keys[l] && cells[r] < cells[l]) ? r : l;
                if (key < keys[m] || key == keys[m] && cell <= cells[m]) {
                    break;
                }
                cells[i] = cells[m];
                keys[i] = keys[m];
                i = m;
            }
            cells[i] = cell;
            keys[i] = key;
            return top;
        }
    }
}

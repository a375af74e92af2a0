package org.drillgrid.ui.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one simulated trainee measured, or (after {@link #add}) all of them: latencies of acknowledged
 * orders and of event polls, errors by kind, and what the engine made of the orders as the trainees saw it
 * in their events. Each trainee owns its own tally, so nothing here is shared between threads.
 */
final class Tally {

    /** A sample of latencies in nanoseconds. */
    static final class Samples {
        private long[] values = new long[256];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        /** The nearest-rank percentile (0 < p <= 100) in milliseconds; NaN when empty. */
        double percentileMs(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * size);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    final Samples orders = new Samples();
    final Samples polls = new Samples();
    long ordersSent;
    long pollsSent;
    long eventsReceived;
    long ordersIssued;
    long ordersRejected;
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, Long> refusals = new TreeMap<>();
    /** The first answer or exception seen of each error kind, to tell what went wrong. */
    final Map<String, String> firstOfKind = new TreeMap<>();

    void error(String kind, String detail) {
        errors.merge(kind, 1L, Long::sum);
        firstOfKind.putIfAbsent(kind, detail);
    }

    void refusal(String reason) {
        refusals.merge(reason, 1L, Long::sum);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    void add(Tally other) {
        orders.addAll(other.orders);
        polls.addAll(other.polls);
        ordersSent += other.ordersSent;
        pollsSent += other.pollsSent;
        eventsReceived += other.eventsReceived;
        ordersIssued += other.ordersIssued;
        ordersRejected += other.ordersRejected;
        other.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
        other.refusals.forEach((k, v) -> refusals.merge(k, v, Long::sum));
        other.firstOfKind.forEach(firstOfKind::putIfAbsent);
    }
}

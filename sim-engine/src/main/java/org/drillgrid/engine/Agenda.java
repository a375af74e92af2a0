package org.drillgrid.engine;

import java.util.PriorityQueue;

/**
 * The agents' own timetable: actions due at exact sim times (s), run in time order, ties in the order
 * they were booked. The agent phase runs everything due before the end of each tick, so agents act
 * between ticks at the second they choose, with no dependence on MASON's tie-breaking.
 */
public final class Agenda {

    /** Something an agent does at a time. */
    @FunctionalInterface
    public interface Action {
        void run(double now);
    }

    private record Entry(double time, long seq, Action action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long seq;
    private double now;
    private long done;

    /** Books an action; a time before now runs at now. */
    public void at(double time, Action action) {
        queue.add(new Entry(Math.max(time, now), seq++, action));
    }

    /** Runs, in order, every action due before {@code end}, including those they book for before it. */
    public void runUntil(double end) {
        while (!queue.isEmpty() && queue.peek().time < end) {
            Entry e = queue.poll();
            now = e.time;
            e.action.run(now);
            done++;
        }
        now = Math.max(now, end);
    }

    /** The time of the action running now, or the end of the last run. */
    public double now() {
        return now;
    }

    public int pending() {
        return queue.size();
    }

    /** Actions run so far. */
    public long done() {
        return done;
    }
}

package org.drillgrid.ui.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** What the load test prints at the end: the set-up, order and poll latencies, errors, and the verdict. */
record LoadReport(LoadOptions options, int trainees, List<Exercise.Reached> sessions, double wallSeconds,
        Tally tally, RateCap cap) {

    /** The target for acknowledging an order. */
    static final double TARGET_P95_MS = 200;
    /** How many kinds of engine refusal to list. */
    private static final int REFUSALS_SHOWN = 8;

    boolean holds() {
        return tally.errorCount() == 0 && tally.orders.size() > 0 && tally.orders.percentileMs(95) < TARGET_P95_MS;
    }

    void print(PrintStream out) {
        out.println("== Drillgrid order load test ==");
        out.printf("sessions: %d; trainees: %d; duration: %.1f s (asked %d s); seed %d; rate cap %.0f requests/s%n",
                sessions.size(), trainees, wallSeconds, options.duration().toSeconds(), options.seed(), cap.perSecond());
        for (Exercise.Reached r : sessions) {
            out.printf("  %s %s: %s at t=%d s after %.1f s (%.1fx; asked %.0fx)%n", r.session().scenario,
                    r.session().id, r.status(), r.simSeconds(), r.wallSeconds(), r.simSeconds() / r.wallSeconds(),
                    options.speed());
        }
        out.printf("orders sent: %d; acknowledged (202): %d; errors: %d%n", tally.ordersSent, tally.orders.size(),
                tally.errorCount());
        for (Map.Entry<String, Long> e : tally.errors.entrySet()) {
            out.printf("  %-28s %6d   first: %s%n", e.getKey(), e.getValue(), oneLine(tally.firstOfKind.get(e.getKey())));
        }
        out.printf("order latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", tally.orders.percentileMs(50),
                tally.orders.percentileMs(95), tally.orders.percentileMs(99), tally.orders.percentileMs(100));
        out.printf("orders carried out (seen in events): %d; refused by the engine: %d%n", tally.ordersIssued,
                tally.ordersRejected);
        tally.refusals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(REFUSALS_SHOWN).forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        out.printf("event polls: %d (answered 200: %d); events received: %d%n", tally.pollsSent, tally.polls.size(),
                tally.eventsReceived);
        out.printf("poll latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", tally.polls.percentileMs(50),
                tally.polls.percentileMs(95), tally.polls.percentileMs(99), tally.polls.percentileMs(100));
        out.printf("requests held back by the rate cap: %d%n", cap.throttled());
        out.printf("target order p95 < %.0f ms with no errors: %s%n", TARGET_P95_MS, holds() ? "HOLDS" : "DOES NOT HOLD");
    }

    private static String oneLine(String text) {
        String s = String.valueOf(text).replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}

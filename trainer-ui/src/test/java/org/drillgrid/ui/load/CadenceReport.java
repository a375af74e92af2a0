package org.drillgrid.ui.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the map keep-up measurement prints: per page and over all pages, how often the clock and the map
 * changed in the window, as intervals between successive changes (count, median, p95, all nearest rank)
 * and the longest gap, which also counts the time from the window's start to the first change and from the
 * last change to the window's end (a page that stopped updating shows there). For the map also the lag
 * from the server's announcing a new overlay to the browser showing it, and how many announced overlays
 * were overtaken by a newer one before they loaded.
 */
final class CadenceReport {

    /** The criterion: every page's clock and map update at least this often. */
    static final long TARGET_MS = 2000;

    /** Changes of one thing on one page in the window [from, to] (epoch ms). */
    static final class Gaps {
        final Tally.Samples intervals = new Tally.Samples();
        int updates;
        long longestMs;

        static Gaps of(List<Long> times, long from, long to) {
            Gaps g = new Gaps();
            long previous = -1;
            for (long t : times) {
                if (t < from || t > to) {
                    continue;
                }
                g.updates++;
                if (previous >= 0) {
                    g.intervals.add((t - previous) * 1_000_000L);
                }
                g.longestMs = Math.max(g.longestMs, t - (previous >= 0 ? previous : from));
                previous = t;
            }
            g.longestMs = Math.max(g.longestMs, to - (previous >= 0 ? previous : from));
            return g;
        }

        boolean p95Holds() {
            return intervals.size() > 0 && intervals.percentileMs(95) <= TARGET_MS;
        }

        boolean longestHolds() {
            return longestMs <= TARGET_MS;
        }
    }

    /** One page's figures. */
    record Page(String name, boolean post, Gaps clock, Gaps map, Tally.Samples lag, int overtaken, boolean observed) {

        /**
         * From the page's records: clock changes, overlays shown (time, version) and announced (time, version).
         */
        static Page of(String name, boolean post, List<Long> clock, List<long[]> shown, List<long[]> announced,
                boolean observed, long from, long to) {
            List<Long> shownTimes = new ArrayList<>();
            shown.forEach(s -> shownTimes.add(s[0]));
            Map<Long, Long> announcedAt = new HashMap<>();
            for (long[] a : announced) {
                announcedAt.putIfAbsent(a[1], a[0]);
            }
            Tally.Samples lag = new Tally.Samples();
            java.util.Set<Long> shownVersions = new java.util.HashSet<>();
            for (long[] s : shown) {
                shownVersions.add(s[1]);
                Long at = announcedAt.get(s[1]);
                if (s[0] >= from && s[0] <= to && at != null) {
                    lag.add((s[0] - at) * 1_000_000L);
                }
            }
            int overtaken = 0;
            for (long[] a : announced) {
                if (a[0] >= from && a[0] <= to && !shownVersions.contains(a[1])) {
                    overtaken++;
                }
            }
            return new Page(name, post, Gaps.of(clock, from, to), Gaps.of(shownTimes, from, to), lag, overtaken, observed);
        }
    }

    private final List<Page> pages;
    private final List<String> header;

    CadenceReport(List<String> header, List<Page> pages) {
        this.header = header;
        this.pages = pages;
    }

    /** Every page's clock, and every console's map, changed at least every {@link #TARGET_MS}. */
    boolean holds() {
        return pages.stream().allMatch(p -> p.observed && p.clock.longestHolds() && (p.post || p.map.longestHolds()));
    }

    void print(PrintStream out) {
        out.println("== Drillgrid map keep-up ==");
        header.forEach(out::println);
        out.println("intervals between successive updates, s (n = updates in the window; longest gap includes"
                + " the window's edges); map lag = announced to shown, s");
        out.printf("%-30s | %5s %6s %6s %6s | %5s %6s %6s %6s | %6s %6s %6s %5s%n", "page", "clock", "median", "p95",
                "longest", "map", "median", "p95", "longest", "lag50", "lag95", "lagmax", "overt");
        Tally.Samples allLag = new Tally.Samples();
        pages.forEach(p -> allLag.addAll(p.lag));
        table(out);
        criterion(out, allLag);
    }

    private void table(PrintStream out) {
        Gaps allClock = new Gaps();
        Gaps allMap = new Gaps();
        Tally.Samples allLag = new Tally.Samples();
        int overtaken = 0;
        for (Page p : pages) {
            row(out, p.name + (p.observed ? "" : " (observer lost!)"), p.clock, p.map, p.lag, p.overtaken);
            pool(allClock, p.clock);
            pool(allMap, p.map);
            allLag.addAll(p.lag);
            overtaken += p.overtaken;
        }
        row(out, "all pages", allClock, allMap, allLag, overtaken);
    }

    private void criterion(PrintStream out, Tally.Samples allLag) {
        out.println("criterion: the map and clock of every page update at least every " + TARGET_MS / 1000 + " s");
        verdict(out, "clock of every page", pages);
        verdict(out, "map of every console", pages.stream().filter(p -> !p.post).toList());
        verdict(out, "map of every post", pages.stream().filter(p -> p.post).toList());
        long changed = pages.stream().filter(p -> p.post && p.map.updates > 0).count();
        long posts = pages.stream().filter(Page::post).count();
        out.printf("  a command post redraws its map only when its picture changes (a report, a team's or shelter's"
                + " status, a road it closed): %d of %d posts' maps changed in the window; announced to shown p95 %.2f s"
                + " (all maps)%n", changed, posts, s(allLag, 95));
        out.println("clocks of every page and maps of every console updated at least every " + TARGET_MS / 1000
                + " s: " + (holds() ? "HOLDS" : "DOES NOT HOLD"));
    }

    private static void verdict(PrintStream out, String what, List<Page> of) {
        if (of.isEmpty()) {
            return;
        }
        int p95 = 0;
        int longest = 0;
        long worst = -1;
        String worstPage = "";
        for (Page p : of) {
            Gaps g = what.startsWith("clock") ? p.clock : p.map;
            p95 += g.p95Holds() ? 1 : 0;
            longest += g.longestHolds() ? 1 : 0;
            if (g.longestMs > worst) {
                worst = g.longestMs;
                worstPage = p.name;
            }
        }
        out.printf("  %s: p95 <= %d s on %d of %d pages; longest gap <= %d s on %d of %d pages (worst %.2f s, %s)%n",
                what, TARGET_MS / 1000, p95, of.size(), TARGET_MS / 1000, longest, of.size(), worst / 1e3, worstPage);
    }

    private static void pool(Gaps all, Gaps one) {
        all.intervals.addAll(one.intervals);
        all.updates += one.updates;
        all.longestMs = Math.max(all.longestMs, one.longestMs);
    }

    private static void row(PrintStream out, String name, Gaps clock, Gaps map, Tally.Samples lag, int overtaken) {
        out.printf("%-30s | %5d %6.2f %6.2f %6.2f | %5d %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f %5d%n", name,
                clock.updates, s(clock.intervals, 50), s(clock.intervals, 95), clock.longestMs / 1e3,
                map.updates, s(map.intervals, 50), s(map.intervals, 95), map.longestMs / 1e3,
                s(lag, 50), s(lag, 95), s(lag, 100), overtaken);
    }

    private static double s(Tally.Samples samples, double p) {
        return samples.percentileMs(p) / 1e3;
    }
}

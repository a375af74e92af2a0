package org.drillgrid.ui.load;

import java.time.Duration;

/**
 * The map keep-up measurement's command line: {@code [--minutes N] [--seconds N] [--posts N] [--consoles N]
 * [--orders]}. Minutes and seconds add up; without either it measures {@link #DEFAULT_DURATION}, within
 * {@link #MIN_DURATION} to {@link #MAX_DURATION} (the Xinzheng session lasts 24 min at 60x, and the pages
 * take a minute or two to open). {@code --orders}: the command posts' positions also give orders over the API,
 * as in the load test, so that their pictures change.
 */
record CadenceOptions(Duration duration, int posts, int consoles, boolean orders) {

    static final Duration DEFAULT_DURATION = Duration.ofMinutes(3);
    static final Duration MIN_DURATION = Duration.ofSeconds(20);
    static final Duration MAX_DURATION = Duration.ofMinutes(15);
    static final int DEFAULT_POSTS = 10;
    static final int DEFAULT_CONSOLES = 2;
    /** One browser per page: at most this many pages (about 0.3 GB of memory each). */
    static final int MAX_PAGES = 16;

    static final String USAGE = "usage: scripts/map-cadence [--minutes N] [--seconds N] [--posts N] [--consoles N] [--orders]\n"
            + "  opens 2 controller consoles and 10 command posts (each its own headless Chromium) on one Xinzheng\n"
            + "  exercise at 60x on a server on 127.0.0.1, records in each page when its clock and its map change,\n"
            + "  for the given time (default 3 minutes, 20 s to 15 minutes), then prints the intervals between updates\n"
            + "  --posts N (1-14), --consoles N (0-4): other numbers of pages; --orders: the posts' positions give\n"
            + "  orders over the API meanwhile (as scripts/load-test does), so that their pictures change";

    CadenceOptions {
        ScriptArgs.checkDuration(duration, MIN_DURATION, MAX_DURATION);
        if (posts < 1 || posts > OrderMix.POSITIONS.size()) {
            throw new IllegalArgumentException("--posts: " + posts + " is outside 1 to " + OrderMix.POSITIONS.size()
                    + " (one position each)");
        }
        if (consoles < 0 || consoles > 4 || posts + consoles > MAX_PAGES) {
            throw new IllegalArgumentException("--consoles: " + consoles + " is outside 0 to 4, or too many pages");
        }
    }

    static CadenceOptions parse(String... args) {
        ScriptArgs a = ScriptArgs.parse(USAGE, java.util.Set.of("--posts", "--consoles"), java.util.Set.of("--orders"),
                args);
        return new CadenceOptions(a.duration(DEFAULT_DURATION), a.intValue("--posts", DEFAULT_POSTS),
                a.intValue("--consoles", DEFAULT_CONSOLES), a.flag("--orders"));
    }
}

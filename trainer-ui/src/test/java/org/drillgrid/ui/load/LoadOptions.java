package org.drillgrid.ui.load;

import java.time.Duration;

/**
 * The load test's command line: {@code [--minutes N] [--seconds N] [--seed N]}. Minutes and seconds add
 * up; without either the test runs {@link #DEFAULT_DURATION}, at most {@link #MAX_DURATION}. The sessions run
 * at {@link #speed()}: 60x, or slower when the run is long enough that 60x would bring the shortest scenario
 * (Xinzheng, 24 h of simulated time) to its end before the load stops.
 */
record LoadOptions(Duration duration, long seed) {

    static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);
    static final Duration MIN_DURATION = Duration.ofSeconds(10);
    static final Duration MAX_DURATION = Duration.ofMinutes(60);
    static final double FASTEST = 60;
    /** The shortest scenario's simulated time, less 5 % so that no session ends while trainees still run. */
    static final Duration SIMULATED_BUDGET = Duration.ofHours(24).multipliedBy(95).dividedBy(100);

    static final String USAGE = "usage: scripts/load-test [--minutes N] [--seconds N] [--seed N]\n"
            + "  runs 20 simulated trainees in 3 exercise sessions against a server on 127.0.0.1 for the given time\n"
            + "  (default 5 minutes, at most 60; 60x, slower past 22 minutes so that no session ends), then prints order and event-poll latencies";

    LoadOptions {
        ScriptArgs.checkDuration(duration, MIN_DURATION, MAX_DURATION);
    }

    /** The sessions' speed: 60x, or the whole-number speed at which the run stays inside {@link #SIMULATED_BUDGET}. */
    double speed() {
        return Math.min(FASTEST, Math.floor((double) SIMULATED_BUDGET.toSeconds() / duration.toSeconds()));
    }

    static LoadOptions parse(String... args) {
        ScriptArgs a = ScriptArgs.parse(USAGE, java.util.Set.of("--seed"), java.util.Set.of(), args);
        return new LoadOptions(a.duration(DEFAULT_DURATION), a.value("--seed", 1));
    }
}

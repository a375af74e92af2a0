package org.drillgrid.ui.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the measurement scripts ({@code scripts/load-test}, {@code scripts/map-cadence}):
 * options that take a whole number ({@code --seed 3}), bare flags ({@code --orders}), and a duration given as
 * {@code --minutes N} and {@code --seconds N}, which add up. A wrong option, a missing or non-numeric value
 * is an {@link IllegalArgumentException} that names it (with the usage).
 */
final class ScriptArgs {

    private final Map<String, Long> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private long seconds;
    private boolean timed;

    private ScriptArgs() {
    }

    /**
     * @param valued the options that take a number, besides {@code --minutes} and {@code --seconds}
     * @param bare   the options that take none
     */
    static ScriptArgs parse(String usage, Set<String> valued, Set<String> bare, String... args) {
        ScriptArgs out = new ScriptArgs();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (bare.contains(name)) {
                out.flags.add(name);
                continue;
            }
            boolean time = name.equals("--minutes") || name.equals("--seconds");
            if (!time && !valued.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "\n" + usage);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + ": needs a value\n" + usage);
            }
            long value = number(name, args[++i]);
            if (time) {
                out.seconds += name.equals("--minutes") ? Math.multiplyExact(value, 60L) : value;
                out.timed = true;
            } else {
                out.values.put(name, value);
            }
        }
        return out;
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number");
        }
    }

    /** The value of an option (the last one given), or {@code fallback}. */
    long value(String name, long fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The value of an option as an int, clamped (the caller's range check names it). */
    int intValue(String name, int fallback) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value(name, fallback)));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The minutes and seconds given, added up, or {@code fallback} when neither was. */
    Duration duration(Duration fallback) {
        return timed ? Duration.ofSeconds(seconds) : fallback;
    }

    /** Refuses a duration outside {@code min} to {@code max}, naming it. */
    static void checkDuration(Duration duration, Duration min, Duration max) {
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw new IllegalArgumentException("duration: " + duration.toSeconds() + " s is outside "
                    + min.toSeconds() + " to " + max.toSeconds() + " s");
        }
    }
}

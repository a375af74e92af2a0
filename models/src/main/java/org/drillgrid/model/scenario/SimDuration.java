package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of simulated time in whole seconds. Written in documents either as a number of seconds
 * ({@code 5400}) or as a string of number-unit parts ({@code "90s"}, {@code "45m"}, {@code "6h"},
 * {@code "3d"}, {@code "1h30m"}; fractions allowed when they give whole seconds: {@code "1.5h"}).
 */
@JsonDeserialize(using = SimDurationDeserializer.class)
public record SimDuration(long seconds) implements Comparable<SimDuration> {

    /** What a malformed duration is told it should look like. */
    public static final String EXPECTED = "expected seconds or a duration like 90s, 45m, 6h, 3d";

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern TEXT = Pattern.compile("(?:\\d+(?:\\.\\d+)?[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([dhms])");

    public SimDuration {
        if (seconds < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + seconds);
        }
    }

    public static SimDuration ofSeconds(long seconds) {
        return new SimDuration(seconds);
    }

    public static SimDuration ofHours(long hours) {
        return new SimDuration(hours * 3600);
    }

    /**
     * Parses plain seconds ({@code "5400"}) or one or more number-unit parts ({@code "6h"}, {@code "45m"},
     * {@code "90s"}, {@code "3d"}, {@code "1h30m"}, {@code "1.5h"}); empty when malformed or not a whole
     * number of seconds.
     */
    public static Optional<SimDuration> parse(String text) {
        String t = text.strip();
        if (PLAIN.matcher(t).matches()) {
            return t.length() > 15 ? Optional.empty() : Optional.of(new SimDuration(Long.parseLong(t)));
        }
        if (!TEXT.matcher(t).matches()) {
            return Optional.empty();
        }
        double total = 0;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "m" -> 60;
                case "h" -> 3600;
                case "d" -> 86_400;
                default -> 1;
            };
            total += Double.parseDouble(m.group(1)) * unit;
        }
        double whole = Math.rint(total);
        if (total > 1e15 || Math.abs(total - whole) > 1e-6) {
            return Optional.empty();
        }
        return Optional.of(new SimDuration((long) whole));
    }

    @JsonValue
    public long seconds() {
        return seconds;
    }

    public double hours() {
        return seconds / 3600.0;
    }

    @Override
    public int compareTo(SimDuration o) {
        return Long.compare(seconds, o.seconds);
    }

    /** Compact human form, e.g. {@code 6h}, {@code 1h30m}, {@code 45s}; parses back to the same value. */
    public static String format(long seconds) {
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long d = seconds / 86_400;
        long h = seconds % 86_400 / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (d > 0) {
            sb.append(d).append('d');
        }
        if (h > 0) {
            sb.append(h).append('h');
        }
        if (m > 0) {
            sb.append(m).append('m');
        }
        if (s > 0) {
            sb.append(s).append('s');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format(seconds);
    }
}

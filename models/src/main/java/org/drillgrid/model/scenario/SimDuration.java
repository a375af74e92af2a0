package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of simulated time in whole seconds. Written in documents either as a number of seconds
 * ({@code 5400}) or as a string with one unit ({@code "90s"}, {@code "45m"}, {@code "6h"}, {@code "3d"},
 * fractions allowed when they give whole seconds: {@code "1.5h"}).
 */
@JsonDeserialize(using = SimDurationDeserializer.class)
public record SimDuration(long seconds) implements Comparable<SimDuration> {

    /** What a malformed duration is told it should look like. */
    public static final String EXPECTED = "expected seconds or a duration like 90s, 45m, 6h, 3d";

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([smhd]?)\\s*");

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

    /** Parses {@code "6h"}, {@code "45m"}, {@code "90s"}, {@code "3d"} or plain seconds; empty when malformed. */
    public static Optional<SimDuration> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long unit = switch (m.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            default -> 1;
        };
        double value = Double.parseDouble(m.group(1)) * unit;
        if (value > Long.MAX_VALUE / 2 || value != Math.rint(value)) {
            return Optional.empty();
        }
        return Optional.of(new SimDuration((long) value));
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

    /** Compact human form, e.g. {@code 6h}, {@code 1h30m}, {@code 90s}. */
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

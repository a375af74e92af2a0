package org.drillgrid.model.scenario;

import java.util.List;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.drill.Expectation;

/**
 * A drill event (docs/drill-format.md). It fires at sim time {@code at}, or at the end of the first tick
 * where condition {@code when} holds, or {@code delay} after inject {@code after} fired (with
 * {@code when}: the condition is watched from then on). On firing the {@code message} goes to the
 * {@code audience} (command-post positions; empty = everyone) through {@code channel} (default
 * "report"), the {@code effect} changes the world, and the {@code expect}ed player actions start their
 * time windows.
 */
public record Inject(String id, SimDuration at, Condition when, String after, SimDuration delay,
        List<String> audience, String channel, LocalizedText message, Effect effect, List<Expectation> expect) {

    /** A timed inject without effect or expectations. */
    public static Inject timed(String id, SimDuration at, List<String> audience, String channel,
            LocalizedText message) {
        return new Inject(id, at, null, null, null, audience, channel, message, null, null);
    }

    public List<String> audienceOrEmpty() {
        return audience == null ? List.of() : audience;
    }

    public String channelOrDefault() {
        return channel == null ? "report" : channel;
    }

    public long delaySeconds() {
        return delay == null ? 0 : delay.seconds();
    }

    public List<Expectation> expectOrEmpty() {
        return expect == null ? List.of() : expect;
    }

    /** How it is triggered, for the log: "at", "when water-depth", "after ID", "after ID when ...". */
    public String triggerText() {
        String cond = when == null ? null : "when " + conditionName(when);
        if (after != null) {
            return "after " + after + (cond == null ? "" : " " + cond);
        }
        return cond != null ? cond : "at";
    }

    private static String conditionName(Condition c) {
        return org.drillgrid.model.json.Json.typeName(Condition.class, c);
    }
}

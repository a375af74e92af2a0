package org.drillgrid.model.scenario;

import java.util.List;

/**
 * A scripted drill event: at sim time {@code at} the {@code message} is delivered to the {@code audience}
 * (command-post positions; empty = everyone) through {@code channel} (e.g. "phone", "radio", "fax",
 * "report"; default "report").
 */
public record Inject(String id, SimDuration at, List<String> audience, String channel, LocalizedText message) {

    public List<String> audienceOrEmpty() {
        return audience == null ? List.of() : audience;
    }

    public String channelOrDefault() {
        return channel == null ? "report" : channel;
    }
}

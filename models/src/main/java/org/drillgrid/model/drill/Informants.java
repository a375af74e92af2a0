package org.drillgrid.model.drill;

import java.util.List;
import org.drillgrid.model.scenario.SimDuration;

/**
 * Village disaster information officers (灾害信息员): every {@code every} (default 1 h) each of the named
 * {@code places} reports how many of its people are affected and trapped, {@code delay} late (default 30
 * min) and off by up to {@code error} (a fraction, default 0.3) either way. They cannot report while
 * their place has no network.
 */
public record Informants(List<String> places, SimDuration every, SimDuration delay, Double error,
        List<String> audience) {

    public List<String> placesOrEmpty() {
        return places == null ? List.of() : places;
    }

    public long everySeconds() {
        return every == null ? 3600 : every.seconds();
    }

    public long delaySeconds() {
        return delay == null ? 1800 : delay.seconds();
    }

    public double errorOrDefault() {
        return error == null ? 0.3 : error;
    }

    public List<String> audienceOrEmpty() {
        return audience == null ? List.of() : audience;
    }
}

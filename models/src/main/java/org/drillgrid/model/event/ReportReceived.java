package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A report reaching the command post (the trainees' picture, not the truth): from {@code source} (a
 * sensor, an information officer's place, a team), of {@code kind} (rain, water-level, affected, trapped,
 * team), about {@code cells} ([col0, row0, col1, row1]), the {@code value} as reported (with its error)
 * in {@code unit}, observed at {@code observedAt}, for {@code audience} (positions; empty = all).
 */
@JsonPropertyOrder({"t", "type"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportReceived(long t, String source, String kind, List<Integer> cells, Double value, String unit,
        long observedAt, List<String> audience, String text) implements SimEvent {

    public static final String TYPE = "report";

    public ReportReceived {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}

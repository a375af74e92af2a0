package org.drillgrid.model.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.Scenario;

/**
 * Writes a scenario document as pretty-printed UTF-8 JSON that {@code ScenarioLoader} reads back to an
 * equal {@link Scenario}: fields in record-component order, nulls left out, map keys sorted, so the
 * same document always gives the same bytes.
 */
public final class ScenarioWriter {

    private static final ObjectWriter WRITER = Json.mapper().writerWithDefaultPrettyPrinter();

    private ScenarioWriter() {
    }

    public static byte[] toJson(Scenario s) {
        try {
            return (WRITER.writeValueAsString(s) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // every component is a record, list, map, enum or scalar: failing to write one is a bug
            throw new IllegalStateException("scenario " + s.id() + " cannot be written as JSON", e);
        }
    }
}

package org.drillgrid.model.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.Json;

/** Reads an event log back, for analysis and replay; a bad line is an error naming its number. */
public final class EventLogReader {

    private static final ObjectReader READER = Json.mapper().readerFor(SimEvent.class);

    private EventLogReader() {
    }

    public static SimEvent parseLine(String line) throws JsonProcessingException {
        SimEvent event = READER.readValue(line);
        if (event == null) {
            // Jackson reads the literal null as no value at all; a log line must be an event
            throw JsonMappingException.from((JsonParser) null, "expected an event object, found null");
        }
        return event;
    }

    public static List<SimEvent> readAll(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<SimEvent> events = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(parseLine(line));
            } catch (JsonProcessingException e) {
                throw new IOException("event log line " + n + ": " + e.getOriginalMessage(), e);
            }
        }
        return events;
    }
}

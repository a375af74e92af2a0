package org.drillgrid.model.event;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.drillgrid.model.json.Json;

/** Writes events as JSON lines ({@code events.jsonl}): same events, same bytes. */
public final class EventLogWriter implements Closeable {

    private static final ObjectWriter WRITER = Json.mapper().writerFor(SimEvent.class);

    private final Writer out;

    public EventLogWriter(Writer out) {
        this.out = out;
    }

    public void write(SimEvent event) throws IOException {
        out.write(toLine(event));
        out.write('\n');
    }

    /** One event as its log line, without the newline. */
    public static String toLine(SimEvent event) {
        try {
            return WRITER.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + event, e);
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package org.drillgrid.engine.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.drillgrid.engine.EventSink;
import org.drillgrid.model.event.EventLogWriter;
import org.drillgrid.model.event.SimEvent;

/**
 * The run's event sink: appends each event to the log (when there is one), counts events by type and
 * passes them to subscribers. Subscribers are called on the simulation thread, in log order.
 */
public final class EventRecorder implements EventSink {

    private final EventLogWriter log;
    private final Map<String, Long> counts = new TreeMap<>();
    private final List<Consumer<SimEvent>> subscribers = new CopyOnWriteArrayList<>();
    private long total;

    /** @param log where to write events.jsonl, or null to keep no file */
    public EventRecorder(EventLogWriter log) {
        this.log = log;
    }

    @Override
    public void emit(SimEvent event) {
        if (log != null) {
            try {
                log.write(event);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the event log", e);
            }
        }
        synchronized (counts) {
            counts.merge(event.type(), 1L, Long::sum);
            total++;
        }
        for (Consumer<SimEvent> s : subscribers) {
            s.accept(event);
        }
    }

    /** Adds a subscriber; returns the action that removes it again. */
    public Runnable subscribe(Consumer<SimEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Events recorded so far by type name, sorted by name. */
    public Map<String, Long> counts() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }

    public long total() {
        synchronized (counts) {
            return total;
        }
    }

    public void flush() throws IOException {
        if (log != null) {
            log.flush();
        }
    }

    public void close() throws IOException {
        if (log != null) {
            log.close();
        }
    }
}

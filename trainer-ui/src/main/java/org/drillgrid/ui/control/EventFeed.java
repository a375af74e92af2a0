package org.drillgrid.ui.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live session's events for the console, in log order and without gaps or repeats: those logged before
 * the console opened are read from the database, later ones arrive by subscription. The subscription and
 * the log position are taken together under the run's lock, so the two parts meet exactly; events still
 * waiting to be saved are read at a later poll (the session saves at least every 250 ms while it runs and
 * at every change of status).
 */
final class EventFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    /** How long live events wait for the history before them to be saved (then the gap is logged and left). */
    private static final long HISTORY_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int PAGE = 2000;

    /** Events of one poll: those of the history (already past) and those that happened since the last poll. */
    record Batch(List<SimEvent> history, List<SimEvent> live) {
    }

    private final SessionService sessions;
    private final ExerciseSession session;
    private final ConcurrentLinkedQueue<SimEvent> incoming = new ConcurrentLinkedQueue<>();
    private Runnable unsubscribe;
    /** Log position of the first event that arrives by subscription. */
    private long historyEnd;
    /** Log position of the last stored event read. */
    private long read = -1;
    private long waitUntil;

    EventFeed(SessionService sessions, ExerciseSession session) {
        this.sessions = sessions;
        this.session = session;
    }

    void open() {
        synchronized (session.run()) {
            try {
                unsubscribe = sessions.subscribe(session.id(), Visibility.Rights.CONTROLLER, null, incoming::add);
            } catch (IllegalArgumentException ended) {
                LOG.info("session {} ended before its console opened: its stored events are all there is",
                        session.id());
            }
            historyEnd = session.events();
        }
        waitUntil = System.nanoTime() + HISTORY_WAIT_NANOS;
    }

    /** What is new since the last poll; live events only once the history before them is complete. */
    Batch poll() {
        List<SimEvent> history = new ArrayList<>();
        while (read < historyEnd - 1) {
            List<SessionStore.EventRow> rows = sessions.store().events(session.id(), read, Long.MAX_VALUE, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            for (SessionStore.EventRow row : rows) {
                if (row.seq() >= historyEnd) {
                    read = historyEnd - 1;
                    break;
                }
                history.add(parse(row.body()));
                read = row.seq();
            }
        }
        if (read < historyEnd - 1) {
            if (System.nanoTime() < waitUntil) {
                return new Batch(history, List.of());
            }
            LOG.warn("session {}: events {}..{} were not saved in time; the console goes on without them",
                    session.id(), read + 1, historyEnd - 1);
            read = historyEnd - 1;
        }
        List<SimEvent> live = new ArrayList<>();
        for (SimEvent e = incoming.poll(); e != null; e = incoming.poll()) {
            live.add(e);
        }
        return new Batch(history, live);
    }

    private static SimEvent parse(String body) {
        try {
            return EventLogReader.parseLine(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}

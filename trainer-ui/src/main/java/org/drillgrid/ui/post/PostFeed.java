package org.drillgrid.ui.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionService;

/**
 * The events a trainee position may see, each exactly once: what the session's stored log holds below
 * the point where the live subscription begins, then what the subscription delivers. Both go through the
 * session service's trainee filter ({@link Visibility.Rights#TRAINEE}); nothing here reads the run itself.
 * The stored log can lag the run by a write (events are saved in batches), so the stored part may have to
 * be caught up later: {@link #behind()} says so.
 */
final class PostFeed {

    private static final int PAGE = 1000;

    private final SessionService sessions;
    private final String sessionId;
    private final String position;
    private final Queue<SimEvent> live = new ConcurrentLinkedQueue<>();
    /** Last log position read from the store. */
    private long after = -1;
    /** Log position of the first event the subscription delivers (none for a session that is not live). */
    private long liveFrom = Long.MAX_VALUE;
    private Runnable unsubscribe = () -> { };

    PostFeed(SessionService sessions, String sessionId, String position) {
        this.sessions = sessions;
        this.sessionId = sessionId;
        this.position = position;
    }

    /**
     * Subscribes to a live session (events wait in {@link #drainLive()}; the page drains them after each
     * slice, outside the tick) and returns the stored history before that point, as far as it is stored.
     */
    List<SimEvent> open() {
        Optional<ExerciseSession> s = sessions.find(sessionId);
        if (s.isPresent()) {
            // while the run cannot step: the count of events so far and the subscription agree
            synchronized (s.get().run()) {
                liveFrom = s.get().events();
                // on the stepping thread, inside the tick: only queue
                unsubscribe = sessions.subscribe(sessionId, Visibility.Rights.TRAINEE, position, live::add);
            }
        }
        return catchUp();
    }

    /** Stored events not read yet that come before the first live one. */
    List<SimEvent> catchUp() {
        List<SimEvent> out = new ArrayList<>();
        while (after < liveFrom - 1) {
            SessionService.Page p = page(PAGE);
            if (p.lastSeq() == after) {
                break; // the store holds nothing more yet
            }
            if (p.lastSeq() < liveFrom) {
                out.addAll(p.events());
                after = p.lastSeq();
                continue;
            }
            // the page ran into the live part: read one event at a time to stop at its first position
            while (true) {
                SessionService.Page one = page(1);
                if (one.events().isEmpty() || one.lastSeq() >= liveFrom) {
                    after = liveFrom - 1;
                    break;
                }
                out.addAll(one.events());
                after = one.lastSeq();
            }
        }
        return out;
    }

    private SessionService.Page page(int limit) {
        return sessions.page(sessionId, Visibility.Rights.TRAINEE, position, after, Long.MAX_VALUE, limit);
    }

    /** Whether stored events before the live ones are still to be read (the store lagged the run). */
    boolean behind() {
        return liveFrom != Long.MAX_VALUE && after < liveFrom - 1;
    }

    /** The live events delivered since the last call, in order. */
    List<SimEvent> drainLive() {
        List<SimEvent> out = new ArrayList<>();
        for (SimEvent e = live.poll(); e != null; e = live.poll()) {
            out.add(e);
        }
        return out;
    }

    void close() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }
}

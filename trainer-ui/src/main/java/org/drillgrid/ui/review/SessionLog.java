package org.drillgrid.ui.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.ui.session.SessionService;

/**
 * A session's stored event log as the truth reader sees it, read once and then only what is new: a replay
 * seeks by cutting this list at a sim time, never by simulating. The log's times never go back, so the
 * events up to t are a prefix. Not thread-safe: one view reads it.
 */
final class SessionLog {

    private static final int PAGE = 2000;

    private final SessionService sessions;
    private final String id;
    private final List<SimEvent> events = new ArrayList<>();
    private final List<PeopleStatus> people = new ArrayList<>();
    private long lastSeq = -1;
    private long readTo = -1;

    SessionLog(SessionService sessions, String id) {
        this.sessions = sessions;
        this.id = id;
    }

    /** Reads the stored events up to sim time {@code t} that are not read yet. */
    void readTo(long t) {
        if (t <= readTo) {
            return;
        }
        while (true) {
            SessionService.Page page = sessions.page(id, Visibility.Rights.CONTROLLER, null, lastSeq, t, PAGE);
            for (SimEvent e : page.events()) {
                events.add(e);
                if (e instanceof PeopleStatus p) {
                    people.add(p);
                }
            }
            if (page.events().size() < PAGE || page.lastSeq() == lastSeq) {
                lastSeq = page.lastSeq();
                break;
            }
            lastSeq = page.lastSeq();
        }
        readTo = t;
    }

    /** The events read with a time at or before t, in log order. */
    List<SimEvent> upTo(long t) {
        return Collections.unmodifiableList(events.subList(0, count(events, t)));
    }

    /** Every hourly people count read. */
    List<PeopleStatus> people() {
        return Collections.unmodifiableList(people);
    }

    /** The latest hourly people count at or before t. */
    Optional<PeopleStatus> peopleAt(long t) {
        int n = count(people, t);
        return n == 0 ? Optional.empty() : Optional.of(people.get(n - 1));
    }

    /** How many of the time-ordered events have t at or before {@code t} (binary search). */
    private static int count(List<? extends SimEvent> list, long t) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).t() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

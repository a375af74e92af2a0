package org.drillgrid.engine.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.scenario.Inject;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Fires the scenario's timed injects: in each tick, every inject whose time falls in
 * [tick start, tick end) is delivered, in time order (ties in document order), stamped with its own time.
 */
public final class InjectScript implements Steppable {

    private static final long serialVersionUID = 1L;

    private final transient List<Inject> pending;
    private final transient SimClock clock;
    private final transient EventSink events;
    private int next;

    public InjectScript(List<Inject> injects, SimClock clock, EventSink events) {
        this.clock = clock;
        this.events = events;
        List<Inject> sorted = new ArrayList<>(injects);
        sorted.sort(Comparator.comparingLong(i -> i.at().seconds()));
        this.pending = List.copyOf(sorted);
    }

    @Override
    public void step(SimState state) {
        long end = clock.tickEnd();
        while (next < pending.size() && pending.get(next).at().seconds() < end) {
            Inject i = pending.get(next++);
            events.emit(new InjectFired(i.at().seconds(), i.id(), i.channelOrDefault(), i.audienceOrEmpty(),
                    i.message()));
        }
    }

    /** Injects not yet fired. */
    public int remaining() {
        return pending.size() - next;
    }
}

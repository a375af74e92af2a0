package org.drillgrid.engine;

import org.drillgrid.model.event.SimEvent;

/** Where the simulation reports what happens, in the order it happens. */
@FunctionalInterface
public interface EventSink {

    void emit(SimEvent event);
}

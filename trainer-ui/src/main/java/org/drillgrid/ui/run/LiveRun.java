package org.drillgrid.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.drillgrid.engine.api.PacedRun;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * A run the server is playing: its id, the scenario it runs and the paced run controlling it, plus the
 * injects fired so far so that a view opened mid-run can show them.
 */
public final class LiveRun {

    private final String id;
    private final LoadedScenario scenario;
    private final PacedRun paced;
    private final List<InjectFired> injects = new ArrayList<>();
    private final List<Consumer<InjectFired>> injectListeners = new ArrayList<>();
    private volatile org.drillgrid.model.event.PeopleStatus people;

    LiveRun(String id, LoadedScenario scenario, PacedRun paced) {
        this.id = id;
        this.scenario = scenario;
        this.paced = paced;
        paced.run().subscribe(e -> {
            if (e instanceof InjectFired f) {
                injectFired(f);
            } else if (e instanceof org.drillgrid.model.event.PeopleStatus p) {
                people = p;
            }
        });
    }

    public String id() {
        return id;
    }

    public LoadedScenario scenario() {
        return scenario;
    }

    public PacedRun paced() {
        return paced;
    }

    /** The last hourly count of what has happened to people, or null before the first hour. */
    public org.drillgrid.model.event.PeopleStatus people() {
        return people;
    }

    private synchronized void injectFired(InjectFired f) {
        injects.add(f);
        for (Consumer<InjectFired> l : List.copyOf(injectListeners)) {
            l.accept(f);
        }
    }

    /**
     * Hands the injects fired so far to {@code listener} and then every later one, without gaps or
     * repeats. Called on the simulation thread for new injects. Returns the unsubscribe action.
     */
    public synchronized Runnable subscribeInjects(Consumer<List<InjectFired>> history, Consumer<InjectFired> listener) {
        history.accept(List.copyOf(injects));
        injectListeners.add(listener);
        return () -> {
            synchronized (this) {
                injectListeners.remove(listener);
            }
        };
    }
}

package org.drillgrid.engine.drill;

import java.util.Set;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.RunStarted;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.event.WarningIssued;

/**
 * Who may see which event (docs/drill-format.md, "Fog of war"). Controllers and observers see the truth:
 * every event. A trainee position sees the reported picture only: injects and sensor or officer reports
 * addressed to it (or to everyone), the command post's own orders, warnings and levers, and what teams,
 * shelters and depots report of themselves. Water, people, casualties, breaches and outages as they
 * really are never reach a trainee except through those reports.
 */
public final class Visibility {

    /** What a reader may see. */
    public enum Rights {
        CONTROLLER, OBSERVER, TRAINEE;

        public boolean seesTruth() {
            return this != TRAINEE;
        }
    }

    /** Event types a trainee may receive at all (some only when addressed to their position). */
    public static final Set<String> PICTURE = Set.of(RunStarted.TYPE, RunEnded.TYPE, InjectFired.TYPE,
            ReportReceived.TYPE, OrderIssued.TYPE, OrderRejected.TYPE, CommandGiven.TYPE, WarningIssued.TYPE,
            TeamStatus.TYPE, MaterialsMoved.TYPE, ShelterStatus.TYPE);

    private Visibility() {
    }

    /** Whether a reader with these rights (a trainee at {@code role}) may see the event. */
    public static boolean visible(Rights rights, String role, SimEvent e) {
        if (rights.seesTruth()) {
            return true;
        }
        if (e instanceof InjectFired f) {
            return addressed(f.audience(), role);
        }
        if (e instanceof ReportReceived r) {
            return addressed(r.audience(), role);
        }
        if (e instanceof CommandGiven c) {
            // levers pulled by the command post; not the script's effects nor the controller's doings
            return c.by() != null && !c.by().startsWith("inject:") && !c.by().equals("controller")
                    && !c.lever().equals("fire-inject") && !c.lever().equals("ad-hoc-inject");
        }
        return PICTURE.contains(e.type());
    }

    private static boolean addressed(java.util.List<String> audience, String role) {
        return audience.isEmpty() || (role != null && audience.contains(role));
    }
}

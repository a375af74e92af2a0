package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.drillgrid.engine.drill.Visibility.Rights;
import org.drillgrid.model.event.Casualties;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.PeopleAffected;
import org.drillgrid.model.event.PeopleEvacuating;
import org.drillgrid.model.event.PeopleRelieved;
import org.drillgrid.model.event.PeopleRescued;
import org.drillgrid.model.event.PeopleSheltered;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.PeopleTrapped;
import org.drillgrid.model.event.PeopleWarned;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.LocalizedText;
import org.junit.jupiter.api.Test;

/** What a trainee position sees of the run, and that controllers and observers see everything. */
class VisibilityTest {

    private static final String DISPATCH = "dispatch";
    private static final String RESCUE = "rescue";

    private static final InjectFired TO_DISPATCH = new InjectFired(60, "blue", "at", "fax", List.of(DISPATCH),
            LocalizedText.of("blue warning"));
    private static final InjectFired TO_ALL = new InjectFired(60, "start", "at", "report", List.of(),
            LocalizedText.of("exercise starts"));
    private static final ReportReceived GAUGE_TO_DISPATCH = new ReportReceived(600, "gauge", "rain", List.of(1, 2, 1, 2),
            12.5, "mm/h", 420, List.of(DISPATCH), null);
    private static final ReportReceived GAUGE_TO_ALL = new ReportReceived(600, "gauge", "rain", List.of(1, 2, 1, 2),
            12.5, "mm/h", 420, List.of(), null);

    /** The truth: water, people, casualties, breaches, outages. */
    private static final List<SimEvent> TRUTH = List.of(
            new FloodStatus(3600, 12, 0.8, 900, 50, 1, 0),
            new PeopleStatus(3600, 10, 5, 2, 1, 0, 3, 0, 0, 0),
            new PeopleTrapped(3600, 4, List.of(7)),
            new PeopleWarned(3600, "w1", 30, Map.of("tv-radio", 30L), List.of(1, 2)),
            new PeopleAffected(3600, "flood", 8, List.of(3)),
            new PeopleEvacuating(3600, 6, 1, List.of(4)),
            new PeopleSheltered(3600, "s1", 6, List.of(4)),
            new PeopleRelieved(3600, "s1", 6, List.of(4), List.of(1.5)),
            new PeopleRescued(3600, "boats", 4, List.of(7)),
            new Casualties(3600, 1, 1, 2.5, List.of(7)),
            new LeveeBreached(3660, "dam", 2, 95),
            new OutageChanged(1560, "power", List.of(15, 0, 19, 3), true),
            new ShelterFlooded(3600, "s1", 0.6));

    /** The command post's own doings and what teams, shelters and depots report of themselves. */
    private static final List<SimEvent> PICTURE = List.of(
            new RunEnded(14400, 240, RunEnded.DURATION),
            new OrderIssued(660, 1, DISPATCH, new Order.OpenShelter(600L, DISPATCH, "s1")),
            new OrderRejected(660, 2, DISPATCH, new Order.OpenShelter(600L, DISPATCH, "s9"), "no shelter 's9'"),
            new CommandGiven(660, "open-shelter", "s1", null, DISPATCH, true, null),
            new WarningIssued(660, "w1", "blue", List.of("tv-radio"), null, 3, 9),
            new TeamStatus(660, "boats", "travelling", "rescue", List.of(0, 0)),
            new ShelterStatus(660, "s1", true, 0, "opened"),
            new MaterialsMoved(660, "depot", "s1", "dispatched", Map.of("food-rations", 10L)));

    @Test
    void aTraineeSeesInjectsAndReportsAddressedToItsPositionOrToAll() {
        assertTrue(Visibility.visible(Rights.TRAINEE, DISPATCH, TO_DISPATCH));
        assertFalse(Visibility.visible(Rights.TRAINEE, RESCUE, TO_DISPATCH));
        assertFalse(Visibility.visible(Rights.TRAINEE, null, TO_DISPATCH), "no position, no addressed inject");
        assertTrue(Visibility.visible(Rights.TRAINEE, RESCUE, TO_ALL));
        assertTrue(Visibility.visible(Rights.TRAINEE, DISPATCH, GAUGE_TO_DISPATCH));
        assertFalse(Visibility.visible(Rights.TRAINEE, RESCUE, GAUGE_TO_DISPATCH));
        assertTrue(Visibility.visible(Rights.TRAINEE, RESCUE, GAUGE_TO_ALL));
    }

    @Test
    void aTraineeNeverSeesTheTruth() {
        for (SimEvent e : TRUTH) {
            assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH, e), e.type());
        }
        for (String type : Visibility.PICTURE) {
            assertFalse(type.startsWith("people-"), type + " is a people event in the trainee picture");
        }
    }

    @Test
    void aTraineeSeesTheCommandPostsOwnDoingsAndWhatUnitsReport() {
        for (SimEvent e : PICTURE) {
            assertTrue(Visibility.visible(Rights.TRAINEE, RESCUE, e), e.type());
        }
    }

    @Test
    void aTraineeDoesNotSeeTheScriptsEffectsNorTheControllersActions() {
        assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH,
                new CommandGiven(1560, "outage", "[15, 0, 19, 3]", "power", "inject:power-cut", true, null)));
        assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH,
                new CommandGiven(600, "fire-inject", "spare", null, "controller", true, null)));
        assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH,
                new CommandGiven(600, "ad-hoc-inject", "radio-call", null, "alice", true, null)),
                "an ad-hoc inject given by a named controller");
        assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH,
                new CommandGiven(600, "fire-inject", "spare", null, "alice", false, "already fired")));
        assertFalse(Visibility.visible(Rights.TRAINEE, DISPATCH,
                new CommandGiven(600, "warn", "[0, 0, 1, 1]", null, "controller", true, null)));
    }

    @Test
    void controllersAndObserversSeeEverything() {
        for (Rights rights : List.of(Rights.CONTROLLER, Rights.OBSERVER)) {
            for (List<SimEvent> list : List.of(TRUTH, PICTURE)) {
                for (SimEvent e : list) {
                    assertTrue(Visibility.visible(rights, null, e), rights + " " + e.type());
                }
            }
            assertTrue(Visibility.visible(rights, RESCUE, TO_DISPATCH));
            assertTrue(Visibility.visible(rights, RESCUE, GAUGE_TO_DISPATCH));
            assertTrue(Visibility.visible(rights, null,
                    new CommandGiven(1560, "outage", "[15, 0, 19, 3]", "power", "inject:power-cut", true, null)));
        }
    }
}

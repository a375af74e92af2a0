package org.drillgrid.engine.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.engine.World;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, closures and queues on small road grids. */
class MobilityTest {

    @TempDir
    Path dir;

    /**
     * Two east-west roads (rows 0 and 2) joined at both ends (columns 0 and 10), forest elsewhere, so a
     * car can only drive on the roads. Cells of 100 m.
     */
    private Mobility ring(double[] depth) throws Exception {
        int cols = 11;
        int rows = 3;
        StringBuilder roads = new StringBuilder("ncols 11\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 100\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean road = r == 0 || r == 2 || c == 0 || c == 10;
                roads.append(c == 0 ? "" : " ").append(road ? 2 : 0);
            }
            roads.append('\n');
        }
        Files.writeString(dir.resolve("roads.asc"), roads.toString());
        Files.writeString(dir.resolve("scenario.json"), """
                {"id": "ring", "grid": {"cols": 11, "rows": 3, "cellSize": 100}, "duration": "1h",
                 "layers": {"elevation": {"constant": 10}, "landUse": {"constant": 6},
                            "roads": {"file": "roads.asc"}}}
                """);
        World world = new World(ScenarioLoader.load(ScenarioSource.file(dir.resolve("scenario.json"))));
        return new Mobility(world, cell -> depth[cell]);
    }

    private static double drive(Mobility m, Trip trip, double t) {
        while (true) {
            double next = m.advance(trip, t);
            if (next == Trip.ARRIVED) {
                return t;
            }
            if (next == Trip.STUCK) {
                throw new AssertionError("stuck at " + trip.cell());
            }
            t = next;
        }
    }

    @Test
    void carTakesTheStraightRoadAtItsSpeed() throws Exception {
        Mobility m = ring(new double[33]);
        Trip trip = new Trip(22, 32, Mode.CAR, Mobility.WALK_SPEED, true);
        double arrival = drive(m, trip, 0);
        assertEquals(11, trip.trace().size());
        assertEquals(10 * 100 / (40 / 3.6), arrival, 1e-9); // main road, 40 km/h
    }

    @Test
    void aClosedRoadReroutesACarAlreadyOnIt() throws Exception {
        Mobility m = ring(new double[33]);
        Trip trip = new Trip(22, 32, Mode.CAR, Mobility.WALK_SPEED, true);
        double t = 0;
        for (int k = 0; k < 3; k++) {
            t = m.advance(trip, t);
        }
        assertEquals(25, trip.cell(), "three cells along the southern road");
        m.setClosedByOrder(28, true); // ahead of the car, [6, 2]
        double arrival = drive(m, trip, t);
        assertFalse(trip.trace().contains(28), "the closed cell is avoided: " + trip.trace());
        assertTrue(trip.trace().contains(5), "the car went round by the northern road: " + trip.trace());
        assertEquals(32, trip.cell());
        assertTrue(arrival > 10 * 100 / (40 / 3.6), "the detour is longer");
    }

    @Test
    void floodedRoadStopsCarsButNotBoats() throws Exception {
        double[] depth = new double[33];
        for (int c = 1; c < 10; c++) {
            depth[11 + c] = 1.0; // the middle row is forest anyway
        }
        depth[28] = 0.4;
        Mobility m = ring(depth);
        m.refreshFloodClosures(0, true);
        assertFalse(m.passable(28, Mode.CAR));
        assertTrue(m.passable(28, Mode.TRUCK));
        assertTrue(m.passable(28, Mode.BOAT));
        Trip car = new Trip(22, 32, Mode.CAR, Mobility.WALK_SPEED, true);
        drive(m, car, 0);
        assertFalse(car.trace().contains(28));
        Trip truck = new Trip(22, 32, Mode.TRUCK, Mobility.WALK_SPEED, true);
        drive(m, truck, 0);
        assertTrue(truck.trace().contains(28), "0.4 m does not stop a truck");
    }

    @Test
    void carsQueueAtTheSaturationHeadway() throws Exception {
        Mobility m = ring(new double[33]);
        double[] arrivals = new double[5];
        for (int k = 0; k < 5; k++) {
            Trip trip = new Trip(22, 23, Mode.CAR);
            arrivals[k] = m.advance(trip, 0);
        }
        for (int k = 1; k < 5; k++) {
            assertEquals(2.0, arrivals[k] - arrivals[k - 1], 1e-9, "1 800 veh/h on a main road: one every 2 s");
        }
    }
}

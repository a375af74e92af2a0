package org.drillgrid.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.drillgrid.engine.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Control of a live run; waits on conditions, never asserts on wall-clock durations. */
class PacedRunTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void asFastAsPossibleRunsToTheEnd() throws Exception {
        PacedRun paced = new PacedRun(SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null), 0);
        paced.start(executor);
        await(() -> paced.snapshot().status() == RunStatus.FINISHED, "the run to finish");
        assertEquals(6 * 3600, paced.snapshot().now());
        assertEquals(72, paced.snapshot().ticks());
    }

    @Test
    void pausedRunAdvancesOnlyByExplicitSteps() throws Exception {
        // at 1x a 300 s tick needs 300 s of wall time, so nothing but the step can advance the clock here
        PacedRun paced = new PacedRun(SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null), 1);
        paced.start(executor);
        paced.pause();
        assertEquals(RunStatus.PAUSED, paced.snapshot().status());
        paced.step();
        await(() -> paced.snapshot().now() == 300, "one step");
        Thread.sleep(300);
        assertEquals(300, paced.snapshot().now(), "a paused run does not advance on its own");
        paced.resume();
        assertEquals(RunStatus.RUNNING, paced.snapshot().status());
    }

    @Test
    void stopEndsTheRunAndPublishesFinished() throws Exception {
        PacedRun paced = new PacedRun(SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null), 1);
        paced.start(executor);
        paced.stop();
        await(() -> paced.snapshot().status() == RunStatus.FINISHED, "the stop");
        assertTrue(paced.snapshot().now() < 6 * 3600, "stopped before the end at 1x speed");
        assertTrue(paced.run().isFinished());
    }

    @Test
    void speedIsSimSecondsPerWallSecond() throws Exception {
        PacedRun paced = new PacedRun(SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null), 3600);
        paced.start(executor);
        await(() -> paced.snapshot().now() >= 600, "the clock to advance at 3600x");
        paced.setSpeed(7200);
        assertEquals(7200, paced.snapshot().speed());
    }

    @Test
    void aRunThatKeepsUpReportsItsSpeedAsAchieved() throws Exception {
        // 60x with 300 s ticks: one tick every 5 s of wall time, far below what any machine can do
        PacedRun paced = new PacedRun(SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null), 60);
        paced.start(executor);
        await(() -> !Double.isNaN(paced.snapshot().achievedSpeed()), "a measured window");
        RunSnapshot s = paced.snapshot();
        assertEquals(60, s.achievedSpeed(), 6, "owed sim time is not given up while the run keeps up");
        assertFalse(s.fallingBehind());
    }
}

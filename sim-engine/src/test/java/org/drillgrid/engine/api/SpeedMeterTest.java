package org.drillgrid.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The achieved-speed meter, fed synthetic slices with hand-computed expectations (no wall clock). */
class SpeedMeterTest {

    private static final long MS = 1_000_000L;
    private static final double EXACT = 1e-9;

    @Test
    void aRunThatKeepsUpAchievesItsSpeedWhateverItsTicks() {
        // 60x, 100 ms slices: 6 sim s owed per slice, none given up; ticks of 300 s run only every 5 s, so a
        // count of ticks would give 0x or 300x a window, the owed time gives 60x
        SpeedMeter meter = new SpeedMeter(3000 * MS);
        assertTrue(Double.isNaN(meter.slice(0, 0, 6, 0)), "the first slice opens the window");
        for (int i = 1; i < 30; i++) {
            assertTrue(Double.isNaN(meter.slice(i * 100 * MS, 0, 6, 0)), "window still open at slice " + i);
        }
        assertEquals(60.0, meter.slice(3000 * MS, 300, 6, 0), EXACT); // 30 slices x 6 s / 3 s
    }

    @Test
    void simTimeGivenUpIsNotCountedAsRun() {
        // 600x asked, 1 s slices: 600 s owed per slice, 405 s given up each time: the run achieves 195x
        SpeedMeter meter = new SpeedMeter(3000 * MS);
        meter.slice(0, 0, 600, 405);
        meter.slice(1000 * MS, 0, 600, 405);
        meter.slice(2000 * MS, 0, 600, 405);
        assertEquals(195.0, meter.slice(3000 * MS, 0, 600, 405), EXACT); // (1800 - 1215) / 3
    }

    @Test
    void asFastAsPossibleCountsSimTimeRun() {
        SpeedMeter meter = new SpeedMeter(2000 * MS);
        meter.slice(0, 1000, Double.NaN, 0);
        meter.slice(1000 * MS, 5000, Double.NaN, 0);
        assertEquals(4500.0, meter.slice(2000 * MS, 10_000, Double.NaN, 0), EXACT); // 9000 s in 2 s
    }

    @Test
    void aRestartDropsTheOpenWindow() {
        SpeedMeter meter = new SpeedMeter(1000 * MS);
        meter.slice(0, 0, 10, 0);
        meter.slice(500 * MS, 0, 1000, 0); // at the old speed
        meter.restart();
        assertTrue(Double.isNaN(meter.slice(900 * MS, 0, 60, 0)), "a new window opens");
        assertTrue(Double.isNaN(meter.slice(1500 * MS, 0, 36, 0)), "0.6 s into the new window");
        assertEquals(60.0, meter.slice(1900 * MS, 0, 24, 0), EXACT); // (36 + 24) / 1.0 s
    }

    @Test
    void fallingBehindIsUnderNinetyPercentOfTheSpeed() {
        assertTrue(new RunSnapshot(0, 1, 0, RunStatus.RUNNING, 600, 195, 0, null).fallingBehind());
        assertTrue(!new RunSnapshot(0, 1, 0, RunStatus.RUNNING, 600, 590, 0, null).fallingBehind());
        assertTrue(!new RunSnapshot(0, 1, 0, RunStatus.RUNNING, 600, Double.NaN, 0, null).fallingBehind());
        assertTrue(!new RunSnapshot(0, 1, 0, RunStatus.RUNNING, 0, 10, 0, null).fallingBehind());
    }
}

package org.drillgrid.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapPaceTest {

    private static final long MS = 1_000_000;
    private static final long SECOND = 1000 * MS;

    /** The times at which a page with this pace redraws, given the times its snapshots arrive. */
    private static List<Long> redraws(long[] snapshots) {
        MapPace pace = new MapPace(SECOND);
        List<Long> drawn = new ArrayList<>();
        for (long t : snapshots) {
            if (pace.due(t)) {
                pace.drawn(t);
                drawn.add(t);
            }
        }
        return drawn;
    }

    @Test
    void atSixtyTimesEveryTickIsDrawnThoughSomeComeALittleEarly() {
        Random rng = new Random(7);
        long[] ticks = new long[300];
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] = 5 * SECOND + k * SECOND + (long) (rng.nextDouble() * 60 * MS); // late by up to a few slices
        }
        List<Long> drawn = redraws(ticks);
        assertEquals(ticks.length, drawn.size(), "every tick redraws the map");
        for (int i = 1; i < drawn.size(); i++) {
            assertTrue(drawn.get(i) - drawn.get(i - 1) < 1100 * MS);
        }
    }

    @Test
    void atFastSpeedsTheMapIsDrawnAboutOnceASecondNeverMoreOften() {
        long[] ticks = new long[1000]; // 100 s of ticks every 100 ms
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] = k * 100 * MS;
        }
        List<Long> drawn = redraws(ticks);
        assertTrue(drawn.size() >= 99 && drawn.size() <= 101, drawn.size() + " redraws in 100 s");
        for (int i = 2; i < drawn.size(); i++) {
            assertTrue(drawn.get(i) - drawn.get(i - 1) >= 900 * MS, "no two redraws close together after the first");
        }
    }

    @Test
    void afterALongWaitItDoesNotBurst() {
        MapPace pace = new MapPace(SECOND);
        pace.drawn(0);
        assertTrue(pace.due(60 * SECOND));
        pace.drawn(60 * SECOND);
        assertTrue(!pace.due(60 * SECOND + 200 * MS), "not due again at once after a late redraw");
        assertTrue(pace.due(60 * SECOND + 500 * MS));
    }
}

package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lead time = hypocentral distance / 3.5 km/s - 7 s (China Earthquake Networks Center, 2024: first warning 7 s after
 * the earthquake in key alert areas). A 2013 report on the programme: a warning about 10 s after the quake at 3.5 km/s
 * leaves a blind zone of about 35 km.
 */
class EarlyWarningTest {

    private static final double EXACT = 1e-12;

    @Test
    void noWarningInsideTheBlindZone() {
        double depth = 10;
        double blind = EarlyWarning.blindZoneKm(depth);
        assertEquals(Math.sqrt(24.5 * 24.5 - 100), blind, EXACT);
        for (double km = 0; km < blind; km += 0.5) {
            assertEquals(0, EarlyWarning.leadSeconds(km, depth), 0, km + " km");
        }
        assertEquals(0, EarlyWarning.leadSeconds(blind, depth), 1e-9);
        assertEquals(0, EarlyWarning.blindZoneKm(30), 0, "a deep focus leaves no blind zone at the surface");
    }

    @Test
    void leadTimeGrowsWithDistance() {
        double previous = 0;
        for (double km = 25; km <= 400; km += 25) {
            double lead = EarlyWarning.leadSeconds(km, 10);
            assertTrue(lead > previous, km + " km");
            previous = lead;
        }
        assertEquals(Math.hypot(100, 10) / 3.5 - 7, EarlyWarning.leadSeconds(100, 10), EXACT);
    }

    @Test
    void theReportedBlindZone() {
        // 10 s to warn at 3.5 km/s: 35 km for a shallow source
        assertEquals(35, EarlyWarning.blindZoneKm(0, 10), EXACT);
        // 2019 Changning M6.0: Chengdu "more than 200 km away" heard the siren "about a minute" after the countdown
        // began (Xinhua, 18 June 2019); the model gives 50-60 s for 200-230 km
        double lead = EarlyWarning.leadSeconds(215, 10);
        assertTrue(lead > 45 && lead < 65, "lead " + lead);
        assertEquals(420, EarlyWarning.QUICK_REPORT_SECONDS, 0);
    }
}

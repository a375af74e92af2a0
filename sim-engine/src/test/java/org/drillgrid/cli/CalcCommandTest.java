package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.Test;

/**
 * {@code drillgrid calc} prints the reference values trainers check against: the firelab/behave (BehavePlus)
 * test suite ({@code testBehave.cpp}) for Rothermel, Yu et al. (2013) for the eastern China attenuation, and
 * the HAZUS-MH equivalent-PGA curves for damage.
 */
class CalcCommandTest {

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void gs4WithAFiveMileMidflameWindOnTheFlatHasBehavesLengthToBreadth() throws Exception {
        // behave testSurfaceSingleFuelModel: GS4, moistures 6/7/8/60/90 %, 5 mi/h midflame, flat: LB 1.590064
        JsonNode r = json("calc", "fire-spread", "--fuel-model", "GS4", "--moisture", "6,7,8,60,90",
                "--midflame-wind-mph", "5", "--json");
        assertEquals(1.590064, r.get("lengthToBreadth").asDouble(), 1e-6);
        assertEquals(r.get("rosChainsPerHour").asDouble() * 20.1168 / 60, r.get("rosMetersPerMinute").asDouble(), 1e-5);
        assertTrue(r.get("backingRosChainsPerHour").asDouble() < r.get("rosChainsPerHour").asDouble());
    }

    @Test
    void gs4UpslopeUnderACanopyMatchesBehaveToSixDecimals() throws Exception {
        // behave: GS4, 5 mi/h 20-ft wind blowing upslope, 30 % slope, 50 % canopy cover, 30 ft canopy, crown
        // ratio 0.5: 8.876216 chains/h, backing 2.91614659
        JsonNode r = json("calc", "fire-spread", "--fuel-model", "gs4", "--twenty-foot-wind-mph", "5",
                "--canopy-cover", "50", "--slope-percent", "30", "--json");
        assertEquals(8.876216, r.get("rosChainsPerHour").asDouble(), 1e-6);
        assertEquals(2.916147, r.get("backingRosChainsPerHour").asDouble(), 1e-6);
    }

    @Test
    void calmFlatGroundGivesTheNoWindRateAndACircle() throws Exception {
        JsonNode r = json("calc", "fire-spread", "--fuel-model", "4", "--json");
        assertEquals(r.get("noWindNoSlopeRosChainsPerHour").asDouble(), r.get("rosChainsPerHour").asDouble(), 1e-9);
        assertEquals(1.0, r.get("lengthToBreadth").asDouble(), 1e-9);
    }

    @Test
    void anM6At10KmHasYuEtAlsIntensities() throws Exception {
        // Yu et al. (2013) eastern region: long 5.7123 + 1.3626 M - 4.2903 lg(R + 25), short 3.6588 + 1.3626 M
        // - 3.5406 lg(R + 13): 7.26 and 7.01 at M 6, R 10 km
        JsonNode r = json("calc", "quake", "--magnitude", "6", "--distance-km", "10", "--region", "east", "--json");
        assertEquals(7.26, r.get("intensityLongAxis").asDouble(), 0.01);
        assertEquals(7.01, r.get("intensityShortAxis").asDouble(), 0.01);
        // GB/T 17742: VII is 1.25 m/s2, doubling per degree
        assertEquals(1.25 * Math.pow(2, r.get("intensityLongAxis").asDouble() - 7) / 9.80665, r.get("pgaG").asDouble(),
                1e-4);
    }

    @Test
    void damageSharesSumToOneAndWorsenWithShaking() throws Exception {
        double before = 0;
        for (String pga : new String[] {"0.05", "0.1", "0.25", "0.5", "1.0"}) {
            JsonNode share = json("calc", "damage", "--structure", "brick-concrete", "--pga", pga, "--json").get("share");
            double sum = 0;
            for (JsonNode v : share) {
                sum += v.asDouble();
            }
            assertEquals(1.0, sum, 1e-5, pga);
            double atLeastModerate = share.get("moderate").asDouble() + share.get("severe").asDouble()
                    + share.get("collapse").asDouble();
            assertTrue(atLeastModerate > before, pga);
            before = atLeastModerate;
        }
    }

    @Test
    void textOutputNamesEachFigure() {
        CliRun run = CliRun.of("calc", "quake", "--magnitude", "6", "--distance-km", "10");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("intensityLongAxis        7.2634"), run.out());
    }

    @Test
    void badInputIsExitTwoNamingTheOption() {
        CliRun fuel = CliRun.of("calc", "fire-spread", "--fuel-model", "XX9");
        assertEquals(2, fuel.code());
        assertTrue(fuel.err().contains("--fuel-model: unknown fuel model 'XX9'"), fuel.err());
        CliRun moisture = CliRun.of("calc", "fire-spread", "--fuel-model", "GS4", "--moisture", "6,7");
        assertEquals(2, moisture.code());
        assertTrue(moisture.err().contains("--moisture"), moisture.err());
        CliRun region = CliRun.of("calc", "quake", "--magnitude", "6", "--distance-km", "10", "--region", "moon");
        assertEquals(2, region.code());
        assertTrue(region.err().contains("--region: unknown region 'moon'"), region.err());
        CliRun structure = CliRun.of("calc", "damage", "--structure", "mud", "--pga", "0.2");
        assertEquals(2, structure.code());
        assertTrue(structure.err().contains("--structure: unknown class 'mud'"), structure.err());
    }
}

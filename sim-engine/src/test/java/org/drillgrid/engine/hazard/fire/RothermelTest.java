package org.drillgrid.engine.hazard.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values of the firelab/behave library (the computations of BehavePlus), from its test suite
 * {@code src/testBehave/testBehave.cpp} (github.com/firelab/behave; the models are described by Andrews 2018,
 * RMRS-GTR-371). Unless a case says otherwise it is the suite's "GS4 low moisture scenario": Scott and Burgan (2005)
 * fuel model GS4; moistures 1-h 6 %, 10-h 7 %, 100-h 8 %, live herbaceous 60 %, live woody 90 %; a 5 mi/h wind
 * measured 20 ft above the vegetation, brought to midflame height with the sheltered wind adjustment factor of a
 * canopy of 50 % cover, 30 ft height and crown ratio 0.5 (Albini and Baughman 1979); slope 30 %. The suite runs with
 * its default settings: wind limit applied, "relative to north" or "relative to upslope" orientation as named.
 *
 * <p>behave states wind directions as the direction the wind blows from and slopes by their aspect (the downslope
 * direction); here the upslope direction is aspect + 180°. Its "relative to upslope" mode measures the wind's push
 * direction clockwise from upslope.
 *
 * <p>Two tolerances: through the public API the references must hold to {@link #TOLERANCE}; they differ by up to
 * 2·10⁻⁴ because Drillgrid cures herbs on Scott and Burgan's exact line from 30 % to 120 % while BehavePlus uses its
 * approximation 1.333 − 1.11·M (the line's 1.3333 − 1.1111·M rounded). Given BehavePlus's own curing, every reference
 * is reproduced to its six printed decimals ({@link #SIX_DECIMALS}), which checks the rest of the model exactly.
 */
class RothermelTest {

    /** Relative tolerance against the reference values through the public API. */
    private static final double TOLERANCE = 0.001;
    /** Absolute tolerance against values printed with six decimals (behave rounds its results so). */
    private static final double SIX_DECIMALS = 1e-6;
    private static final double MPS_PER_MPH = 0.44704;
    private static final double FT = 0.3048;
    private static final double FT_PER_MIN = FT / 60;
    private static final double KW_PER_M_PER_BTU_FT_S = 1.05505585262 / FT;
    private static final FuelModel GS4 = FuelModel.byCode("GS4").orElseThrow();
    private static final FuelModel FM4 = FuelModel.byCode("4").orElseThrow();
    private static final Moisture LOW = new Moisture(6, 7, 8, 60, 90);

    /** One head-rate reference: inputs as {@link Rothermel#spread} takes them, expected chains per hour. */
    private record Case(String name, FuelModel fuel, double midflameMps, double windFrom, double slopePercent,
            double upslope, double chainsPerHour) {
    }

    private static final List<Case> HEAD_RATES = List.of(
            // testSurfaceSingleFuelModel / testFirelineIntensity: "upslope oriented mode, 5 mph 20 foot upslope wind"
            new Case("upslope wind", GS4, midflame(5, GS4, 0.5), 180, 30, 0, 8.876216),
            // "upslope oriented mode, 5 mph 20 foot wind cross-slope left to right (90 degrees)"
            new Case("cross-slope wind", GS4, midflame(5, GS4, 0.5), 270, 30, 0, 7.091665),
            // "north oriented mode, 20 foot north-east wind (45 degree), 215 degree aspect"
            new Case("wind from 45, aspect 215", GS4, midflame(5, GS4, 0.5), 45, 30, 215 + 180, 4.113265),
            // "north oriented mode, 20 foot 45 degree wind" with aspect 5 (the test's name says 95)
            new Case("wind from 45, aspect 5", GS4, midflame(5, GS4, 0.5), 45, 30, 5 + 180, 8.503960),
            // "north oriented mode, 45 degree wind, 95 degree aspect, 5 mph 20 foot wind, 30 degree slope"
            new Case("wind from 45, aspect 95, 30 degrees", GS4, midflame(5, GS4, 0.5), 45, percentOf(30), 95 + 180,
                    19.677584),
            // "Fuel Model 4, north oriented mode, 20 foot 90 degree wind, 0 degree aspect, 40 percent canopy cover",
            // slope 30 degrees
            new Case("fuel model 4", FM4, midflame(5, FM4, 0.4), 90, percentOf(30), 180, 46.631688),
            // testSimpleSurface: wind adjustment factor 1, so 5 mi/h at midflame, upslope wind, 30 % slope
            new Case("5 mi/h midflame upslope", GS4, 5 * MPS_PER_MPH, 180, 30, 0, 34.011429));

    /** A 20-ft wind reduced to midflame under the suite's canopy (30 ft high, crown ratio 0.5) of this cover. */
    private static double midflame(double twentyFootMph, FuelModel fuel, double canopyCover) {
        return twentyFootMph * MPS_PER_MPH * WindAdjustment.factor(fuel, canopyCover, 30 * FT, 0.5);
    }

    private static double percentOf(double degrees) {
        return 100 * Math.tan(Math.toRadians(degrees));
    }

    private static Spread viaApi(Case c) {
        return Rothermel.spread(c.fuel, LOW, c.midflameMps, c.windFrom, c.slopePercent, c.upslope);
    }

    /** The same case with BehavePlus's curing approximation, cured fraction = 1.333 − 1.11·M (M as a fraction). */
    private static Spread withBehaveCuring(FuelModel fuel, Moisture m, double wind, double from, double slope,
            double up) {
        double cured = fuel.dynamic() ? Math.max(0, Math.min(1, 1.333 - 1.11 * m.liveHerb() / 100)) : 0;
        return Rothermel.spread(FuelBed.of(fuel, m, cured), wind, from, slope, up);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * TOLERANCE, what);
    }

    @Test
    void headRatesMatchBehaveThroughThePublicApi() {
        for (Case c : HEAD_RATES) {
            assertClose(c.chainsPerHour, Rothermel.chainsPerHour(viaApi(c).headRosMps()), c.name);
        }
    }

    @Test
    void headRatesMatchBehaveToSixDecimalsWithItsCuringApproximation() {
        for (Case c : HEAD_RATES) {
            Spread s = withBehaveCuring(c.fuel, LOW, c.midflameMps, c.windFrom, c.slopePercent, c.upslope);
            assertEquals(c.chainsPerHour, Rothermel.chainsPerHour(s.headRosMps()), SIX_DECIMALS, c.name);
        }
    }

    @Test
    void lengthToBreadthOfGs4InA5MphMidflameWindOnTheFlatIs1_590064() {
        // testLengthToWidthRatio: north oriented mode, 5 mph direct midflame wind, 0 slope -> 1.590064
        Spread s = Rothermel.spread(GS4, LOW, 5 * MPS_PER_MPH, 0, 0, 0);
        assertClose(1.590064, s.lengthToBreadth(), "length-to-breadth");
        assertEquals(1.590064, s.lengthToBreadth(), SIX_DECIMALS, "it depends on the wind alone");
        assertClose(Math.sqrt(1.590064 * 1.590064 - 1) / 1.590064, s.eccentricity(), "eccentricity");
        assertEquals(180, s.headingDeg(), 1e-9, "a north wind drives the head south");
    }

    @Test
    void lengthToBreadthWithWindAndSlopeAtAnAngle() {
        // "north oriented mode, 45 degree wind, 5 mph 20 foot wind, 95 degree aspect, 30 degree slope" -> 1.375624,
        // the same with 15 mph -> 1.519936
        Spread five = Rothermel.spread(GS4, LOW, midflame(5, GS4, 0.5), 45, percentOf(30), 95 + 180);
        assertClose(1.375624, five.lengthToBreadth(), "5 mph");
        Spread fifteen = Rothermel.spread(GS4, LOW, midflame(15, GS4, 0.5), 45, percentOf(30), 95 + 180);
        assertClose(1.519936, fifteen.lengthToBreadth(), "15 mph");
    }

    @Test
    void ellipseOfGs4InA5MphMidflameWind() {
        // testEllipticalDimensions, 5 mph direct midflame wind, flat: after 3.5869124 min the ellipse's semi-axes are
        // a = 0.628905 (across) and b = 1.0 chains (along) and the ignition lies c = 0.777482 chains behind the centre;
        // heading to backing ratio 7.988029
        double[] api = ellipseChains(Rothermel.spread(GS4, LOW, 5 * MPS_PER_MPH, 0, 0, 0), 3.5869124);
        assertClose(0.628905, api[0], "a");
        assertClose(1.0, api[1], "b");
        assertClose(0.777482, api[2], "c");
        Spread exact = withBehaveCuring(GS4, LOW, 5 * MPS_PER_MPH, 0, 0, 0);
        double[] behave = ellipseChains(exact, 3.5869124);
        assertEquals(0.628905, behave[0], SIX_DECIMALS, "a");
        assertEquals(1.0, behave[1], SIX_DECIMALS, "b");
        assertEquals(0.777482, behave[2], SIX_DECIMALS, "c");
        assertEquals(7.988029, exact.headRosMps() / exact.backingRosMps(), SIX_DECIMALS, "heading to backing");
    }

    /** Half-breadth a, half-length b and focus offset c, in chains, of the ellipse grown for this many minutes. */
    private static double[] ellipseChains(Spread s, double minutes) {
        double hours = minutes / 60;
        double head = Rothermel.chainsPerHour(s.headRosMps()) * hours;
        double back = Rothermel.chainsPerHour(s.backingRosMps()) * hours;
        double b = (head + back) / 2;
        return new double[] {b / s.lengthToBreadth(), b, b - back};
    }

    @Test
    void backingFlankingAndIntensityOfTheUpslopeCase() {
        // "upslope oriented mode, 5 mph 20 foot upslope wind": backing 2.91614659, flanking 5.08766627 ch/h;
        // testFirelineIntensity: 598.339039 Btu/ft/s
        Spread api = viaApi(HEAD_RATES.get(0));
        assertClose(2.91614659, Rothermel.chainsPerHour(api.backingRosMps()), "backing");
        assertClose(5.08766627, Rothermel.chainsPerHour(api.flankingRosMps()), "flanking");
        assertClose(598.339039, api.firelineIntensityKwPerM() / KW_PER_M_PER_BTU_FT_S, "fireline intensity");
        assertEquals(0, api.headingDeg(), 1e-9, "upslope is north, and so is the head");

        Spread exact = withBehaveCuring(GS4, LOW, midflame(5, GS4, 0.5), 180, 30, 0);
        assertEquals(2.91614659, Rothermel.chainsPerHour(exact.backingRosMps()), SIX_DECIMALS, "backing");
        assertEquals(5.08766627, Rothermel.chainsPerHour(exact.flankingRosMps()), SIX_DECIMALS, "flanking");
        assertEquals(598.339039, exact.firelineIntensityKwPerM() / KW_PER_M_PER_BTU_FT_S, SIX_DECIMALS, "intensity");
    }

    @Test
    void flameLengthAndIntensityWithA5MphMidflameWindUpslope() {
        // testSimpleSurface: flame length 15.811421 ft, fireline intensity 2292.684759 Btu/ft/s
        Spread api = Rothermel.spread(GS4, LOW, 5 * MPS_PER_MPH, 180, 30, 0);
        assertClose(15.811421 * FT, api.flameLengthM(), "flame length");
        assertClose(2292.684759, api.firelineIntensityKwPerM() / KW_PER_M_PER_BTU_FT_S, "fireline intensity");
        Spread exact = withBehaveCuring(GS4, LOW, 5 * MPS_PER_MPH, 180, 30, 0);
        assertEquals(15.811421, exact.flameLengthM() / FT, SIX_DECIMALS, "flame length, ft");
    }

    @Test
    void rateTowardADirectionFromTheIgnitionPoint() {
        // testDirectionOfInterest, "from ignition point" mode: wind from 280, aspect 135, toward 30 -> 4.180938;
        // wind from 0, aspect 45, toward 90 -> 3.438243; wind from 280, aspect 263, toward 285 -> 2.944975 ch/h
        double mid = midflame(5, GS4, 0.5);
        assertClose(4.180938, Rothermel.chainsPerHour(
                Rothermel.spread(GS4, LOW, mid, 280, 30, 135 + 180).rateAt(30)), "toward 30");
        assertClose(3.438243, Rothermel.chainsPerHour(
                Rothermel.spread(GS4, LOW, mid, 0, 30, 45 + 180).rateAt(90)), "toward 90");
        assertClose(2.944975, Rothermel.chainsPerHour(
                Rothermel.spread(GS4, LOW, mid, 280, 30, 263 + 180).rateAt(285)), "toward 285");
        assertEquals(4.180938, Rothermel.chainsPerHour(
                withBehaveCuring(GS4, LOW, mid, 280, 30, 135 + 180).rateAt(30)), SIX_DECIMALS, "toward 30");
    }

    @Test
    void noWindNoSlopeRatesOfAndersonModel10AndGs4MatchBehavePlus6() {
        // Bevins' data validated against BehavePlus 6 (github.com/cbevins/fire-behavior-simulator,
        // src/dag/__behave_tests__/surfaceFire/fm010fm124.data.js): moistures 1-h 5 %, 10-h 7 %, 100-h 9 %,
        // live herbaceous 50 %, live woody 150 %. No-wind no-slope rates 0.67900860922904482 (model 10) and
        // 1.4333245773924823 ft/min (GS4, cured fraction 0.778). With a 880 ft/min midflame wind from the west and
        // a 25 % slope facing south (upslope north), model 10 spreads at 18.551680325448835 ft/min toward
        // 87.573367385837855 degrees with a fireline intensity of 389.95413667947145 Btu/ft/s and a flame length
        // of 6.9996889013229229 ft; the effective wind speed is 880.55194372010692 ft/min, below the limit.
        Moisture m = new Moisture(5, 7, 9, 50, 150);
        FuelModel fm10 = FuelModel.byCode("10").orElseThrow();
        Spread calm = Rothermel.spread(fm10, m, 0, 0, 0, 0);
        assertEquals(0.67900860922904482, calm.noWindNoSlopeRosMps() / FT_PER_MIN, 1e-9, "model 10");
        assertClose(1.4333245773924823, Rothermel.spread(GS4, m, 0, 0, 0, 0).headRosMps() / FT_PER_MIN, "GS4");
        assertEquals(1.4333245773924823, withBehaveCuring(GS4, m, 0, 0, 0, 0).headRosMps() / FT_PER_MIN, 1e-9,
                "GS4 with BehavePlus's curing");

        Spread s = Rothermel.spread(fm10, m, 880 * FT_PER_MIN, 270, 25, 0);
        assertEquals(18.551680325448835, s.headRosMps() / FT_PER_MIN, 1e-8, "head ft/min");
        assertEquals(87.573367385837855, s.headingDeg(), 1e-8, "heading");
        assertEquals(389.95413667947145, s.firelineIntensityKwPerM() / KW_PER_M_PER_BTU_FT_S, 1e-7, "intensity");
        assertEquals(6.9996889013229229, s.flameLengthM() / FT, 1e-8, "flame length ft");
        assertEquals(880.55194372010692, s.effectiveWindMps() / FT_PER_MIN, 1e-6, "effective wind ft/min");
    }

    @Test
    void noWindAndNoSlopeGiveTheBaseRateAndACircle() {
        for (FuelModel f : FuelModel.all()) {
            if (!f.burnable()) {
                continue;
            }
            Spread s = Rothermel.spread(f, LOW, 0, 123, 0, 45);
            assertTrue(s.headRosMps() > 0, f.code());
            assertEquals(s.noWindNoSlopeRosMps(), s.headRosMps(), 0, f.code());
            assertEquals(s.headRosMps(), s.backingRosMps(), 1e-15, f.code());
            assertEquals(s.headRosMps(), s.flankingRosMps(), 1e-15, f.code());
            assertEquals(1, s.lengthToBreadth(), 0, f.code());
            assertEquals(0, s.eccentricity(), 0, f.code());
            assertEquals(0, s.effectiveWindMps(), 0, f.code());
            assertEquals(s.headRosMps(), s.rateAt(77), 1e-15, f.code());
        }
        // testLengthToWidthRatio: 0 mph wind, 0 slope -> 1.0
        assertEquals(1.0, Rothermel.spread(GS4, LOW, 0, 0, 0, 0).lengthToBreadth());
    }

    @Test
    void nonBurnableAndTooWetFuelsDoNotSpread() {
        for (String code : new String[] {"NB1", "NB2", "NB3", "NB8", "NB9"}) {
            assertEquals(Spread.none(), Rothermel.spread(FuelModel.byCode(code).orElseThrow(), LOW, 5, 0, 30, 0));
        }
        // testSurfaceSingleFuelModel "Test Non-Burnable Fuel": model 91 spreads at 0
        // fuel model 1 has a dead moisture of extinction of 12 %
        FuelModel fm1 = FuelModel.byCode("1").orElseThrow();
        assertEquals(0, Rothermel.spread(fm1, new Moisture(12, 12, 12, 100, 100), 5, 0, 0, 0).headRosMps());
        assertTrue(Rothermel.spread(fm1, new Moisture(11, 12, 12, 100, 100), 5, 0, 0, 0).headRosMps() > 0);
    }

    @Test
    void windIncreasesSpreadAndWetterFuelSlowsIt() {
        double previous = 0;
        for (double wind = 0; wind <= 10; wind += 1) {
            double ros = Rothermel.spread(GS4, LOW, wind, 0, 0, 0).headRosMps();
            assertTrue(ros > previous, "wind " + wind);
            previous = ros;
        }
        double dry = Rothermel.spread(GS4, new Moisture(3, 4, 5, 60, 90), 2, 0, 0, 0).headRosMps();
        double wet = Rothermel.spread(GS4, new Moisture(9, 10, 11, 60, 90), 2, 0, 0, 0).headRosMps();
        assertTrue(dry > wet);
    }

    @Test
    void theWindLimitCapsTheEffectiveWindAtNineTenthsOfTheReactionIntensity() {
        // Rothermel (1972, p. 33); a very light fuel in a gale reaches it
        FuelModel fm1 = FuelModel.byCode("1").orElseThrow();
        FuelBed bed = FuelBed.of(fm1, LOW);
        double limitMps = 0.9 * bed.reactionIntensity * FT_PER_MIN;
        Spread gale = Rothermel.spread(fm1, LOW, 40, 0, 0, 0);
        Spread storm = Rothermel.spread(fm1, LOW, 60, 0, 0, 0);
        assertEquals(limitMps, gale.effectiveWindMps(), 1e-9);
        assertEquals(gale.headRosMps(), storm.headRosMps(), 0, "more wind adds nothing past the limit");
    }

    @Test
    void chainConversionsRoundTrip() {
        assertEquals(20.1168 / 3600, Rothermel.mps(1), 1e-15);
        assertEquals(1, Rothermel.chainsPerHour(20.1168 / 3600), 1e-12);
        assertEquals(3.7, Rothermel.chainsPerHour(Rothermel.mps(3.7)), 1e-12);
    }
}

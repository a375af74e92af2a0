package org.drillgrid.engine.hazard.quake;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.drillgrid.model.scenario.StructureClass;

/**
 * Building damage from peak ground acceleration: lognormal fragility curves P(DS ≥ ds | PGA) = Φ(ln(PGA/median)/β)
 * from the HAZUS-MH "equivalent-PGA structural fragility curves" (FEMA, HAZUS-MH MR4 Technical Manual, section
 * 5.4.4, one table per seismic design level, tables 5.16a-d as we recall the numbering; medians in g, β = 0.64
 * throughout). The values were read from the USGS
 * ShakeCast V3 manual, appendix E (klin-usgs/ShakeCast_V3, operator_appende.md, tables 1-4), which lists them per
 * HAZUS model building type in %g; the medians agree with the SimCenter transcription of Hazus 5.1 (rows LF.*,
 * NHERI-SimCenter/DamageAndLossModelLibrary, seismic/building/portfolio/Hazus v5.1/fragility.csv), which however
 * carries β = 0.4; we keep the 0.64 of the HAZUS table.
 *
 * <p>The Chinese structure classes map onto HAZUS types and design levels as follows (our judgment, see each line):
 * <table>
 * <caption>Mapping and medians (g) for slight / moderate / extensive / complete</caption>
 * <tr><th>class</th><th>HAZUS</th><th>medians</th><th>why</th></tr>
 * <tr><td>RC_FRAME</td><td>C1M, moderate code</td><td>0.13 0.21 0.49 0.89</td><td>urban concrete frames of 4-7
 * storeys designed to GB 50011 for intensity VII-VIII (design acceleration 0.10-0.20 g); HAZUS moderate code is
 * design for moderate-seismicity zones (UBC zone 2B, as we recall the manual), of the same order</td></tr>
 * <tr><td>BRICK_CONCRETE</td><td>RM2L, moderate code</td><td>0.20 0.28 0.47 0.81</td><td>砖混: masonry bearing
 * walls confined by ring beams and tie columns under (often precast) concrete floors, closest to "reinforced
 * masonry with precast concrete diaphragms"; the low-rise curve rather than RM2M (complete 0.99 g) because confined
 * brick is weaker at collapse than true reinforced masonry</td></tr>
 * <tr><td>BRICK_WOOD</td><td>URML, pre-code</td><td>0.13 0.17 0.26 0.37</td><td>砖木: unreinforced brick walls,
 * timber floors and roof, no seismic design</td></tr>
 * <tr><td>ADOBE_RURAL</td><td>URML pre-code × 0.8</td><td>0.104 0.136 0.208 0.296</td><td>土木/生土: HAZUS has no
 * adobe type; the 0.8 factor is <em>our calibration</em>, only its direction is sourced: damage surveys of rural
 * houses in western Sichuan rank earth-timber houses worst, below brick-timber (Technology for Earthquake Disaster
 * Prevention 2023, doi:10.11899/zzfy20230412)</td></tr>
 * <tr><td>STEEL</td><td>S1M, moderate code</td><td>0.13 0.21 0.44 0.82</td><td>steel moment frames, same design
 * level as RC_FRAME</td></tr>
 * </table>
 * NONE (no buildings) stays {@link DamageState#INTACT}. China's own intensity-based damage-probability matrices
 * (Yin Zhiqian's, 1990s, and later provincial updates) were not available in the stored material and are not used.
 *
 * <p>Φ is erfc(-x/√2)/2 with Apache Commons Math 3 {@code Erf.erfc}, which its documentation says evaluates the
 * regularized incomplete gamma function Q(1/2, x²); the tests check it against tabulated Φ to 1e-9.
 */
public final class Fragility {

    /** Damage state of a building; SEVERE is HAZUS "extensive" and COLLAPSE is HAZUS "complete". */
    public enum DamageState {
        INTACT, SLIGHT, MODERATE, SEVERE, COLLAPSE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** HAZUS logarithmic standard deviation of every equivalent-PGA structural curve. */
    public static final double BETA = 0.64;
    /** Our calibration: adobe is URML pre-code with every median scaled by this factor. */
    static final double ADOBE_FACTOR = 0.8;
    /** Probabilities are rounded to multiples of 2^-52 so that the five shares add up to exactly 1. */
    private static final double GRID = 0x1p52;

    private record Curve(String hazusType, double[] medians) {
    }

    private static final Map<StructureClass, Curve> CURVES = new EnumMap<>(StructureClass.class);

    static {
        CURVES.put(StructureClass.RC_FRAME, new Curve("C1M moderate-code", new double[] {0.13, 0.21, 0.49, 0.89}));
        CURVES.put(StructureClass.BRICK_CONCRETE, new Curve("RM2L moderate-code",
                new double[] {0.20, 0.28, 0.47, 0.81}));
        CURVES.put(StructureClass.BRICK_WOOD, new Curve("URML pre-code", new double[] {0.13, 0.17, 0.26, 0.37}));
        CURVES.put(StructureClass.ADOBE_RURAL, new Curve("URML pre-code x 0.8 (calibration)", new double[] {
            0.13 * ADOBE_FACTOR, 0.17 * ADOBE_FACTOR, 0.26 * ADOBE_FACTOR, 0.37 * ADOBE_FACTOR}));
        CURVES.put(StructureClass.STEEL, new Curve("S1M moderate-code", new double[] {0.13, 0.21, 0.44, 0.82}));
    }

    private Fragility() {
    }

    /**
     * Shares of buildings of class {@code c} in each damage state at {@code pgaG}, indexed by
     * {@link DamageState#ordinal()}: non-negative and summing to exactly 1.
     */
    public static double[] shares(StructureClass c, double pgaG) {
        double[] tail = new double[6];
        tail[0] = 1;
        for (int k = 1; k <= 4; k++) {
            double p = Math.rint(exceedance(c, DamageState.values()[k], pgaG) * GRID) / GRID;
            tail[k] = Math.min(p, tail[k - 1]);
        }
        double[] shares = new double[5];
        for (int k = 0; k < 5; k++) {
            shares[k] = tail[k] - tail[k + 1];
        }
        return shares;
    }

    /** P(DS ≥ {@code ds} | PGA = {@code pgaG}); 1 for INTACT, 0 for a cell without buildings. */
    public static double exceedance(StructureClass c, DamageState ds, double pgaG) {
        if (ds == DamageState.INTACT) {
            return 1;
        }
        Curve curve = CURVES.get(c);
        if (curve == null || !(pgaG > 0)) {
            return 0;
        }
        return standardNormal(Math.log(pgaG / curve.medians()[ds.ordinal() - 1]) / BETA);
    }

    /** Median PGA (g) of the curve of {@code ds}: 0 for INTACT (always reached), +∞ for a class without buildings. */
    public static double median(StructureClass c, DamageState ds) {
        if (ds == DamageState.INTACT) {
            return 0;
        }
        Curve curve = CURVES.get(c);
        return curve == null ? Double.POSITIVE_INFINITY : curve.medians()[ds.ordinal() - 1];
    }

    /** Logarithmic standard deviation of the curve of {@code ds}: the HAZUS 0.64 for every class and state. */
    public static double beta(StructureClass c, DamageState ds) {
        return BETA;
    }

    /** The HAZUS model building type and design level a class is mapped to, for reports. */
    public static String hazusType(StructureClass c) {
        Curve curve = CURVES.get(c);
        return curve == null ? "none" : curve.hazusType();
    }

    static double standardNormal(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }
}

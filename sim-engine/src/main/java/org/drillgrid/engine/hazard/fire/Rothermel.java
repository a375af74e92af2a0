package org.drillgrid.engine.hazard.fire;

/**
 * Rothermel's (1972, INT-RP-115) surface fire spread with Albini's (1976, INT-GTR-30) revisions, combined with wind,
 * slope and the fire ellipse the way BehavePlus and its computational library firelab/behave do (Andrews 2018,
 * RMRS-GTR-371), so that it reproduces that library's published test values.
 *
 * <ul>
 * <li>Wind factor φw = C·U^B·(β/β_op)^−E with U the midflame wind in ft/min (Rothermel 1972, eq. 47-50); slope factor
 * φs = 5.275·β^−0.3·tan²(slope) (eq. 51).</li>
 * <li>Wind and slope not aligned: the two rate increments R0·φw and R0·φs are added as vectors, the head runs along
 * the sum and R = R0 + |sum| (Rothermel 1983, INT-GTR-143, p. 33; Albini 1976); the effective wind speed is the
 * wind that alone would give that φ (Albini 1976).</li>
 * <li>Wind limit: applied, as firelab/behave always does and BehavePlus does by default: the effective wind speed is
 * capped at 0.9·I_R ft/min (I_R in BTU/ft²/min) and R recomputed from the cap (Rothermel 1972, p. 33; Andrews 2018).
 * The reference cases of the tests all stay below the cap, so they hold with or without it.</li>
 * <li>Length-to-breadth ratio: Anderson's (1983, INT-RP-305) curve as the current firelab/behave evaluates it, with
 * the effective wind speed U in mi/h: LB = 0.936·e^(0.1147·U) + 0.461·e^(−0.0692·U) − 0.397, capped at 8. These are
 * Anderson's coefficients 0.2566 and 0.1548 per m/s restated per mi/h; the same numbers applied to mi/h would give
 * LB 3.19 instead of behave's reference 1.590064 at 5 mi/h. (Older BehavePlus versions used Rothermel's
 * (1991) LB = 1 + 0.25·U, which gives 2.25 there.)</li>
 * <li>Ellipse: e = √(LB² − 1)/LB, backing rate = head·(1 − e)/(1 + e), flanking = (head + back)/(2·LB).</li>
 * <li>Byram's (1959) fireline intensity I = R·H_A with H_A = I_R·384/σ (Albini 1976), and flame length
 * L = 0.45·I^0.46 ft with I in BTU/ft/s (Byram 1959, as BehavePlus).</li>
 * </ul>
 *
 * <p>Midflame wind is an input: derive it from a 20-ft (6.1 m) wind with {@link WindAdjustment}.
 */
public final class Rothermel {

    /** One Gunter's chain, m (66 ft). */
    public static final double CHAIN_M = 20.1168;
    private static final double FT_PER_MIN_PER_MPS = 60 / 0.3048;
    private static final double FT_PER_MIN_PER_MPH = 88;
    /** BTU/ft/s to kW/m: 1055.05585 J / 0.3048 m / 1000. */
    private static final double KW_PER_M_PER_BTU_PER_FT_S = 1.05505585262 / 0.3048;
    private static final double MAX_LENGTH_TO_BREADTH = 8;

    private Rothermel() {
    }

    /**
     * Surface fire behaviour of one fuel model.
     *
     * @param fuel the fuel model; a non-burnable one gives {@link Spread#none()}
     * @param m fuel moistures, percent
     * @param midflameWindMps wind speed at midflame height, m/s
     * @param windFromDeg compass direction the wind blows from (meteorological; 0 = north, 90 = east)
     * @param slopePercent slope steepness, rise over run × 100
     * @param upslopeDeg compass direction in which the ground rises (the aspect + 180°)
     */
    public static Spread spread(FuelModel fuel, Moisture m, double midflameWindMps, double windFromDeg,
            double slopePercent, double upslopeDeg) {
        return spread(FuelBed.of(fuel, m), midflameWindMps, windFromDeg, slopePercent, upslopeDeg);
    }

    /** {@link #spread(FuelModel, Moisture, double, double, double, double)} of a fuel bed already built. */
    static Spread spread(FuelBed bed, double midflameWindMps, double windFromDeg, double slopePercent,
            double upslopeDeg) {
        if (!(midflameWindMps >= 0) || !(slopePercent >= 0)) {
            throw new IllegalArgumentException("wind speed and slope must be >= 0");
        }
        double r0 = bed.noWindNoSlopeRos;
        if (!(r0 > 0)) {
            return Spread.none();
        }
        double sigma = bed.sigma;
        double c = 7.47 * Math.exp(-0.133 * Math.pow(sigma, 0.55));
        double b = 0.02526 * Math.pow(sigma, 0.54);
        double e = 0.715 * Math.exp(-0.000359 * sigma);
        double windFtMin = midflameWindMps * FT_PER_MIN_PER_MPS;
        double phiW = windFtMin > 0 ? c * Math.pow(windFtMin, b) * Math.pow(bed.relativePackingRatio, -e) : 0;
        double tan = slopePercent / 100;
        double phiS = 5.275 * Math.pow(bed.packingRatio, -0.3) * tan * tan;

        // the two rate increments as vectors (east, north); the wind pushes toward windFrom + 180
        double push = Math.toRadians(windFromDeg + 180);
        double up = Math.toRadians(upslopeDeg);
        double east = r0 * (phiW * Math.sin(push) + phiS * Math.sin(up));
        double north = r0 * (phiW * Math.cos(push) + phiS * Math.cos(up));
        double increment = Math.hypot(east, north);
        double head = r0 + increment;
        double heading = increment > 0 ? Math.toDegrees(Math.atan2(east, north)) : windFromDeg + 180;

        double phiE = head / r0 - 1;
        double effectiveWind = phiE > 0 ? Math.pow(phiE * Math.pow(bed.relativePackingRatio, e) / c, 1 / b) : 0;
        double windLimit = 0.9 * bed.reactionIntensity;
        if (effectiveWind > windLimit) {
            effectiveWind = windLimit;
            head = r0 * (1 + c * Math.pow(windLimit, b) * Math.pow(bed.relativePackingRatio, -e));
        }
        return ellipse(bed, head, normalize(heading), effectiveWind);
    }

    private static Spread ellipse(FuelBed bed, double headFtMin, double heading, double effectiveWindFtMin) {
        double lb = lengthToBreadth(effectiveWindFtMin / FT_PER_MIN_PER_MPH);
        double ecc = lb > 1 ? Math.sqrt(lb * lb - 1) / lb : 0;
        double back = headFtMin * (1 - ecc) / (1 + ecc);
        double flank = (headFtMin + back) / (2 * lb);
        double intensityBtu = headFtMin * bed.reactionIntensity * bed.residenceTimeMin() / 60;
        double flameFt = intensityBtu > 0 ? 0.45 * Math.pow(intensityBtu, 0.46) : 0;
        return new Spread(fromFtPerMin(headFtMin), fromFtPerMin(bed.noWindNoSlopeRos), fromFtPerMin(back),
                fromFtPerMin(flank), lb, ecc, heading, intensityBtu * KW_PER_M_PER_BTU_PER_FT_S, flameFt * 0.3048,
                fromFtPerMin(effectiveWindFtMin));
    }

    /** Anderson's (1983) length-to-breadth ratio at an effective wind speed in mi/h, as firelab/behave has it. */
    static double lengthToBreadth(double effectiveWindMph) {
        if (!(effectiveWindMph > 1e-7)) {
            return 1;
        }
        double lb = 0.936 * Math.exp(0.1147 * effectiveWindMph) + 0.461 * Math.exp(-0.0692 * effectiveWindMph)
                - 0.397;
        return Math.min(MAX_LENGTH_TO_BREADTH, Math.max(1, lb));
    }

    /** m/s to chains per hour (1 chain = 66 ft = 20.1168 m). */
    public static double chainsPerHour(double mps) {
        return mps * 3600 / CHAIN_M;
    }

    /** Chains per hour to m/s. */
    public static double mps(double chainsPerHour) {
        return chainsPerHour * CHAIN_M / 3600;
    }

    private static double fromFtPerMin(double ftPerMin) {
        return ftPerMin / FT_PER_MIN_PER_MPS;
    }

    private static double normalize(double deg) {
        double d = deg % 360;
        if (d < 0) {
            d += 360;
        }
        return d >= 360 ? 0 : d; // -1e-15 + 360 rounds to 360
    }
}

package org.drillgrid.engine.hazard.quake;

import java.util.EnumMap;
import java.util.Map;
import org.drillgrid.engine.hazard.quake.Fragility.DamageState;
import org.drillgrid.model.scenario.StructureClass;

/**
 * Indoor casualties by building damage state, after the HAZUS-MH MR4 Technical Manual, chapter 13 (tables 13.3-13.7:
 * casualty rates of severity 1-4 for slight, moderate, extensive and complete damage, and for complete damage with
 * collapse; collapse rate given complete damage per model building type). Severities 1-3 count as injured, severity
 * 4 as killed. The rates were taken from the Rt implementation of those tables (Mahsuli and Haukaas, University of
 * British Columbia; RBuildingCasualtyModel.cpp, "based on FEMA table 13.3 to 13.8"), which stores per building type
 * and damage state the percentages uninjured / injured / killed with collapse already folded into complete damage;
 * the collapse rates agree with the SimCenter transcription of Hazus 5.1 (fragility.csv, weights of the complete
 * state). The sums of those stored percentages fix the values used here (percent of occupants):
 * <table>
 * <caption>Injured (severity 1-3) / killed (severity 4), percent</caption>
 * <tr><th>HAZUS type</th><th>slight</th><th>moderate</th><th>extensive</th><th>complete, standing</th><th>collapse</th>
 * <th>collapse rate</th></tr>
 * <tr><td>C1M (RC_FRAME)</td><td>0.05 / 0</td><td>0.28 / 0</td><td>1.101 / 0.001</td><td>6.01 / 0.01</td>
 * <td>65 / 10</td><td>10 %</td></tr>
 * <tr><td>S1M (STEEL)</td><td>0.05 / 0</td><td>0.225 / 0</td><td>1.101 / 0.001</td><td>6.01 / 0.01</td>
 * <td>65 / 10</td><td>5 %</td></tr>
 * <tr><td>RM2L (BRICK_CONCRETE)</td><td>0.05 / 0</td><td>0.225 / 0</td><td>1.101 / 0.001</td><td>6.01 / 0.01</td>
 * <td>65 / 10</td><td>13 %</td></tr>
 * <tr><td>URML (BRICK_WOOD, ADOBE_RURAL)</td><td>0.05 / 0</td><td>0.751 / 0.001</td><td>2.202 / 0.002</td>
 * <td>12.02 / 0.02</td><td>65 / 10</td><td>15 %</td></tr>
 * </table>
 * (Rt stores complete damage already mixed, e.g. C1M 11.909 / 1.009 = 0.9 × (6.01 / 0.01) + 0.1 × (65 / 10); every
 * type's pair solves to the same two rows.) Adobe takes the URML rates: HAZUS has no adobe type.
 *
 * <p>{@link Rates} splits occupants into exclusive groups. For {@link DamageState#COLLAPSE} (HAZUS complete) a
 * fraction f of the buildings collapses. In a collapsed building a share T of the occupants is trapped, the killed
 * among them: T = 0.7 for frames (RC, steel) and 0.5 for masonry, the "occupants trapped by collapse" factor (M3) of
 * the casualty model of Coburn and Spence (2002, Earthquake Protection, 2nd ed.). <em>Those two values are quoted from
 * memory of that book and were not found in the stored material; treat them as our calibration until checked.</em>
 * Then killed = (1 - f)·k + f·10 %, trapped = f·(T - 10 %) (alive but unable to get out, waiting for rescue), and
 * injured = (1 - f)·i + f·(1 - T)·65/90: the survivors who are not trapped are injured at the HAZUS collapse ratio
 * (65 injured per 90 survivors). Below complete damage nobody is trapped. The HAZUS total of injured is
 * injured + trapped·65/90.
 */
public final class QuakeCasualties {

    /** Fractions of the occupants present: injured (not trapped), killed, and trapped alive. Exclusive groups. */
    public record Rates(double injured, double killed, double trapped) {
    }

    /** HAZUS complete damage with collapse, every type used here: 65 % injured, 10 % killed. */
    static final double COLLAPSE_INJURED = 0.65;
    static final double COLLAPSE_KILLED = 0.10;
    /** Coburn and Spence (2002) M3, as recalled (see the class note). */
    static final double TRAPPED_FRAME = 0.7;
    static final double TRAPPED_MASONRY = 0.5;

    /** Injured and killed fractions per damage state SLIGHT..COLLAPSE (complete without collapse). */
    private record Table(double[] injured, double[] killed, double collapseRate, double trappedShare) {
    }

    private static final Table FRAME_C1M = new Table(new double[] {0.0005, 0.0028, 0.01101, 0.0601},
            new double[] {0, 0, 0.00001, 0.0001}, 0.10, TRAPPED_FRAME);
    private static final Table FRAME_S1M = new Table(new double[] {0.0005, 0.00225, 0.01101, 0.0601},
            new double[] {0, 0, 0.00001, 0.0001}, 0.05, TRAPPED_FRAME);
    private static final Table MASONRY_RM2L = new Table(new double[] {0.0005, 0.00225, 0.01101, 0.0601},
            new double[] {0, 0, 0.00001, 0.0001}, 0.13, TRAPPED_MASONRY);
    private static final Table MASONRY_URML = new Table(new double[] {0.0005, 0.00751, 0.02202, 0.1202},
            new double[] {0, 0.00001, 0.00002, 0.0002}, 0.15, TRAPPED_MASONRY);

    private static final Map<StructureClass, Table> TABLES = new EnumMap<>(StructureClass.class);

    static {
        TABLES.put(StructureClass.RC_FRAME, FRAME_C1M);
        TABLES.put(StructureClass.STEEL, FRAME_S1M);
        TABLES.put(StructureClass.BRICK_CONCRETE, MASONRY_RM2L);
        TABLES.put(StructureClass.BRICK_WOOD, MASONRY_URML);
        TABLES.put(StructureClass.ADOBE_RURAL, MASONRY_URML);
    }

    private static final Rates NOBODY = new Rates(0, 0, 0);

    /** Residential occupancy at the HAZUS hours: night 0.99, day 0.75 × 0.5 (our day/night ratio), commute 0.50. */
    static final double NIGHT = 0.99;
    static final double DAY = 0.75 * 0.5;
    static final double COMMUTE = 0.50;

    /** (hour, share) anchors over one day; 02:00, 14:00 and 17:00 are HAZUS, the others ours. */
    private static final double[][] OCCUPANCY = {
        {0, NIGHT}, {6, NIGHT}, {9, DAY}, {14, DAY}, {17, COMMUTE}, {21, NIGHT}, {24, NIGHT}};

    private QuakeCasualties() {
    }

    /** Casualty fractions of the occupants present in buildings of class {@code c} in damage state {@code ds}. */
    public static Rates rates(StructureClass c, DamageState ds) {
        Table t = TABLES.get(c);
        if (t == null || ds == DamageState.INTACT) {
            return NOBODY;
        }
        int k = ds.ordinal() - 1;
        if (ds != DamageState.COLLAPSE) {
            return new Rates(t.injured()[k], t.killed()[k], 0);
        }
        double f = t.collapseRate();
        double trappedShare = t.trappedShare();
        double injuredPerSurvivor = COLLAPSE_INJURED / (1 - COLLAPSE_KILLED);
        return new Rates((1 - f) * t.injured()[k] + f * (1 - trappedShare) * injuredPerSurvivor,
                (1 - f) * t.killed()[k] + f * COLLAPSE_KILLED,
                f * (trappedShare - COLLAPSE_KILLED));
    }

    /** HAZUS collapse rate given complete damage (HAZUS collapse fraction) of the type a class maps to. */
    public static double collapseFraction(StructureClass c) {
        Table t = TABLES.get(c);
        return t == null ? 0 : t.collapseRate();
    }

    /**
     * Share of residents indoors at home at {@code hourOfDay} (local time, any real number, taken modulo 24),
     * interpolated linearly between anchor hours. The HAZUS residential occupancy factors (HAZUS-MH MR4 Technical
     * Manual, table 13.2, as recalled, not found in the stored material) give the anchors at 02:00 (0.99 of the
     * night residential population), 14:00 (0.75 of the daytime residential population) and 17:00 (0.50 of the
     * night population). Ours (<em>calibration</em>): the daytime residential population is half the night one,
     * so 14:00 is 0.375; the night value holds until 06:00 and is reached again by 21:00, and the day value is
     * reached by 09:00.
     */
    public static double occupancy(double hourOfDay) {
        double h = ((hourOfDay % 24) + 24) % 24;
        for (int i = 1; i < OCCUPANCY.length; i++) {
            if (h <= OCCUPANCY[i][0]) {
                double[] a = OCCUPANCY[i - 1];
                double[] b = OCCUPANCY[i];
                return a[1] + (b[1] - a[1]) * (h - a[0]) / (b[0] - a[0]);
            }
        }
        return OCCUPANCY[OCCUPANCY.length - 1][1];
    }
}

package org.drillgrid.engine.hazard.fire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published fuel model tables, transcribed once. Loads in tons/acre, SAV in 1/ft, depth in ft, extinction
 * moisture in percent, heat content in BTU/lb.
 *
 * <ul>
 * <li>Models 1-13: Albini (1976, INT-GTR-30), whose loads are in lb/ft²; they are converted exactly, so they read
 * as Anderson's (1982, INT-GTR-122, table 1) tons/acre before his rounding to two decimals (0.034 lb/ft² is
 * 0.7405 tons/acre, his 0.74). Live SAV 1500 1/ft and heat content 8000 BTU/lb throughout, as BehavePlus and the
 * firelab/behave library carry them.</li>
 * <li>GR, GS, SH, TU, TL, SB: Scott and Burgan (2005, RMRS-GTR-153, table 7), with each model's dynamic (D) or
 * static (S) type from the same table. Where a model has no live load the table leaves the live SAVs blank; the
 * placeholders here never enter a computation.</li>
 * <li>NB1 urban, NB2 snow/ice, NB3 agricultural, NB8 open water, NB9 bare ground (Scott and Burgan 2005, p. 12):
 * no fuel.</li>
 * </ul>
 */
final class StandardFuelModels {

    static final List<FuelModel> ALL;
    static final Map<String, FuelModel> BY_CODE;
    static final Map<Integer, FuelModel> BY_NUMBER;

    static {
        List<FuelModel> all = new ArrayList<>();
        // Albini (1976) in lb/ft²: loads 1-h, 10-h, 100-h, live; 1-h SAV; depth; extinction moisture
        all.add(anderson(1, 0.034, 0, 0, 0, 0, 3500, 1.0, 12));
        all.add(anderson(2, 0.092, 0.046, 0.023, 0.023, 0, 3000, 1.0, 15));
        all.add(anderson(3, 0.138, 0, 0, 0, 0, 1500, 2.5, 25));
        all.add(anderson(4, 0.230, 0.184, 0.092, 0, 0.230, 2000, 6.0, 20));
        all.add(anderson(5, 0.046, 0.023, 0, 0, 0.092, 2000, 2.0, 20));
        all.add(anderson(6, 0.069, 0.115, 0.092, 0, 0, 1750, 2.5, 25));
        all.add(anderson(7, 0.052, 0.086, 0.069, 0, 0.017, 1750, 2.5, 40));
        all.add(anderson(8, 0.069, 0.046, 0.115, 0, 0, 2000, 0.2, 30));
        all.add(anderson(9, 0.134, 0.019, 0.007, 0, 0, 2500, 0.2, 25));
        all.add(anderson(10, 0.138, 0.092, 0.230, 0, 0.092, 2000, 1.0, 25));
        all.add(anderson(11, 0.069, 0.207, 0.253, 0, 0, 1500, 1.0, 15));
        all.add(anderson(12, 0.184, 0.644, 0.759, 0, 0, 1500, 2.3, 20));
        all.add(anderson(13, 0.322, 1.058, 1.288, 0, 0, 1500, 3.0, 25));

        // Scott and Burgan (2005) table 7: loads 1-h, 10-h, 100-h, herb, woody; SAV 1-h, herb, woody; depth; Mx
        all.add(sb(101, "GR1", 0.10, 0, 0, 0.30, 0, 2200, 2000, 1500, 0.4, 15, 8000, true));
        all.add(sb(102, "GR2", 0.10, 0, 0, 1.00, 0, 2000, 1800, 1500, 1.0, 15, 8000, true));
        all.add(sb(103, "GR3", 0.10, 0.40, 0, 1.50, 0, 1500, 1300, 1500, 2.0, 30, 8000, true));
        all.add(sb(104, "GR4", 0.25, 0, 0, 1.90, 0, 2000, 1800, 1500, 2.0, 15, 8000, true));
        all.add(sb(105, "GR5", 0.40, 0, 0, 2.50, 0, 1800, 1600, 1500, 1.5, 40, 8000, true));
        all.add(sb(106, "GR6", 0.10, 0, 0, 3.40, 0, 2200, 2000, 1500, 1.5, 40, 9000, true));
        all.add(sb(107, "GR7", 1.00, 0, 0, 5.40, 0, 2000, 1800, 1500, 3.0, 15, 8000, true));
        all.add(sb(108, "GR8", 0.50, 1.00, 0, 7.30, 0, 1500, 1300, 1500, 4.0, 30, 8000, true));
        all.add(sb(109, "GR9", 1.00, 1.00, 0, 9.00, 0, 1800, 1600, 1500, 5.0, 40, 8000, true));

        all.add(sb(121, "GS1", 0.20, 0, 0, 0.50, 0.65, 2000, 1800, 1800, 0.9, 15, 8000, true));
        all.add(sb(122, "GS2", 0.50, 0.50, 0, 0.60, 1.00, 2000, 1800, 1800, 1.5, 15, 8000, true));
        all.add(sb(123, "GS3", 0.30, 0.25, 0, 1.45, 1.25, 1800, 1600, 1600, 1.8, 40, 8000, true));
        all.add(sb(124, "GS4", 1.90, 0.30, 0.10, 3.40, 7.10, 1800, 1600, 1600, 2.1, 40, 8000, true));

        all.add(sb(141, "SH1", 0.25, 0.25, 0, 0.15, 1.30, 2000, 1800, 1600, 1.0, 15, 8000, true));
        all.add(sb(142, "SH2", 1.35, 2.40, 0.75, 0, 3.85, 2000, 1800, 1600, 1.0, 15, 8000, false));
        all.add(sb(143, "SH3", 0.45, 3.00, 0, 0, 6.20, 1600, 1800, 1400, 2.4, 40, 8000, false));
        all.add(sb(144, "SH4", 0.85, 1.15, 0.20, 0, 2.55, 2000, 1800, 1600, 3.0, 30, 8000, false));
        all.add(sb(145, "SH5", 3.60, 2.10, 0, 0, 2.90, 750, 1800, 1600, 6.0, 15, 8000, false));
        all.add(sb(146, "SH6", 2.90, 1.45, 0, 0, 1.40, 750, 1800, 1600, 2.0, 30, 8000, false));
        all.add(sb(147, "SH7", 3.50, 5.30, 2.20, 0, 3.40, 750, 1800, 1600, 6.0, 15, 8000, false));
        all.add(sb(148, "SH8", 2.05, 3.40, 0.85, 0, 4.35, 750, 1800, 1600, 3.0, 40, 8000, false));
        all.add(sb(149, "SH9", 4.50, 2.45, 0, 1.55, 7.00, 750, 1800, 1500, 4.4, 40, 8000, true));

        all.add(sb(161, "TU1", 0.20, 0.90, 1.50, 0.20, 0.90, 2000, 1800, 1600, 0.6, 20, 8000, true));
        all.add(sb(162, "TU2", 0.95, 1.80, 1.25, 0, 0.20, 2000, 1800, 1600, 1.0, 30, 8000, false));
        all.add(sb(163, "TU3", 1.10, 0.15, 0.25, 0.65, 1.10, 1800, 1600, 1400, 1.3, 30, 8000, true));
        all.add(sb(164, "TU4", 4.50, 0, 0, 0, 2.00, 2300, 1800, 2000, 0.5, 12, 8000, false));
        all.add(sb(165, "TU5", 4.00, 4.00, 3.00, 0, 3.00, 1500, 1800, 750, 1.0, 25, 8000, false));

        all.add(sb(181, "TL1", 1.00, 2.20, 3.60, 0, 0, 2000, 1800, 1600, 0.2, 30, 8000, false));
        all.add(sb(182, "TL2", 1.40, 2.30, 2.20, 0, 0, 2000, 1800, 1600, 0.2, 25, 8000, false));
        all.add(sb(183, "TL3", 0.50, 2.20, 2.80, 0, 0, 2000, 1800, 1600, 0.3, 20, 8000, false));
        all.add(sb(184, "TL4", 0.50, 1.50, 4.20, 0, 0, 2000, 1800, 1600, 0.4, 25, 8000, false));
        all.add(sb(185, "TL5", 1.15, 2.50, 4.40, 0, 0, 2000, 1800, 1600, 0.6, 25, 8000, false));
        all.add(sb(186, "TL6", 2.40, 1.20, 1.20, 0, 0, 2000, 1800, 1600, 0.3, 25, 8000, false));
        all.add(sb(187, "TL7", 0.30, 1.40, 8.10, 0, 0, 2000, 1800, 1600, 0.4, 25, 8000, false));
        all.add(sb(188, "TL8", 5.80, 1.40, 1.10, 0, 0, 1800, 1800, 1600, 0.3, 35, 8000, false));
        all.add(sb(189, "TL9", 6.65, 3.30, 4.15, 0, 0, 1800, 1800, 1600, 0.6, 35, 8000, false));

        all.add(sb(201, "SB1", 1.50, 3.00, 11.00, 0, 0, 2000, 1800, 1600, 1.0, 25, 8000, false));
        all.add(sb(202, "SB2", 4.50, 4.25, 4.00, 0, 0, 2000, 1800, 1600, 1.0, 25, 8000, false));
        all.add(sb(203, "SB3", 5.50, 2.75, 3.00, 0, 0, 2000, 1800, 1600, 1.2, 25, 8000, false));
        all.add(sb(204, "SB4", 5.25, 3.50, 5.25, 0, 0, 2000, 1800, 1600, 2.7, 25, 8000, false));

        for (int n : new int[] {91, 92, 93, 98, 99}) {
            all.add(new FuelModel(n, "NB" + (n - 90), 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 10, 8000, 8000, false));
        }
        ALL = List.copyOf(all);

        Map<String, FuelModel> byCode = new LinkedHashMap<>();
        Map<Integer, FuelModel> byNumber = new LinkedHashMap<>();
        for (FuelModel f : ALL) {
            byCode.put(f.code(), f);
            byNumber.put(f.number(), f);
            if (f.number() <= 13) {
                byCode.put("FM" + f.number(), f); // the code BehavePlus shows for the original 13
            }
        }
        BY_CODE = Map.copyOf(byCode);
        BY_NUMBER = Map.copyOf(byNumber);
    }

    private StandardFuelModels() {
    }

    /** One of the original 13, from Albini's loads in lb/ft² (so 0.034 lb/ft² is Anderson's 0.74 tons/acre). */
    private static FuelModel anderson(int n, double l1, double l10, double l100, double herb, double woody,
            double sav1, double depth, double mx) {
        double t = 1 / FuelBed.LB_PER_FT2_PER_TON_PER_ACRE;
        return new FuelModel(n, Integer.toString(n), l1 * t, l10 * t, l100 * t, herb * t, woody * t, sav1, 1500,
                1500, depth, mx, 8000, 8000, false);
    }

    private static FuelModel sb(int n, String code, double l1, double l10, double l100, double herb, double woody,
            double sav1, double savHerb, double savWoody, double depth, double mx, double heat, boolean dynamic) {
        return new FuelModel(n, code, l1, l10, l100, herb, woody, sav1, savHerb, savWoody, depth, mx, heat, heat,
                dynamic);
    }
}

package org.drillgrid.engine.hazard.fire;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A surface fire behaviour fuel model, in the units of the published tables: loads in tons/acre, surface-area-to-volume
 * ratios (SAV) in 1/ft, depth in ft, dead fuel moisture of extinction in percent, heat content in BTU/lb.
 *
 * <p>The 10-h and 100-h classes have the fixed SAVs 109 and 30 1/ft of every standard model (Albini 1976), so they are
 * not fields. The standard sets are {@link #all()}: the 13 models of Albini (1976) as tabulated by Anderson (1982,
 * INT-GTR-122, table 1), numbered 1-13 with codes "1".."13"; the 40 models of Scott and Burgan (2005, RMRS-GTR-153,
 * table 7), numbered 101-204; and the non-burnable NB1, NB2, NB3, NB8, NB9 (91, 92, 93, 98, 99).
 *
 * <p>A dynamic model (Scott and Burgan 2005, p. 7-8) moves part of its live herbaceous load to a separate dead class
 * as the herbs cure; {@link #curedHerbFraction(double)} gives the part. The transferred load keeps the herb SAV and
 * takes the dead 1-h moisture.
 *
 * @param number the standard number (1-13, 91-99, 101-204)
 * @param code "1".."13" for Anderson's models, the Scott and Burgan code otherwise ("GR1", "NB9", ...)
 * @param load1h dead 1-h load, tons/acre
 * @param load10h dead 10-h load, tons/acre
 * @param load100h dead 100-h load, tons/acre
 * @param loadLiveHerb live herbaceous load, tons/acre
 * @param loadLiveWoody live woody load, tons/acre
 * @param sav1h SAV of the dead 1-h class, 1/ft
 * @param savLiveHerb SAV of the live herbaceous class, 1/ft
 * @param savLiveWoody SAV of the live woody class, 1/ft
 * @param depth fuel bed depth, ft
 * @param extinctionMoistureDead dead fuel moisture of extinction, percent
 * @param heatDead heat content of dead fuel, BTU/lb
 * @param heatLive heat content of live fuel, BTU/lb
 * @param dynamic whether live herbaceous load cures into dead fuel
 */
public record FuelModel(int number, String code, double load1h, double load10h, double load100h, double loadLiveHerb,
        double loadLiveWoody, double sav1h, double savLiveHerb, double savLiveWoody, double depth,
        double extinctionMoistureDead, double heatDead, double heatLive, boolean dynamic) {

    public FuelModel {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("fuel model " + number + " has no code");
        }
        for (double v : new double[] {load1h, load10h, load100h, loadLiveHerb, loadLiveWoody}) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("fuel model " + code + ": loads must be >= 0");
            }
        }
        if (!(depth > 0) || !(extinctionMoistureDead > 0)) {
            throw new IllegalArgumentException("fuel model " + code + ": depth and extinction moisture must be > 0");
        }
    }

    /** The standard model with this code, case-insensitive ("4", "gs4", "NB1"); empty if there is none. */
    public static Optional<FuelModel> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(StandardFuelModels.BY_CODE.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The standard model with this number (1-13, 91-99, 101-204); empty if there is none. */
    public static Optional<FuelModel> byNumber(int number) {
        return Optional.ofNullable(StandardFuelModels.BY_NUMBER.get(number));
    }

    /** All standard models: 13 + 40 burnable, then the 5 non-burnable ones; in number order within each set. */
    public static List<FuelModel> all() {
        return StandardFuelModels.ALL;
    }

    /** Whether the model carries any fuel: false for the NB models. */
    public boolean burnable() {
        return load1h + load10h + load100h + loadLiveHerb + loadLiveWoody > 0;
    }

    /**
     * The fraction of live herbaceous load that counts as dead (cured) at this live herbaceous moisture (percent):
     * Scott and Burgan's (2005, fig. 4) line from fully cured at 30 % to uncured at 120 %, in the rounded form
     * BehavePlus computes it, 1.333 − 1.11·M with M as a fraction, clamped to [0, 1]: trainers who check a
     * calculation against BehavePlus get its numbers. Always 0 for a static model.
     */
    public double curedHerbFraction(double liveHerbMoisturePercent) {
        if (!dynamic) {
            return 0;
        }
        return Math.max(0, Math.min(1, 1.333 - 1.11 * liveHerbMoisturePercent / 100));
    }
}

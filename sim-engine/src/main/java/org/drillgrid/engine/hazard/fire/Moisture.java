package org.drillgrid.engine.hazard.fire;

/**
 * Fuel moisture contents in percent of oven-dry weight, by the size and life classes of the fuel model tables.
 *
 * @param d1 dead 1-h (also applied to cured herbaceous fuel of a dynamic model)
 * @param d10 dead 10-h
 * @param d100 dead 100-h
 * @param liveHerb live herbaceous (also sets the curing of a dynamic model, see {@link FuelModel#curedHerbFraction})
 * @param liveWoody live woody
 */
public record Moisture(double d1, double d10, double d100, double liveHerb, double liveWoody) {

    public Moisture {
        for (double v : new double[] {d1, d10, d100, liveHerb, liveWoody}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("moisture contents must be finite and >= 0 percent");
            }
        }
    }
}

package org.drillgrid.engine.hazard.flood;

import org.drillgrid.model.scenario.LandUse;

/**
 * Flood hazard to people, HR = d·(v + 0.5) + DF (Defra and Environment Agency 2006, R&D report FD2321/TR2,
 * "Flood risks to people"), d depth (m), v speed (m/s), DF the debris factor: 0 up to 0.25 m of water;
 * above it 0.5 on open land (pasture, arable, grass, parks, bare) and 1 among trees and buildings.
 * Classes: below 0.75 low, 0.75-1.25 moderate ("danger for some"), 1.25-2.0 significant ("danger for
 * most"), above 2.0 extreme ("danger for all").
 */
public final class HazardRating {

    public static final double MODERATE = 0.75;
    public static final double SIGNIFICANT = 1.25;
    public static final double EXTREME = 2.0;

    private HazardRating() {
    }

    public static double of(double depth, double speed, LandUse use) {
        if (depth <= 0) {
            return 0;
        }
        return depth * (speed + 0.5) + debrisFactor(depth, use);
    }

    static double debrisFactor(double depth, LandUse use) {
        if (depth <= 0.25) {
            return 0;
        }
        return switch (use) {
            case FOREST, URBAN_DENSE, URBAN_RESIDENTIAL, INDUSTRIAL -> 1.0;
            default -> 0.5;
        };
    }
}

package org.drillgrid.engine.hazard.flood;

import java.util.EnumMap;
import java.util.Map;
import org.drillgrid.model.scenario.LandUse;

/**
 * Default Manning's n per land-use class (s/m^(1/3)), typical values for overland flow after Chow
 * (1959, Open-Channel Hydraulics, table 5-6): open water 0.030, short grass 0.030, cultivated fields
 * 0.040, trees and brush 0.100, bare soil 0.025; built-up classes 0.035-0.040 to account for streets
 * between blocks. A scenario overrides them with {@code manning} (one value everywhere) or
 * {@code manningByLandUse}.
 */
public final class Friction {

    private static final Map<LandUse, Double> DEFAULTS = new EnumMap<>(Map.of(
            LandUse.NONE, 0.035, LandUse.WATER, 0.030, LandUse.URBAN_DENSE, 0.035,
            LandUse.URBAN_RESIDENTIAL, 0.040, LandUse.INDUSTRIAL, 0.035, LandUse.CROPLAND, 0.040,
            LandUse.FOREST, 0.100, LandUse.GRASSLAND, 0.030, LandUse.PARK, 0.035, LandUse.BARE, 0.025));

    private Friction() {
    }

    public static double defaultFor(LandUse use) {
        return DEFAULTS.get(use);
    }
}

package org.drillgrid.engine.hazard.flood;

import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.Series;

/** The rain a flood entry gives, as the step series of mm/h the solver uses: for previews outside the engine. */
public final class Rain {

    private Rain() {
    }

    /** As written, or the Chicago design storm computed; an empty series without rain. */
    public static Series of(FloodSpec.Rainfall rainfall) {
        return FloodSetup.rain(rainfall);
    }
}

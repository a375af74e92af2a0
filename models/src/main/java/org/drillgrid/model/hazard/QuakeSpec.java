package org.drillgrid.model.hazard;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.SimDuration;

/**
 * {@code {"type": "quake", ...}}: one main shock and its aftershocks (docs/scenario-format.md, "Earthquake";
 * the physics in docs/quake.md). Required: {@code magnitude}, {@code epicentre}, {@code at}.
 *
 * @param magnitude surface-wave magnitude Ms of the main shock
 * @param epicentre where it strikes: a cell {@code [col, row]} or projected coordinates {@code {"x", "y"}} (m,
 *        the layers' system), which may lie outside the grid
 * @param depthKm focal depth (default 10 km)
 * @param strikeDeg compass bearing of the fault, the long axis of the intensity ellipse (default 0, north)
 * @param at when the main shock strikes
 * @param region intensity attenuation region (default {@code east}, the eastern China strong-earthquake region)
 * @param variability add the attenuation's scatter (σ) as a seeded, spatially smooth random field (default false)
 * @param aftershocks the aftershock sequence (default: on, magnitude 4.0 and up)
 * @param landslides whether steep cells may slide in the shaking (default false)
 * @param dams levees or dams of the flood that breach when the shaking at them is strong enough: the cascade
 *        into the flood model
 */
public record QuakeSpec(Double magnitude, Epicentre epicentre, Double depthKm, Double strikeDeg, SimDuration at,
        String region, Boolean variability, Aftershocks aftershocks, Boolean landslides, List<Dam> dams)
        implements HazardSpec {

    public static final String TYPE = "quake";
    public static final double DEFAULT_DEPTH_KM = 10;
    public static final double DEFAULT_MIN_AFTERSHOCK = 4.0;
    /** Peak ground acceleration (g) that breaches a dam when its entry gives none: intensity VIII's lower bound. */
    public static final double DEFAULT_DAM_BREACH_PGA = 0.18;
    /** Attenuation regions of Yu et al. (2013): eastern China strong, central moderate-to-strong, Xinjiang, Tibet. */
    public static final List<String> REGIONS = List.of("east", "middle", "xinjiang", "tibet");

    /** Either {@code cell} or both {@code x} and {@code y} (m). */
    @JsonDeserialize(using = EpicentreDeserializer.class)
    public record Epicentre(CellRef cell, Double x, Double y) {

        /** As documents write it: the cell {@code [col, row]}, else {@code {"x": m, "y": m}}. */
        @JsonValue
        public Object json() {
            if (cell != null) {
                return cell;
            }
            java.util.Map<String, Double> xy = new java.util.LinkedHashMap<>();
            xy.put("x", x);
            xy.put("y", y);
            return xy;
        }

        @Override
        public String toString() {
            return cell != null ? cell.toString() : "(" + x + ", " + y + ")";
        }
    }

    /**
     * Aftershocks drawn from the run's seed: {@code enabled} (default true), magnitudes from
     * {@code minMagnitude} (default 4.0) up to Båth's cap, over the whole run.
     */
    public record Aftershocks(Boolean enabled, Double minMagnitude) {
    }

    /**
     * The flood's levee or dam {@code levee} breaches (as its scripted breach, or to its ground) when the peak
     * ground acceleration at any of its cells reaches {@code breachPga} g (default 0.18 g).
     */
    public record Dam(String levee, Double breachPga) {
    }

    public double depthKmOrDefault() {
        return depthKm == null ? DEFAULT_DEPTH_KM : depthKm;
    }

    public double strikeDegOrDefault() {
        return strikeDeg == null ? 0 : strikeDeg;
    }

    public String regionOrDefault() {
        return region == null ? "east" : region;
    }

    public boolean aftershocksEnabled() {
        return aftershocks == null || aftershocks.enabled() == null || aftershocks.enabled();
    }

    public double minAftershockMagnitude() {
        return aftershocks == null || aftershocks.minMagnitude() == null ? DEFAULT_MIN_AFTERSHOCK
                : aftershocks.minMagnitude();
    }

    public List<Dam> damsOrEmpty() {
        return dams == null ? List.of() : dams;
    }
}

package org.drillgrid.model.gis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drillgrid.model.scenario.RoadClass;

/**
 * The {@link RoadClass} of a road feature from its properties (docs/import.md, "Road classes"):
 * <ol>
 *   <li>{@code class}: a Drillgrid class name, {@code arterial}, {@code main}, {@code local} or
 *       {@code underpass} (any case);</li>
 *   <li>else OpenStreetMap's {@code tunnel=yes}: {@code underpass}, a road below grade that floods first
 *       (the flood model closes it at 0.3 m of water);</li>
 *   <li>else OpenStreetMap's {@code highway}: {@code motorway}, {@code trunk}, {@code primary} (and their
 *       {@code _link}s) are {@code arterial}; {@code secondary} (and {@code secondary_link}) is
 *       {@code main}; {@code tertiary}, {@code residential}, {@code unclassified}, {@code service},
 *       {@code living_street} and anything else are {@code local};</li>
 *   <li>else {@code local}.</li>
 * </ol>
 * Where lines cross, the higher rank wins: underpass, then arterial, main, local. An underpass outranks
 * the road above it so that the dip the flood model needs is not lost under a crossing.
 */
final class RoadTags {

    private static final Set<String> ARTERIAL = Set.of("motorway", "motorway_link", "trunk", "trunk_link",
            "primary", "primary_link");
    private static final Set<String> MAIN = Set.of("secondary", "secondary_link");

    private RoadTags() {
    }

    static RoadClass roadClass(Map<String, String> properties) {
        String named = properties.get("class");
        if (named != null) {
            for (RoadClass c : RoadClass.values()) {
                if (c != RoadClass.NONE && c.name().equalsIgnoreCase(named.strip())) {
                    return c;
                }
            }
        }
        if ("yes".equals(properties.get("tunnel"))) {
            return RoadClass.UNDERPASS;
        }
        String highway = properties.getOrDefault("highway", "").strip().toLowerCase(Locale.ROOT);
        if (ARTERIAL.contains(highway)) {
            return RoadClass.ARTERIAL;
        }
        return MAIN.contains(highway) ? RoadClass.MAIN : RoadClass.LOCAL;
    }

    /** Which class wins a cell where two roads meet: higher is stronger; non-codes count as no road. */
    static int rank(double code) {
        if (!RoadClass.isCode(code)) {
            return 0;
        }
        return switch (RoadClass.values()[(int) code]) {
            case NONE -> 0;
            case LOCAL -> 1;
            case MAIN -> 2;
            case ARTERIAL -> 3;
            case UNDERPASS -> 4;
        };
    }
}

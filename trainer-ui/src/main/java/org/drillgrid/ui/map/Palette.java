package org.drillgrid.ui.map;

import java.awt.Color;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/** Map colours, shared by the renderer and the legend so the two never disagree. */
public final class Palette {

    public static final Color TEAM = new Color(0xD32F2F);
    public static final Color DEPOT = new Color(0xF57C00);
    public static final Color SHELTER = new Color(0x2E7D32);
    public static final Color POPULATION = new Color(0x6A1B9A);
    public static final Color TEAM_IDLE = new Color(0xF48FB1);
    public static final Color SHELTER_CLOSED = new Color(0x9E9E9E);
    public static final Color CONVOY = new Color(0xFFEB3B);
    public static final Color CLOSED = new Color(0xFF6F00);
    public static final Color BLOCKED = new Color(0x6D4C41);
    public static final Color POWER_OUT = new Color(0x000000);
    public static final Color NETWORK_OUT = new Color(0x7B1FA2);
    public static final Color REPORT = new Color(0x0097A7);
    public static final Color ALERT = new Color(0xC2185B);
    /** A shelter at or above {@link #SHELTER_NEARLY_FULL} of its capacity. */
    public static final Color SHELTER_FILLING = new Color(0xF9A825);
    /** A shelter that is full. */
    public static final Color SHELTER_FULL = new Color(0xC62828);
    /** The share of a shelter's capacity from which it is drawn as filling. */
    public static final double SHELTER_NEARLY_FULL = 0.9;
    /** Outlines of named areas, and of the user's own selection. */
    public static final Color PLACE = new Color(0x37474F);
    public static final Color SELECTION = new Color(0xFF1744);
    public static final Color SENSOR = new Color(0x00695C);
    /**
     * People states of {@link org.drillgrid.engine.api.Frame} (index = state code; 0 drawn as nothing). Saturated
     * hues no land-use class uses, so that "not warned" (magenta) never reads as cropland, and "warned at home"
     * (amber) not as a road closed by order (orange) (SceneMakerTest).
     */
    private static final Color[] PEOPLE = {null, new Color(0xD500F9), new Color(0xFFC400), new Color(0x00E5FF),
        new Color(0x69F0AE), new Color(0xB71C1C), new Color(0x212121)};

    public static final Color BURNED = new Color(0xE65100);
    public static final Color FIRELINE = new Color(0x000000);
    /** Damage states 1..4 (slight, moderate, severe, collapse); 0 intact is drawn as nothing. */
    private static final Color[] DAMAGE = {null, new Color(0xFFF176), new Color(0xFFA726), new Color(0xE53935),
        new Color(0x4A148C)};

    /** Colour of a damage state code (0 intact .. 4 collapse), or null for intact. */
    public static Color damage(int state) {
        return state > 0 && state < DAMAGE.length ? DAMAGE[state] : null;
    }

    /** Lower bounds (m) of the water-depth classes drawn on the map. */
    public static final double[] DEPTH_CLASSES = {0.05, 0.15, 0.3, 0.5, 1.0, 2.0};
    private static final Color[] DEPTH_COLOURS = {new Color(0xBBDEFB), new Color(0x90CAF9), new Color(0x42A5F5),
        new Color(0x1E88E5), new Color(0x1565C0), new Color(0x0D47A1)};

    private Palette() {
    }

    /** Colour of a water depth (m), or null below the first class. */
    public static Color depth(double metres) {
        Color c = null;
        for (int k = 0; k < DEPTH_CLASSES.length && metres >= DEPTH_CLASSES[k]; k++) {
            c = DEPTH_COLOURS[k];
        }
        return c;
    }

    /** Colour of a people state code of a frame, or null for none. */
    public static Color people(int state) {
        return state > 0 && state < PEOPLE.length ? PEOPLE[state] : null;
    }

    /** Land-use tint, or null for classes drawn as bare terrain. */
    public static Color landUse(LandUse u) {
        return switch (u) {
            case WATER -> new Color(0x1E88E5);
            case URBAN_DENSE -> new Color(0x757575);
            case URBAN_RESIDENTIAL -> new Color(0xBDBDBD);
            case INDUSTRIAL -> new Color(0x8D6E63);
            case CROPLAND -> new Color(0xE6D96A);
            case FOREST -> new Color(0x2E7D32);
            case GRASSLAND -> new Color(0x9CCC65);
            case PARK -> new Color(0x66BB6A);
            case BARE -> new Color(0xD7CCC8);
            case NONE -> null;
        };
    }

    public static Color road(RoadClass c) {
        return switch (c) {
            case ARTERIAL -> new Color(0x212121);
            case MAIN -> new Color(0x424242);
            case LOCAL -> new Color(0x757575);
            case UNDERPASS -> new Color(0xE53935);
            case NONE -> null;
        };
    }

    /** Hypsometric tint for a height fraction in [0, 1]: green lowlands to brown hills. */
    public static Color terrain(double f) {
        double t = Math.max(0, Math.min(1, f));
        int r = (int) (120 + 110 * t);
        int g = (int) (170 - 40 * t);
        int b = (int) (110 - 40 * t);
        return new Color(r, g, b);
    }

    public static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}

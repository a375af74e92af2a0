package org.drillgrid.model.scenario;

/**
 * Land-use classes of the {@code landUse} layer (integer codes in the raster). Hazard models key their
 * defaults on these (friction, infiltration, fuel).
 */
public enum LandUse {
    NONE(0), WATER(1), URBAN_DENSE(2), URBAN_RESIDENTIAL(3), INDUSTRIAL(4), CROPLAND(5), FOREST(6),
    GRASSLAND(7), PARK(8), BARE(9);

    private final int code;

    LandUse(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The name used in documents: lower case with hyphens, e.g. {@code urban-dense}. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The class of a document name, or null. */
    public static LandUse ofJson(String name) {
        for (LandUse u : values()) {
            if (u.json().equals(name)) {
                return u;
            }
        }
        return null;
    }

    /** The class of a raster value; values that are not a known code are {@link #NONE}. */
    public static LandUse ofCode(double value) {
        int c = (int) value;
        for (LandUse u : values()) {
            if (u.code == c && c == value) {
                return u;
            }
        }
        return NONE;
    }

    public static boolean isCode(double value) {
        return value == Math.rint(value) && value >= 0 && value <= BARE.code;
    }
}

package org.drillgrid.model.scenario;

/**
 * Dominant building structure class per cell (the {@code buildings} layer), the Chinese structure
 * types that seismic fragility is tabulated for.
 */
public enum StructureClass {
    NONE(0), RC_FRAME(1), BRICK_CONCRETE(2), BRICK_WOOD(3), ADOBE_RURAL(4), STEEL(5);

    private final int code;

    StructureClass(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The class of a raster value; values that are not a known code are {@link #NONE}. */
    public static StructureClass ofCode(double value) {
        return isCode(value) ? values()[(int) value] : NONE;
    }

    public static boolean isCode(double value) {
        return value == Math.rint(value) && value >= 0 && value <= STEEL.code;
    }
}

package org.drillgrid.model.scenario;

/** Road classes of the {@code roads} layer (integer codes). {@code UNDERPASS} is a road below grade. */
public enum RoadClass {
    NONE(0), ARTERIAL(1), MAIN(2), LOCAL(3), UNDERPASS(4);

    private final int code;

    RoadClass(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static boolean isCode(double value) {
        return value == Math.rint(value) && value >= 0 && value <= UNDERPASS.code;
    }
}

package org.drillgrid.engine.hazard.flood;

/**
 * Vertical water exchange of a cell: rain falling on it (m/s), and the most that infiltration and drains
 * can take from it in a step (taken only from the water that is there).
 */
public interface SourceTerm {

    SourceTerm NONE = new SourceTerm() {
        @Override
        public double rain(int cell, double t) {
            return 0;
        }

        @Override
        public double lossCapacity(int cell, double t, double dt) {
            return 0;
        }

        @Override
        public double uniformRain(double t) {
            return 0;
        }
    };

    /** Rain rate at time t (m/s, >= 0). */
    double rain(int cell, double t);

    /** The most water (m) infiltration and drains can take from the cell in the step [t, t + dt). */
    double lossCapacity(int cell, double t, double dt);

    /** Called once before the cells of a step at time t are asked, possibly from several threads. */
    default void prepare(double t) {
    }

    /**
     * The rain rate at t (m/s) when it is the same in every cell and nothing is ever lost, so that the
     * solver can leave out the calls per cell; NaN otherwise (the default).
     */
    default double uniformRain(double t) {
        return Double.NaN;
    }

    /**
     * The rain (m, rate times dt) and the loss capacity (m) of cells first..first+count-1 in the step
     * [t, t + dt), into {@code rain} and {@code capacity} from index 0: one call per row of the grid.
     * The default asks cell by cell; a source can take what all cells share once.
     */
    default void row(int first, int count, double t, double dt, double[] rain, double[] capacity) {
        for (int c = 0; c < count; c++) {
            rain[c] = rain(first + c, t) * dt;
            capacity[c] = lossCapacity(first + c, t, dt);
        }
    }

    /** Tells the source what a cell actually lost in a step of {@code dt} s (m), for soils with memory. */
    default void lost(int cell, double metres, double dt) {
    }

    /** Uniform rain, no losses. */
    static SourceTerm rain(java.util.function.DoubleUnaryOperator metresPerSecond) {
        return new SourceTerm() {
            @Override
            public double rain(int cell, double t) {
                return metresPerSecond.applyAsDouble(t);
            }

            @Override
            public double lossCapacity(int cell, double t, double dt) {
                return 0;
            }

            @Override
            public double uniformRain(double t) {
                return metresPerSecond.applyAsDouble(t);
            }
        };
    }
}

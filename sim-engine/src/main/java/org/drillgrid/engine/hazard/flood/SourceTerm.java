package org.drillgrid.engine.hazard.flood;

/**
 * Vertical water exchange of a cell, in m/s: rain falling on it, and the most that infiltration and
 * drains can take from it (taken only from the water that is there).
 */
public interface SourceTerm {

    SourceTerm NONE = new SourceTerm() {
        @Override
        public double rain(int cell, double t) {
            return 0;
        }

        @Override
        public double lossCapacity(int cell, double t) {
            return 0;
        }
    };

    /** Rain rate at time t (m/s, >= 0). */
    double rain(int cell, double t);

    /** Loss capacity at time t (m/s, >= 0). */
    double lossCapacity(int cell, double t);

    /** Uniform rain, no losses. */
    static SourceTerm rain(java.util.function.DoubleUnaryOperator metresPerSecond) {
        return new SourceTerm() {
            @Override
            public double rain(int cell, double t) {
                return metresPerSecond.applyAsDouble(t);
            }

            @Override
            public double lossCapacity(int cell, double t) {
                return 0;
            }
        };
    }
}

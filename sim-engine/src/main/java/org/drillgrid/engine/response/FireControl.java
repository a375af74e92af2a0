package org.drillgrid.engine.response;

/** What teams can do to a fire: build fireline that it cannot cross. */
public interface FireControl {

    /** A world without a fire: nothing to cut line through. */
    FireControl NONE = new FireControl() {
        @Override
        public double linePerPersonHour(int cell) {
            return 0;
        }

        @Override
        public boolean fireline(int cell, double now) {
            return false;
        }
    };

    /** Metres of fireline one firefighter builds an hour in a cell's fuel; 0 where there is nothing to cut. */
    double linePerPersonHour(int cell);

    /** Makes a cell fireline from now on; false when it has burned already or cannot burn. */
    boolean fireline(int cell, double now);
}

package org.drillgrid.engine.people;

import org.drillgrid.engine.move.Depths;

/** What people feel of the hazard at a cell now: water depth (m) and speed (m/s), and the FD2321 rating. */
public interface Hazard extends Depths {

    Hazard NONE = new Hazard() {
        @Override
        public double at(int cell) {
            return 0;
        }

        @Override
        public double speed(int cell) {
            return 0;
        }

        @Override
        public double rating(int cell) {
            return 0;
        }
    };

    double speed(int cell);

    /** Hazard to people, HR = d (v + 0.5) + DF (FD2321). */
    double rating(int cell);
}

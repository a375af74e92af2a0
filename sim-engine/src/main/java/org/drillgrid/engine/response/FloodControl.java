package org.drillgrid.engine.response;

/** What teams can do to the water: pump it out, and reinforce levees before they breach. */
public interface FloodControl {

    /** A world without a flood: nothing to pump, no levees. */
    FloodControl NONE = new FloodControl() {
        @Override
        public int startPump(int cell, double cubicMetresPerSecond) {
            return -1;
        }

        @Override
        public void stopPump(int pump) {
        }

        @Override
        public int[] leveeCells(String levee) {
            return null;
        }

        @Override
        public int reinforce(String levee, long t) {
            return 0;
        }
    };

    /** Starts pumping at a cell; returns a handle for {@link #stopPump}. */
    int startPump(int cell, double cubicMetresPerSecond);

    void stopPump(int pump);

    /** The cells of a levee or dam, null when there is none of that id. */
    int[] leveeCells(String levee);

    /** A finished reinforcement at time t; returns the scripted breaches it prevented. */
    int reinforce(String levee, long t);
}

/**
 * The MASON model: DrillgridSim (a thin SimState), the tick Phases, the World built from a scenario, the clock and event sink the steppables use. Steppables get what they need through their constructors and never cast the SimState. No IO, no threads, no UI.
 */
package org.drillgrid.engine;

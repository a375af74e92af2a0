/**
 * The small API the CLI and the web app drive runs through: SimulationRun (step a run), PacedRun (play it against the wall clock with pause, speed, step and stop) and RunSnapshot. Callers never touch MASON types.
 */
package org.drillgrid.engine.api;

/**
 * Flooding: the pure local inertial shallow-water solver ({@link org.drillgrid.engine.hazard.flood.FloodSolver}) with
 * its boundaries, sources and water budget, and its sub-step, one sweep per band of rows (BandSweep, FaceLine,
 * CellRow, GridEdges). No MASON types here: the hazard steppable wraps the solver.
 */
package org.drillgrid.engine.hazard.flood;

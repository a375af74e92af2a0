/**
 * Flooding: the pure local inertial shallow-water solver ({@link org.drillgrid.engine.hazard.flood.FloodSolver}) with
 * its boundaries, sources and water budget, and its sub-step, one sweep per band of rows (BandSweep, GridEdges)
 * whose loops are RowKernels, or VectorRowKernels where the JVM has the Vector API. No MASON types here: the hazard steppable wraps the solver.
 */
package org.drillgrid.engine.hazard.flood;

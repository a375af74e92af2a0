/**
 * Moving about the city: {@link org.drillgrid.engine.move.Mobility}, the 8-neighbour cell network with speeds and
 * depth limits by {@link org.drillgrid.engine.move.Mode}, closures by water, order and road outages, point queues,
 * and shared flow fields that {@link org.drillgrid.engine.move.Trip}s follow a cell at a time (docs/agents.md,
 * "Roads and movement"). Single-threaded: the agent phase owns it.
 */
package org.drillgrid.engine.move;

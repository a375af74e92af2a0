/**
 * The controller console ({@code control/<sessionId>}): the ground truth of a live exercise on a map, its
 * clock and speed, the drill's injects (fire now, ad hoc), the indicators against the plan's targets, a
 * timeline of orders and events, and observer ratings. It drives the session only through
 * {@code org.drillgrid.ui.session} (the same calls as the REST API); it never reaches into engine state
 * other than the run's published frame and indicators.
 */
package org.drillgrid.ui.control;

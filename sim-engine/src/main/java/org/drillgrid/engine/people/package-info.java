/**
 * Households and what happens to them: placement from the population layer ({@link org.drillgrid.engine.people.Population}),
 * warnings through {@link org.drillgrid.engine.people.Channel}s and outages, the protective action decision, departure
 * and arrival at shelters, water at home (cue, affected, trapped) and casualties ({@link org.drillgrid.engine.people.People}).
 * Rules and rates are in docs/agents.md. Single-threaded: the agent phase owns it; no MASON types, no IO.
 */
package org.drillgrid.engine.people;

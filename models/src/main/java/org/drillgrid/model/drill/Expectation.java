package org.drillgrid.model.drill;

import org.drillgrid.model.scenario.SimDuration;

/**
 * A player action an inject expects: an accepted order of type {@code order} (e.g. {@code evacuate}),
 * optionally naming {@code target} (a shelter, team, depot or levee id, or a place), given within
 * {@code within} of the inject's delivery, or before it while the situation it answers already held.
 * {@code lookBack} bounds how long before the inject such an early action counts; absent, the scoring
 * default applies (docs/scoring.md, "Expected actions taken early").
 */
public record Expectation(String order, String target, SimDuration within, SimDuration lookBack) {

    /** An expectation with the default look-back. */
    public Expectation(String order, String target, SimDuration within) {
        this(order, target, within, null);
    }
}

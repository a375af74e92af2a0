package org.drillgrid.model.drill;

import org.drillgrid.model.scenario.SimDuration;

/**
 * A player action an inject expects: an accepted order of type {@code order} (e.g. {@code evacuate}),
 * optionally naming {@code target} (a shelter, team, depot or levee id, or a place), given within
 * {@code within} of the inject's delivery.
 */
public record Expectation(String order, String target, SimDuration within) {
}

/**
 * The response: {@link org.drillgrid.engine.response.Response}, the AGENTS-phase steppable that holds the people,
 * {@link org.drillgrid.engine.response.Teams}, {@link org.drillgrid.engine.response.Relief} (shelters, depots, trucks)
 * and the commanders' levers, each answering with a {@link org.drillgrid.engine.response.Result} and a command event;
 * and the {@link org.drillgrid.engine.response.Policy} that pulls them when no trainee does (none, or
 * {@link org.drillgrid.engine.response.AutoPolicy}). Rules, levers and policies are in docs/agents.md.
 */
package org.drillgrid.engine.response;

/**
 * The indicators a run is scored on: {@link org.drillgrid.engine.kpi.Tally} batches a tick's household changes into
 * the people events that are their evidence, {@link org.drillgrid.engine.kpi.Kpis} holds the end-of-run figures
 * (relief time, warning coverage, evacuation, casualties, trapped, resources) and
 * {@link org.drillgrid.engine.kpi.Quantiles} the person-weighted quantiles. Definitions are in docs/scoring.md.
 */
package org.drillgrid.engine.kpi;

/**
 * Forest and grass fire: pure physics, no MASON types (a hazard steppable wraps it).
 *
 * <ul>
 * <li>{@link org.drillgrid.engine.hazard.fire.FuelModel}: the 13 models of Albini (1976) / Anderson (1982) and the
 * 40 of Scott and Burgan (2005, RMRS-GTR-153), plus the non-burnable NB1-NB9, in the tables' units (tons/acre, 1/ft,
 * ft, percent, BTU/lb); {@link org.drillgrid.engine.hazard.fire.Moisture} in percent.</li>
 * <li>{@link org.drillgrid.engine.hazard.fire.Rothermel}: surface fire spread of Rothermel (1972) with Albini's (1976)
 * revisions, wind and slope as vectors, the wind limit and Anderson's (1983) ellipse, as BehavePlus and its
 * firelab/behave library compute them (Andrews 2018, RMRS-GTR-371); the results, a
 * {@link org.drillgrid.engine.hazard.fire.Spread}, are in SI (m/s, kW/m, m, compass degrees).
 * {@link org.drillgrid.engine.hazard.fire.WindAdjustment} brings a 20-ft wind down to midflame height.</li>
 * <li>{@link org.drillgrid.engine.hazard.fire.FireGrid}: growth on a raster by minimum travel time with the fire
 * ellipse, barriers (firelines, unburnable cells) and conditions that change over time.</li>
 * </ul>
 *
 * <p>Limits: surface fire only, no crown fire, spotting or fire acceleration from a point; one fuel model per cell (no
 * two-fuel weighting); fuel moistures are inputs, not modelled; the ellipse is Anderson's, which BehavePlus uses for
 * surface fires, not a crown fire's.
 */
package org.drillgrid.engine.hazard.fire;

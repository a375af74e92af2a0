/**
 * Earthquake physics, pure and stateless apart from seeded draws the caller supplies: no MASON, no engine types, no
 * IO. A quake steppable, kept outside these classes, wraps them.
 *
 * <ul>
 * <li>{@link org.drillgrid.engine.hazard.quake.AttenuationRegion},
 * {@link org.drillgrid.engine.hazard.quake.IntensityField}: elliptical intensity attenuation of Yu Yanxiang et al. (2013, basis of GB 18306-2015); km from the epicentre to
 * intensity (degrees, real-valued, clamped to 0-12).</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.IntensityPga}: intensity to PGA (g) after the GB/T 17742-2008 table,
 * log-linear between degrees.</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.Fragility}: HAZUS-MH equivalent-PGA fragility curves per Chinese
 * structure class (mapping and one calibration documented there); shares of buildings per damage state.</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.QuakeCasualties}: HAZUS chapter 13 indoor casualty rates per damage
 * state, trapped survivors of collapse, residential occupancy by hour.</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.Aftershocks}: Reasenberg-Jones (1989) Omori-Utsu rate with
 * Gutenberg-Richter magnitudes capped by Båth's law; seconds after the main shock.</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.EarlyWarning}: early-warning lead time and blind zone (km, s).</li>
 * <li>{@link org.drillgrid.engine.hazard.quake.Landslides}: Newmark / Jibson (2007) slope-failure probability.</li>
 * </ul>
 *
 * <p>Limits: one point source per earthquake (no finite fault, no site amplification, no depth in the intensity);
 * HAZUS curves were built for US building stock and are mapped onto Chinese classes by judgment; values marked
 * "calibration" in the Javadoc are ours, not from a source. Must not: hold state between calls, draw its own random
 * numbers, or log.
 */
package org.drillgrid.engine.hazard.quake;

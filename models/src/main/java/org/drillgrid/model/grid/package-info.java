/**
 * Grid rasters: the immutable GridLayer, ESRI ASCII grid reading and writing, and the seeded layer generators. No simulation state.
 */
package org.drillgrid.model.grid;

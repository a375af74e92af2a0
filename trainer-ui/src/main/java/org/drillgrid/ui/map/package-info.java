/**
 * The web map every page shares ({@link org.drillgrid.ui.map.GridMap}): Leaflet from the app's own origin
 * (the leaflet webjar and {@code webapp/map/gridmap.js}), the rasters drawn on the server
 * ({@link org.drillgrid.ui.map.MapRenderer}), the labels, outlines and legend of a moment
 * ({@link org.drillgrid.ui.map.SceneMaker}) and the colours they share ({@link org.drillgrid.ui.map.Palette}).
 * It reads a {@code Frame} (truth or a reported picture) and the scenario; it never reaches into the engine.
 */
package org.drillgrid.ui.map;

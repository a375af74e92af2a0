/**
 * GIS import: ESRI ASCII grids and GeoTIFF rasters ({@link org.drillgrid.model.gis.RasterImport}) and
 * GeoJSON features ({@link org.drillgrid.model.gis.GeoJsonImport}) resampled or burned onto a scenario
 * grid, with a report of what was clipped and filled; transverse Mercator projection of longitude/latitude
 * ({@link org.drillgrid.model.gis.Projection}); and a synthetic city for tests
 * ({@link org.drillgrid.model.gis.SyntheticGisFiles}). Bad input is always an
 * {@link org.drillgrid.model.gis.ImportException} naming the file. Pure functions over bytes: no file
 * system access except in SyntheticGisFiles, no simulation types. Formats and rules: docs/import.md.
 */
package org.drillgrid.model.gis;

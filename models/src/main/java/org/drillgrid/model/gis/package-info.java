/**
 * GIS import onto the scenario grid (docs/import.md). Rasters: {@code RasterImport} reads ESRI ASCII,
 * GeoTIFF ({@code GeoTiffReader}, after {@code TiffStructure} has checked the file; a BigTIFF once
 * {@code BigTiff} has rewritten its directory; cells by {@code TiffPixels}, GeoKeys by {@code GeoKeys},
 * scale and offset by {@code GdalMetadata}) and SRTM tiles ({@code SrtmTile}) into a {@code GeoRaster}
 * and resamples it by {@code LayerKind} ({@code Resampler}, {@code PopulationShare},
 * {@code NearestCell}) with an {@code ImportReport}. Vectors: {@code GeoJsonImport} reads GeoJSON
 * ({@code GeoJsonReader}) into {@code GeoFeature}s, places them ({@code GridPlacement},
 * {@code FeatureRasterizer}) as {@code GridPoint}/{@code GridLine}/{@code GridArea} and burns road and area
 * layers ({@code RoadTags}). {@code Projection}: longitude/latitude to transverse Mercator.
 * {@code SyntheticGisFiles} (with {@code GeoTiffWriter}): a synthetic town for tests.
 * Bad input is always an {@code ImportException} naming the file. Pure functions over bytes: no file
 * system access except in SyntheticGisFiles, no scenario loading, no simulation types; tiff-java is used
 * here and nowhere else in the models.
 */
package org.drillgrid.model.gis;

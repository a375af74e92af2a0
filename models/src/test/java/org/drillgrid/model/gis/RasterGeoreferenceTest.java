package org.drillgrid.model.gis;

import static org.drillgrid.model.gis.RasterPredictorTest.read;
import static org.drillgrid.model.gis.RasterPredictorTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the numbers of a GeoTIFF mean: south-up files read flipped, GDAL's scale and offset applied, and
 * systems whose coordinates are not ground metres refused. Files made by GDAL 3.6.2 from the SRTM window
 * of {@link RasterPredictorTest}, and a crop of rasterio's test file shade.tif (commands in the resources'
 * README.md).
 */
class RasterGeoreferenceTest {

    private static String refusal(String name) throws Exception {
        byte[] bytes = resource(name);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read(name, bytes));
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
        return e.getMessage();
    }

    private static void assertWords(String message, String... words) {
        for (String w : words) {
            assertTrue(message.contains(w), "'" + w + "' in: " + message);
        }
    }

    @Test
    void southUpFileIsReadFlippedAsGdalwarpWouldWriteIt() throws Exception {
        // GDAL: Origin (1.4995833, 42.4920833), Pixel Size (0.000833, +0.000833); gdalwarp made the north-up twin
        GeoRaster southUp = read("srtm-south-up.tif");
        GeoRaster warped = read("srtm-south-up-warped.tif");
        assertEquals(warped.xll(), southUp.xll(), 1e-12);
        assertEquals(warped.yll(), southUp.yll(), 1e-12);
        assertEquals(42.492083333333333, southUp.yll(), 1e-12, "gdalinfo's origin, the corner of the first cell");
        assertEquals(warped.cellSizeY(), southUp.cellSizeY(), 1e-15);
        assertArrayEquals(warped.values(), southUp.values());
        // the file's row 22 (gdallocationinfo 26 22 on it: 1024) is row 40 - 1 - 22 = 17 from the north
        assertEquals(1024, southUp.value(26, 17));
    }

    @Test
    void negativePixelScaleIsSouthUpAndNegativeTransformationXRunsEastToWest() throws Exception {
        GeoRaster src = RasterImportTest.sample("EPSG:4547");
        FileDirectory d = RasterImportTest.withoutGeoreference(src);
        // ModelPixelScale with a negative y: row 0 lies at the south edge, y 3 799 850
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelPixelScale, FieldType.DOUBLE, 3,
                List.of(50.0, -50.0, 0.0)));
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelTiepoint, FieldType.DOUBLE, 6,
                List.of(0.0, 0.0, 0.0, 499_900.0, 3_799_850.0, 0.0)));
        GeoRaster r = RasterImport.read("south.tif", RasterImportTest.tiff(d));
        assertEquals(499_900, r.xll());
        assertEquals(3_799_850, r.yll());
        assertEquals(src.value(0, 2), r.value(0, 0), "the file's last row is the north row");
        assertEquals(src.value(3, 0), r.value(3, 2));

        FileDirectory e = RasterImportTest.withoutGeoreference(src);
        e.addEntry(new FileDirectoryEntry(FieldTagType.ModelTransformation, FieldType.DOUBLE, 16, List.of(-50.0, 0.0,
                0.0, 500_100.0, 0.0, -50.0, 0.0, 3_800_000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)));
        GeoRaster w = RasterImport.read("west.tif", RasterImportTest.tiff(e));
        assertEquals(499_900, w.xll());
        assertEquals(3_799_850, w.yll());
        assertEquals(src.value(3, 0), w.value(0, 0), "the file's last column is the west column");
        assertEquals(src.value(0, 2), w.value(3, 2));
    }

    @Test
    void gdalScaleAndOffsetGiveMetres() throws Exception {
        // gdal_translate -ot Int16 -scale 0 3000 -1000 29000 -a_scale 0.1 -a_offset 100: stored 10 h - 1000;
        // gdalinfo: "Offset: 100, Scale:0.1"; gdallocationinfo -valonly 26 22 prints 9240 (= 1024 m)
        GeoRaster r = read("srtm-int16-scale-offset.tif");
        GeoRaster metres = read("srtm-int16-le-lzw-p2.tif");
        assertEquals(1024, r.value(26, 22), 1e-9);
        for (int i = 0; i < r.values().length; i++) {
            assertEquals(metres.values()[i], r.values()[i], 1e-9, "cell " + i);
        }
    }

    private static GeoRaster withMetadata(String xml) throws Exception {
        GeoRaster src = RasterImportTest.sample("EPSG:4547");
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        d.addEntry(new FileDirectoryEntry(FieldTagType.GDAL_METADATA, FieldType.ASCII, xml.length() + 1,
                List.of(xml)));
        return RasterImport.read("meta.tif", RasterImportTest.tiff(d));
    }

    @Test
    void scaleAndOffsetOfTheFirstBandOnlyAndUnitsInFeetRefused() throws Exception {
        // as GDAL writes it: dataset items without sample, band items with sample="0"
        GeoRaster r = withMetadata("<GDALMetadata>\n  <Item name=\"AREA\">x</Item>\n  <Item name=\"OFFSET\" "
                + "sample=\"0\" role=\"offset\">-5</Item>\n  <Item name=\"SCALE\" sample=\"0\" role=\"scale\">2"
                + "</Item>\n  <Item name=\"SCALE\" sample=\"1\" role=\"scale\">100</Item>\n</GDALMetadata>\n");
        assertEquals(10.5 * 2 - 5, r.value(0, 0));
        assertTrue(Double.isNaN(r.value(1, 1)), "nodata stays nodata");
        ImportException feet = assertThrows(ImportException.class, () -> withMetadata("<GDALMetadata><Item "
                + "name=\"UNITTYPE\" sample=\"0\" role=\"unittype\">ft</Item></GDALMetadata>"));
        assertWords(feet.getMessage(), "meta.tif holds values in ft", "0.3048");
        ImportException bad = assertThrows(ImportException.class, () -> withMetadata("<GDALMetadata><Item"));
        assertWords(bad.getMessage(), "meta.tif has a GDAL_METADATA tag", "not GDAL's XML");
        ImportException nan = assertThrows(ImportException.class, () -> withMetadata("<GDALMetadata><Item "
                + "sample=\"0\" role=\"scale\">wide</Item></GDALMetadata>"));
        assertWords(nan.getMessage(), "meta.tif has a GDAL_METADATA scale that is not a number: 'wide'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"srtm-webmerc-3857.tif", "rasterio-shade-3857-crop.tif"})
    void webMercatorIsRefusedWithTheGdalwarpCommand(String name) throws Exception {
        assertWords(refusal(name), "Web Mercator (EPSG:3857)", "not ground metres", "gdalwarp -t_srs EPSG:");
    }

    @Test
    void webMercatorDemSuggestsTheUtmZoneOfItsCentre() throws Exception {
        // the SRTM window lies at 1.5 E: UTM zone 31 (0 E to 6 E)
        assertWords(refusal("srtm-webmerc-3857.tif"), "gdalwarp -t_srs EPSG:32631", "zone 31N");
    }

    @Test
    void webMercatorInChinaSuggestsTheCgcs2000GaussKrugerZone() throws Exception {
        // Zhengzhou, 113.65 E 34.75 N, on Web Mercator's sphere (EPSG:3857: x = R lon, y = R ln tan(45 + lat/2))
        double r = 6_378_137;
        double x = r * Math.toRadians(113.65);
        double y = r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(34.75) / 2));
        GeoRaster src = new GeoRaster("zz.tif", GeoRaster.GEOTIFF, 4, 3, 50, 50, x, y, "EPSG:3857", new double[12]);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read("zz.tif",
                GeoTiffWriter.write(src, FieldType.FLOAT, null)));
        assertWords(e.getMessage(), "zz.tif is in Web Mercator (EPSG:3857)", "0.82 at Zhengzhou",
                "gdalwarp -t_srs EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E");
    }

    @Test
    void mercatorInGeoKeyFormIsRefused() throws Exception {
        // GDAL writes the PROJ string of Web Mercator as a user-defined system with CT_Mercator (7)
        // and the citation "WGS 84 / Pseudo-Mercator"; a user-defined spherical Mercator likewise
        assertWords(refusal("srtm-webmerc-proj4.tif"), "Mercator", "not ground metres", "gdalwarp -t_srs EPSG:32631");
        assertWords(refusal("srtm-merc-sphere-userdefined.tif"), "Mercator", "not ground metres", "gdalwarp");
    }

    @Test
    void mercatorByKeysAloneIsRefused() throws Exception {
        GeoRaster src = RasterImportTest.sample(null);
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        d.addEntry(RasterImportTest.geoKeys(1024, 1, 3072, 32767, 3075, 7));
        String name = "merc.tif";
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read(name,
                RasterImportTest.tiff(d)));
        assertWords(e.getMessage(), "merc.tif is in a Mercator projection", "gdalwarp");
        // ESRI's 102100 does not fit a GeoKey: ArcGIS writes a user-defined system and names it in a citation
        FileDirectory esri = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        String citation = "WGS_1984_Web_Mercator_Auxiliary_Sphere|";
        esri.addEntry(new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, 12,
                List.of(1, 1, 0, 2, 1024, 0, 1, 1, 3073, 34737, citation.length(), 0)));
        esri.addEntry(new FileDirectoryEntry(FieldTagType.GeoAsciiParams, FieldType.ASCII, citation.length() + 1,
                List.of(citation)));
        ImportException a = assertThrows(ImportException.class, () -> RasterImport.read(name,
                RasterImportTest.tiff(esri)));
        assertWords(a.getMessage(), "Mercator", "WGS_1984_Web_Mercator_Auxiliary_Sphere", "gdalwarp");
        for (int code : new int[] {3785, 3395}) {
            FileDirectory c = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
            c.addEntry(RasterImportTest.geoKeys(1024, 1, 3072, code));
            ImportException x = assertThrows(ImportException.class, () -> RasterImport.read(name,
                    RasterImportTest.tiff(c)));
            assertWords(x.getMessage(), "Mercator", "EPSG:" + code);
        }
    }

    @Test
    void heightsInFeetAndAnglesInOtherUnitsThanDegreesAreRefused() throws Exception {
        GeoRaster src = RasterImportTest.sample(null);
        FileDirectory feet = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        // VerticalUnitsGeoKey (4099) = 9002, the international foot
        feet.addEntry(RasterImportTest.geoKeys(1024, 1, 3072, 4547, 4099, 9002));
        ImportException f = assertThrows(ImportException.class, () -> RasterImport.read("dem.tif",
                RasterImportTest.tiff(feet)));
        assertWords(f.getMessage(), "dem.tif gives its heights (VerticalUnitsGeoKey) in feet", "0.3048");
        FileDirectory metres = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        metres.addEntry(RasterImportTest.geoKeys(1024, 1, 3072, 4547, 4099, 9001));
        assertEquals("EPSG:4547", RasterImport.read("dem.tif", RasterImportTest.tiff(metres)).crs());
        FileDirectory radians = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        // GeogAngularUnitsGeoKey (2054) = 9101, the radian
        radians.addEntry(RasterImportTest.geoKeys(1024, 2, 2048, 4326, 2054, 9101));
        ImportException r = assertThrows(ImportException.class, () -> RasterImport.read("dem.tif",
                RasterImportTest.tiff(radians)));
        assertWords(r.getMessage(), "dem.tif has angular units EPSG unit 9101, not degrees", "gdalwarp");
    }

    @Test
    void projectedSystemInFeetIsRefused() throws Exception {
        // EPSG:2232, NAD83 / Colorado Central (ftUS): ProjLinearUnitsGeoKey 9003
        assertWords(refusal("srtm-feet-2232.tif"), "US survey feet", "not metres", "gdalwarp");
    }
}

package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.util.TiffConstants;
import org.junit.jupiter.api.Test;

/**
 * Bad raster files are refused with an {@link ImportException} naming the file and the reason, never
 * with another exception or a hang. TIFF structure per TIFF 6.0 (header, IFD of 12-byte entries,
 * StripOffsets 273, StripByteCounts 279); GeoTIFF tags per OGC 19-008r4 (see RasterImportTest).
 */
class RasterFileErrorsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private static byte[] validTiff() throws Exception {
        return GeoTiffWriter.write(RasterImportTest.sample("EPSG:4547"), FieldType.FLOAT, -9999.0);
    }

    /** The message of the ImportException reading {@code bytes} as {@code file} throws. */
    private static String refusal(String file, byte[] bytes) {
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read(file, bytes));
        assertTrue(e.getMessage().startsWith(file + " "), e.getMessage());
        return e.getMessage();
    }

    private static void assertWords(String message, String... words) {
        for (String w : words) {
            assertTrue(message.contains(w), "'" + w + "' in: " + message);
        }
    }

    @Test
    void emptyFile() {
        assertWords(refusal("dem.tif", new byte[0]), "dem.tif is empty");
    }

    @Test
    void truncatedInTheImageData() throws Exception {
        byte[] ok = validTiff();
        assertWords(refusal("dem.tif", Arrays.copyOf(ok, ok.length - 10)), "truncated", "image data");
    }

    @Test
    void truncatedAtEveryLengthIsRefused() throws Exception {
        byte[] ok = validTiff();
        for (int n = 1; n < ok.length; n++) {
            byte[] cut = Arrays.copyOf(ok, n);
            assertTimeoutPreemptively(NO_HANG, () -> expectImportExceptionOrRaster("cut.tif", cut));
            if (n >= 4) {
                assertThrows(ImportException.class, () -> RasterImport.read("cut.tif", cut), "cut at " + n);
            }
        }
    }

    @Test
    void headerOnly() {
        byte[] header = {'I', 'I', 42, 0};
        assertWords(refusal("dem.tif", header), "truncated");
    }

    @Test
    void randomBytesAfterTheHeader() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[16 + random.nextInt(2000)];
            random.nextBytes(bytes);
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).put(0, (byte) 'I').put(1, (byte) 'I')
                    .putShort(2, (short) 42).putInt(4, 8 + random.nextInt(8));
            String message = refusal("noise.tif", bytes);
            assertTrue(message.length() < 400, message);
        }
    }

    @Test
    void flippedBytesInAValidFileNeverEscapeAsAnotherException() throws Exception {
        byte[] ok = validTiff();
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = ok.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bytes[4 + random.nextInt(bytes.length - 4)] = (byte) random.nextInt(256);
            }
            assertTimeoutPreemptively(NO_HANG, () -> expectImportExceptionOrRaster("flipped.tif", bytes));
        }
    }

    private static void expectImportExceptionOrRaster(String file, byte[] bytes) {
        try {
            RasterImport.read(file, bytes);
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(file + " "), e.getMessage());
        } catch (RuntimeException e) {
            fail("unexpected " + e, e);
        }
    }

    @Test
    void randomBinaryThatIsNotTiff() {
        byte[] bytes = new byte[500];
        new Random(3).nextBytes(bytes);
        bytes[0] = 0x7f;
        bytes[1] = 0;
        assertWords(refusal("photo.jpg", bytes), "neither a GeoTIFF nor an ESRI ASCII grid", "binary");
    }

    @Test
    void bigTiffWithoutADirectoryOrWithAHostileOne() {
        byte[] header = {'I', 'I', 43, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0};
        assertWords(refusal("dem.tif", header), "truncated", "first image directory", "byte 16");
        byte[] manyEntries = java.util.Arrays.copyOf(header, 40);
        manyEntries[16] = (byte) 0xff;
        manyEntries[17] = (byte) 0xff;
        assertWords(refusal("dem.tif", manyEntries), "corrupt", "65535 entries");
        byte[] wrongOffsetSize = header.clone();
        wrongOffsetSize[4] = 4;
        assertWords(refusal("dem.tif", wrongOffsetSize), "corrupt", "offsets of 4 bytes");
        // one entry: tag 256 of type LONG8 with 2^40 values at offset 0
        byte[] hugeCount = java.util.Arrays.copyOf(header, 16 + 8 + 20 + 8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(hugeCount).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(16, 1).putShort(24, (short) 256).putShort(26, (short) 16).putLong(28, 1L << 40);
        assertWords(refusal("dem.tif", hugeCount), "corrupt", "tag 256 claims 1099511627776 values");
    }

    @Test
    void missingGeoreferencing() throws Exception {
        GeoRaster src = RasterImportTest.sample("EPSG:4547");
        byte[] bytes = RasterImportTest.tiff(RasterImportTest.withoutGeoreference(src));
        assertWords(refusal("scan.tif", bytes), "not georeferenced", "ModelPixelScale", "ModelTransformation",
                "gdal_translate -a_srs EPSG:4547 -a_ullr");
    }

    @Test
    void rotatedModelTransformation() throws Exception {
        FileDirectory d = RasterImportTest.withoutGeoreference(RasterImportTest.sample("EPSG:4547"));
        double c = 50 * Math.cos(0.1);
        double s = 50 * Math.sin(0.1);
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelTransformation, FieldType.DOUBLE, 16,
                List.of(c, -s, 0.0, 499_900.0, -s, -c, 0.0, 3_800_000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)));
        assertWords(refusal("dem.tif", RasterImportTest.tiff(d)), "rotated", "gdalwarp");
    }

    @Test
    void twoSamplesPerPixel() throws Exception {
        Rasters rasters = new Rasters(4, 3, 2, FieldType.FLOAT);
        FileDirectory d = new FileDirectory();
        d.setImageWidth(4);
        d.setImageHeight(3);
        d.setBitsPerSample(List.of(32, 32));
        d.setCompression(TiffConstants.COMPRESSION_NO);
        d.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        d.setSamplesPerPixel(2);
        d.setRowsPerStrip(3);
        d.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        d.setSampleFormat(List.of(3, 3));
        d.setWriteRasters(rasters);
        FileDirectory geo = GeoTiffWriter.directory(RasterImportTest.sample("EPSG:4547"), FieldType.FLOAT, null);
        d.addEntry(geo.get(FieldTagType.ModelPixelScale));
        d.addEntry(geo.get(FieldTagType.ModelTiepoint));
        assertWords(refusal("rgb.tif", RasterImportTest.tiff(d)), "2 samples per pixel", "single-band");
    }

    @Test
    void unsupportedSampleFormat() throws Exception {
        FileDirectory d = GeoTiffWriter.directory(RasterImportTest.sample("EPSG:4547"), FieldType.SHORT, -9999.0);
        d.setSampleFormat(3); // 16-bit floating point
        assertWords(refusal("half.tif", RasterImportTest.tiff(d)), "unsupported sample format",
                "16-bit floating point");
    }

    @Test
    void directoriesThatLoop() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort(8, (short) 0).putInt(10, 8);
        assertWords(refusal("loop.tif", b.array()), "loop");
    }

    @Test
    void truncatedDeflateStreamDoesNotHang() throws Exception {
        FileDirectory d = GeoTiffWriter.directory(RasterImportTest.sample("EPSG:4547"), FieldType.FLOAT, -9999.0);
        d.setCompression(TiffConstants.COMPRESSION_DEFLATE);
        byte[] bytes = RasterImportTest.tiff(d);
        // halve the strip's byte count in the directory: the stream then stops before its end
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int entries = b.getShort(8);
        for (int i = 0; i < entries; i++) {
            int at = 10 + 12 * i;
            if (b.getShort(at) == 279) {
                b.putInt(at + 8, b.getInt(at + 8) / 2);
            }
        }
        String message = assertTimeoutPreemptively(NO_HANG, () -> refusal("dem.tif", bytes));
        assertWords(message, "truncated or corrupt", "compressed block 0");
    }

    @Test
    void unknownCompression() throws Exception {
        FileDirectory d = GeoTiffWriter.directory(RasterImportTest.sample("EPSG:4547"), FieldType.FLOAT, -9999.0);
        byte[] bytes = RasterImportTest.tiff(d);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < b.getShort(8); i++) {
            if (b.getShort(10 + 12 * i) == 259) {
                b.putShort(10 + 12 * i + 8, (short) 7); // JPEG
            }
        }
        assertWords(refusal("photo.tif", bytes), "compression 7", "DEFLATE");
    }

    @Test
    void badAsciiGrids() {
        assertWords(refusal("dem.asc", "ncols 2\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2 3\n"
                .getBytes(StandardCharsets.US_ASCII)), "not a valid ESRI ASCII grid", "has 3 values");
        assertWords(refusal("dem.asc", "ncols 100000\nnrows 100000\nxllcorner 0\nyllcorner 0\ncellsize 10\n1\n"
                .getBytes(StandardCharsets.US_ASCII)), "100000 x 100000 cells", "at most");
        assertWords(refusal("dem.asc", "hello world\n".getBytes(StandardCharsets.US_ASCII)),
                "not a valid ESRI ASCII grid");
        assertWords(refusal("dem.asc", "ncols 1\nnrows 1\nxllcorner NaN\nyllcorner 0\ncellsize 10\n1\n"
                .getBytes(StandardCharsets.US_ASCII)), "finite");
    }

    @Test
    void tiffWithoutAnImage() {
        assertWords(refusal("x.tif", new byte[] {'M', 'M', 0, 42, 0, 0, 0, 0}), "no image");
    }
}

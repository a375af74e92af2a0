package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;
import mil.nga.tiff.compression.LZWCompression;
import org.junit.jupiter.api.Test;

/**
 * LZW and PackBits blocks are counted before tiff-java unpacks them (TiffStructure): tiff-java unpacks
 * a whole block, LZW strings as arrays of boxed integers, before it looks at the image's size, so a
 * few kilobytes claiming gigabytes would take the server's memory. Formats: TIFF 6.0 (Adobe 1992),
 * section 9 (PackBits) and section 13 (LZW).
 */
class CompressedBlocksTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    /** The worked example of TIFF 6.0 section 9: 15 packed bytes, 24 unpacked. */
    @Test
    void packBitsCountsTheSpecificationsExample() {
        byte[] packed = bytes(0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA);
        assertEquals(24, TiffStructure.packBitsLength(packed, 0, packed.length, 1000));
        assertEquals(-1, TiffStructure.packBitsLength(packed, 0, 4, 1000), "a literal run cut short");
        assertEquals(-1, TiffStructure.packBitsLength(bytes(0x02, 0x80, 0xFE), 0, 3, 1000), "a repeat with no byte");
        assertEquals(0, TiffStructure.packBitsLength(bytes(0x80, 0x80), 0, 2, 1000), "-128 is no operation");
    }

    /** Every strip of a GDAL-written LZW GeoTIFF counts to what tiff-java unpacks it to. */
    @Test
    void lzwCountsWhatTiffJavaUnpacksInAGdalFile() throws Exception {
        byte[] file = resource("gdal-dem-lzw-point.tif");
        TIFFImage image = TiffReader.readTiff(file);
        FileDirectory d = image.getFileDirectory();
        assertEquals(5, d.getCompression(), "the fixture is LZW");
        List<Number> offsets = d.getStripOffsets();
        List<Number> counts = d.getStripByteCounts();
        ByteOrder order = file[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        for (int i = 0; i < offsets.size(); i++) {
            int start = offsets.get(i).intValue();
            int end = start + counts.get(i).intValue();
            int unpacked = new LZWCompression().decode(Arrays.copyOfRange(file, start, end), order).length;
            assertEquals(unpacked, TiffStructure.lzwLength(file, start, end, Long.MAX_VALUE), "strip " + i);
        }
    }

    @Test
    void anLzwBombIsRefusedWithoutUnpackingIt() throws Exception {
        // Clear, 'a', then each free code as soon as it is defined: strings of 2, 3, ... 3 837 bytes, about
        // 7.4 MB from 5.4 kB, again after every clear (147 MB from 108 kB); the image has room for 48 bytes
        LzwCodes codes = new LzwCodes();
        for (int round = 0; round < 20; round++) {
            codes.write(256);
            codes.write('a');
            for (int code = 258; code < 4094; code++) {
                codes.write(code);
            }
        }
        codes.write(257);
        byte[] bomb = codes.bytes();
        assertEquals(147_264_060, TiffStructure.lzwLength(bomb, 0, bomb.length, Long.MAX_VALUE),
                "20 × (1 + 2 + 3 + ... + 3 837)");
        assertEquals(108_117, bomb.length);
        String message = assertTimeoutPreemptively(QUICKLY, () -> refusal(withStrip(5, bomb)));
        assertTrue(message.contains("compressed block 0 holds more data than the image has room for"), message);
    }

    @Test
    void aPackBitsBombIsRefusedWithoutUnpackingIt() throws Exception {
        byte[] bomb = new byte[400_000]; // 200 000 runs of 128 zeros: 25.6 MB
        for (int i = 0; i < bomb.length; i += 2) {
            bomb[i] = (byte) 0x81;
        }
        String message = assertTimeoutPreemptively(QUICKLY, () -> refusal(withStrip(32773, bomb)));
        assertTrue(message.contains("compressed block 0 holds more data than the image has room for"), message);
    }

    @Test
    void malformedBlocksAreRefusedWithTheirFormat() throws Exception {
        LzwCodes codes = new LzwCodes();
        codes.write(256);
        codes.write(300); // no entry 300 yet
        assertTrue(refusal(withStrip(5, codes.bytes())).contains("compressed block 0 is not valid LZW data"));
        assertTrue(refusal(withStrip(32773, bytes(0x10, 0x01))).contains("compressed block 0 is not valid PackBits"));
    }

    private static String refusal(byte[] tiff) {
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read("dem.tif", tiff));
        return e.getMessage();
    }

    /**
     * The 4 x 3 float sample GeoTIFF with its one strip replaced by {@code strip}, appended at the end,
     * and its Compression tag set to {@code compression}.
     */
    private static byte[] withStrip(int compression, byte[] strip) throws Exception {
        FileDirectory d = GeoTiffWriter.directory(RasterImportTest.sample("EPSG:4547"), FieldType.FLOAT, -9999.0);
        byte[] plain = RasterImportTest.tiff(d);
        byte[] out = Arrays.copyOf(plain, plain.length + strip.length);
        System.arraycopy(strip, 0, out, plain.length, strip.length);
        ByteBuffer b = ByteBuffer.wrap(out).order(out[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int entries = b.getShort(ifd);
        int patched = 0;
        for (int i = 0; i < entries; i++) {
            int at = ifd + 2 + 12 * i;
            int tag = b.getShort(at) & 0xffff;
            int type = b.getShort(at + 2);
            assertTrue(tag != 273 && tag != 279 || b.getInt(at + 4) == 1, "one strip");
            int value = tag == 259 ? compression : tag == 273 ? plain.length : tag == 279 ? strip.length : -1;
            if (value >= 0) {
                if (type == 3) { // SHORT
                    b.putShort(at + 8, (short) value);
                } else {
                    b.putInt(at + 8, value);
                }
                patched++;
            }
        }
        assertEquals(3, patched, "Compression, StripOffsets and StripByteCounts");
        return out;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = CompressedBlocksTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** TIFF LZW codes, most significant bit first, 9 bits wide growing one code early, as a decoder reads them. */
    private static final class LzwCodes {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long buffer;
        private int held;
        private int next = 258;
        private boolean first = true;

        void write(int code) {
            int width = next >= 2047 ? 12 : next >= 1023 ? 11 : next >= 511 ? 10 : 9;
            buffer = buffer << width | code;
            held += width;
            while (held >= 8) {
                out.write((int) (buffer >>> (held - 8)));
                held -= 8;
            }
            if (code == 256) {
                next = 258;
                first = true;
            } else if (code != 257) {
                if (!first && next < 4096) {
                    next++;
                }
                first = false;
            }
        }

        byte[] bytes() {
            if (held > 0) {
                out.write((int) (buffer << (8 - held)));
                held = 0;
            }
            return out.toByteArray();
        }
    }
}

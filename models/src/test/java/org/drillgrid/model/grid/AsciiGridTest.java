package org.drillgrid.model.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AsciiGridTest {

    private static final AsciiGrid.Header HEADER = new AsciiGrid.Header(3, 2, 500_000, 3_800_000.5, 30,
            AsciiGrid.DEFAULT_NODATA);

    private static String write(AsciiGrid.Header header, GridLayer layer, int decimals) throws IOException {
        StringWriter out = new StringWriter();
        AsciiGrid.write(out, header, layer, decimals);
        return out.toString();
    }

    private static AsciiGrid.Raster read(String text) throws IOException, AsciiGridFormatException {
        return AsciiGrid.read(new StringReader(text));
    }

    private static String message(String text) {
        return assertThrows(AsciiGridFormatException.class, () -> read(text)).getMessage();
    }

    @Test
    void aSmallHeaderClaimingAHugeGridIsRefusedBeforeAnythingIsAllocated() {
        // issue 20: 70 bytes claiming 46 340 x 46 340 cells ran out of memory before the size check (17 GB)
        String header = "ncols 46340\nnrows 46340\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n";
        assertEquals("header: ncols x nrows = 2147395600 cells; at most 25000000 are read", message(header));
        assertEquals("line 1: too big", assertThrows(AsciiGridFormatException.class, () -> AsciiGrid.read(
                new StringReader(header), h -> {
                    throw new AsciiGridFormatException("line 1: too big");
                })).getMessage(), "the caller's check runs on the header alone");
    }

    @Test
    void anEndlessTokenIsRefusedAtItsLimit() {
        String header = "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n";
        assertEquals("line 6: '1111111111111111111111111111111111111...' is longer than 64 characters",
                message(header + "1".repeat(1_000_000)));
    }

    @Test
    void writesTheExpectedText() throws IOException {
        GridLayer layer = new GridLayer(3, 2, new double[] {1, 2.25, Double.NaN, -0.5, 1000, 0.1234});
        assertEquals("""
                ncols 3
                nrows 2
                xllcorner 500000
                yllcorner 3800000.5
                cellsize 30
                NODATA_value -9999
                1 2.25 -9999
                -0.5 1000 0.123
                """, write(HEADER, layer, 3));
    }

    @Test
    void writeThenReadGivesTheSameGrid() throws Exception {
        GridLayer layer = new GridLayer(3, 2, new double[] {101.5, 99.25, Double.NaN, 0, -3.125, 87});
        AsciiGrid.Raster back = read(write(HEADER, layer, 3));
        assertEquals(HEADER, back.header());
        assertEquals(layer, back.layer(), "NaN written as nodata reads back as NaN");
        assertTrue(Double.isNaN(back.layer().get(2, 0)));
    }

    @Test
    void sameGridWritesTheSameBytes() throws IOException {
        double[] v = new double[60];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i) * 100;
        }
        GridLayer layer = new GridLayer(10, 6, v);
        AsciiGrid.Header header = new AsciiGrid.Header(10, 6, 0, 0, 12.5, -1);
        assertEquals(write(header, layer, 2), write(header, new GridLayer(10, 6, v.clone()), 2));
    }

    @Test
    void roundsHalfUpToTheGivenDecimals() {
        assertEquals("3", AsciiGrid.format(2.5, 0));
        assertEquals("-3", AsciiGrid.format(-2.5, 0));
        assertEquals("0.13", AsciiGrid.format(0.125, 2));
        assertEquals("0", AsciiGrid.format(-0.0001, 2), "no negative zero");
        assertEquals("1200", AsciiGrid.format(1200, 2));
    }

    @Test
    void centreHeaderIsConvertedToTheCorner() throws Exception {
        AsciiGrid.Raster r = read("""
                ncols 2
                nrows 1
                xllcenter 515
                yllcenter 15
                cellsize 30
                7 8
                """);
        assertEquals(500, r.header().xll());
        assertEquals(0, r.header().yll());
        assertEquals(AsciiGrid.DEFAULT_NODATA, r.header().nodata());
        assertTrue(write(r.header(), r.layer(), 0).contains("xllcorner 500\nyllcorner 0\n"));
    }

    @Test
    void headerKeysAreCaseInsensitiveAndValuesMayWrapLines() throws Exception {
        AsciiGrid.Raster r = read("""
                NCOLS 3
                NROWS 2
                XLLCORNER 0
                YLLCORNER 0
                CELLSIZE 10
                nodata_value -1

                1 2
                3 4 5 -1
                """);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, Double.NaN}, r.layer().toArray());
    }

    @Test
    void tooFewValues() {
        assertEquals("has 5 values, header promises ncols x nrows = 6", message("""
                ncols 3
                nrows 2
                xllcorner 0
                yllcorner 0
                cellsize 10
                1 2 3
                4 5
                """));
    }

    @Test
    void tooManyValues() {
        assertEquals("line 7: more than ncols x nrows = 6 values", message("""
                ncols 3
                nrows 2
                xllcorner 0
                yllcorner 0
                cellsize 10
                1 2 3
                4 5 6 7
                """));
    }

    @Test
    void headerProblemsSayWhichKey() {
        assertEquals("header: missing nrows", message("ncols 3\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n"));
        assertEquals("header: ncols must be > 0, is 0",
                message("ncols 0\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n"));
        assertEquals("header: ncols must be a whole number, is '3.5'",
                message("ncols 3.5\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n"));
        assertEquals("header: cellsize must be > 0",
                message("ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize -30\n1\n"));
        assertEquals("header: missing yllcorner (or yllcenter)",
                message("ncols 1\nnrows 1\nxllcorner 0\ncellsize 30\n1\n"));
        assertEquals("header: xllcorner must be a number, is 'west'",
                message("ncols 1\nnrows 1\nxllcorner west\nyllcorner 0\ncellsize 30\n1\n"));
        assertEquals("line 1: header line must be '<key> <value>', found 'ncols 3 4'", message("ncols 3 4\n"));
    }

    @Test
    void valuesMustBeFiniteNumbers() {
        String header = "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n";
        assertEquals("line 6: 'x' is not a number", message(header + "1 x\n"));
        assertEquals("line 6: '1e999' is not a number", message(header + "1 1e999\n"));
    }
}

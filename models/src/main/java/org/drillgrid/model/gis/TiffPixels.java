package org.drillgrid.model.gis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.compression.CompressionDecoder;
import mil.nga.tiff.compression.DeflateCompression;
import mil.nga.tiff.compression.LZWCompression;
import mil.nga.tiff.compression.PackbitsCompression;

/**
 * The samples of a single-band TIFF image, block by block: each strip or tile is unpacked by tiff-java's
 * decoders, its differencing predictor undone here, and its samples read in the file's byte order.
 *
 * <p>tiff-java 3.0.0 undoes both predictors in the byte order of the machine, not of the file: a
 * big-endian file with predictor 2 comes out with most values wrong, and predictor 3 is wrong for every
 * big-endian file. Here the predictors follow the TIFF 6.0 specification (section 14) and Adobe's TIFF
 * Technical Note 3, as libtiff's tif_predict.c implements them: predictor 2 adds each sample to the one
 * before it in its row, as integers of the sample's width read in the file's byte order (floating-point
 * samples too, by their bits); predictor 3 adds each byte of a row to the byte before it, then regathers
 * the bytes, which the row holds most significant first for all samples, then the next byte of every
 * sample, and so on. The result of predictor 3 is big-endian whatever the file's byte order.
 *
 * <p>Run only after {@link TiffStructure#checkBlocks}: that check keeps a block from unpacking to more
 * than its share of the image and tiff-java's deflate decoder from spinning on a truncated stream.
 */
final class TiffPixels {

    static final int PREDICTOR_NONE = 1;
    static final int PREDICTOR_HORIZONTAL = 2;
    static final int PREDICTOR_FLOATING_POINT = 3;
    private static final int FORMAT_SIGNED = 2;
    private static final int FORMAT_FLOAT = 3;

    private TiffPixels() {
    }

    /** The image's cells row by row from the first row in the file, as the file stores them (no nodata). */
    static double[] read(String file, byte[] bytes, FileDirectory d, int cols, int rows) throws ImportException {
        Layout layout = Layout.of(file, bytes, d, cols, rows);
        double[] values = new double[cols * rows];
        for (int i = 0; i < layout.blocks(); i++) {
            int firstRow = layout.firstRow(i);
            int firstCol = layout.firstCol(i);
            int rowsHere = Math.min(layout.blockH, rows - firstRow);
            byte[] block = unpack(file, bytes, d, layout, i);
            long needed = (long) rowsHere * layout.rowBytes;
            if (block.length < needed) {
                throw new ImportException(file + " is truncated or corrupt: block " + i + " holds " + block.length
                        + " bytes of image data but its " + rowsHere + " rows need " + needed);
            }
            int colsHere = Math.min(layout.blockW, cols - firstCol);
            ByteBuffer in = ByteBuffer.wrap(block);
            for (int r = 0; r < rowsHere; r++) {
                int at = r * layout.rowBytes;
                in.order(undoPredictor(block, at, layout));
                int out = (firstRow + r) * cols + firstCol;
                for (int c = 0; c < colsHere; c++) {
                    values[out + c] = sample(in, at + c * layout.bytesPerSample, layout);
                }
            }
        }
        return values;
    }

    /** Where the blocks lie and how their rows are laid out. */
    private record Layout(boolean tiled, int blockW, int blockH, int across, int down, int bytesPerSample,
            int rowBytes, int format, int predictor, ByteOrder order) {

        static Layout of(String file, byte[] bytes, FileDirectory d, int cols, int rows) throws ImportException {
            boolean tiled = d.isTiled();
            int blockW = d.getTileWidth().intValue();
            int blockH = (int) Math.min(d.getTileHeight().longValue(), tiled ? Integer.MAX_VALUE : rows);
            int bits = d.getBitsPerSample().get(0);
            List<Integer> formats = d.getSampleFormat();
            int format = formats == null || formats.isEmpty() ? 1 : formats.get(0);
            Integer p = d.getPredictor();
            Integer c = d.getCompression();
            int compression = c == null ? 1 : c;
            // libtiff (and so GDAL) applies a predictor only with LZW and DEFLATE; with none or PackBits
            // the tag is ignored, and so it is here
            boolean predicted = compression == 5 || compression == 8 || compression == 32946;
            int predictor = p == null || !predicted ? PREDICTOR_NONE : p;
            checkPredictor(file, predictor, format);
            int across = (cols + blockW - 1) / blockW;
            int down = (rows + blockH - 1) / blockH;
            ByteOrder order = bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            long rowBytes = (long) blockW * (bits / 8);
            if (rowBytes > Integer.MAX_VALUE / 2) {
                throw new ImportException(file + " is corrupt: its blocks are " + blockW + " cells wide");
            }
            return new Layout(tiled, blockW, blockH, across, down, bits / 8, (int) rowBytes, format, predictor, order);
        }

        int blocks() {
            return across * down;
        }

        int firstRow(int block) {
            return (block / across) * blockH;
        }

        int firstCol(int block) {
            return (block % across) * blockW;
        }
    }

    private static void checkPredictor(String file, int predictor, int format) throws ImportException {
        if (predictor == PREDICTOR_FLOATING_POINT && format != FORMAT_FLOAT) {
            throw new ImportException(file + " uses the floating-point predictor (3) on integer samples, which TIFF "
                    + "does not define; rewrite it (gdal_translate -co COMPRESS=DEFLATE -co PREDICTOR=2)");
        }
        if (predictor != PREDICTOR_NONE && predictor != PREDICTOR_HORIZONTAL && predictor != PREDICTOR_FLOATING_POINT) {
            throw new ImportException(file + " uses TIFF predictor " + predictor + ", which cannot be read; "
                    + "supported are 1 (none), 2 (horizontal) and 3 (floating point) (rewrite it, e.g. "
                    + "gdal_translate -co COMPRESS=DEFLATE -co PREDICTOR=1)");
        }
    }

    private static byte[] unpack(String file, byte[] bytes, FileDirectory d, Layout layout, int block)
            throws ImportException {
        List<? extends Number> offsets = layout.tiled ? d.getTileOffsets() : d.getStripOffsets();
        List<? extends Number> counts = layout.tiled ? d.getTileByteCounts() : d.getStripByteCounts();
        int start = offsets.get(block).intValue();
        byte[] packed = Arrays.copyOfRange(bytes, start, start + counts.get(block).intValue());
        Integer c = d.getCompression();
        CompressionDecoder decoder = switch (c == null ? 1 : c) {
            case 1 -> null;
            case 5 -> new LZWCompression();
            case 8, 32946 -> new DeflateCompression();
            case 32773 -> new PackbitsCompression();
            default -> throw new ImportException(file + " uses TIFF compression " + c + ", which cannot be read");
        };
        return decoder == null ? packed : decoder.decode(packed, layout.order);
    }

    /**
     * Undoes the predictor on the row of {@code layout.rowBytes} bytes at {@code at}, in place, and returns
     * the byte order its samples are then in.
     */
    static ByteOrder undoPredictor(byte[] b, int at, Layout layout) {
        int n = layout.rowBytes;
        int size = layout.bytesPerSample;
        if (layout.predictor == PREDICTOR_HORIZONTAL) {
            ByteBuffer row = ByteBuffer.wrap(b).order(layout.order);
            for (int k = at + size; k < at + n; k += size) {
                switch (size) {
                    case 1 -> b[k] += b[k - 1];
                    case 2 -> row.putShort(k, (short) (row.getShort(k) + row.getShort(k - 2)));
                    case 4 -> row.putInt(k, row.getInt(k) + row.getInt(k - 4));
                    default -> row.putLong(k, row.getLong(k) + row.getLong(k - 8));
                }
            }
            return layout.order;
        }
        if (layout.predictor == PREDICTOR_FLOATING_POINT) {
            for (int k = at + 1; k < at + n; k++) {
                b[k] += b[k - 1];
            }
            byte[] planes = Arrays.copyOfRange(b, at, at + n);
            int samples = n / size;
            for (int s = 0; s < samples; s++) {
                for (int j = 0; j < size; j++) {
                    b[at + s * size + j] = planes[j * samples + s];
                }
            }
            return ByteOrder.BIG_ENDIAN;
        }
        return layout.order;
    }

    private static double sample(ByteBuffer row, int at, Layout layout) {
        boolean signed = layout.format == FORMAT_SIGNED;
        if (layout.format == FORMAT_FLOAT) {
            return layout.bytesPerSample == 4 ? row.getFloat(at) : row.getDouble(at);
        }
        return switch (layout.bytesPerSample) {
            case 1 -> signed ? row.get(at) : row.get(at) & 0xff;
            case 2 -> signed ? row.getShort(at) : row.getShort(at) & 0xffff;
            default -> signed ? row.getInt(at) : row.getInt(at) & 0xffffffffL;
        };
    }
}

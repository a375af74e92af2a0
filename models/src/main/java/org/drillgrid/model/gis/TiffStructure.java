package org.drillgrid.model.gis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import mil.nga.tiff.FileDirectory;

/**
 * The structure of a classic TIFF file (TIFF 6.0: an 8-byte header, a chain of image directories of
 * 12-byte entries, image data in strips or tiles), checked before tiff-java reads it, which trusts its
 * input: the directory chain ends and never loops, every entry has a defined field type and its values lie
 * inside the file, the strips or tiles lie inside the file, and compressed blocks are well formed and
 * unpack to no more than the image has room for: the library would spin for ever on a truncated deflate
 * stream, and would unpack an LZW or PackBits bomb (a few kilobytes that claim gigabytes) in full before
 * it looked at the size. The blocks are unpacked here only to count their bytes, with nothing kept.
 */
final class TiffStructure {

    private static final int MAX_DIRECTORIES = 1024;
    /** Bytes of one value of each TIFF 6.0 field type, by type number (1 BYTE ... 12 DOUBLE). */
    private static final long[] FIELD_TYPE_BYTES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8};
    /** One tag's values: 8 MB holds the strip offsets of two million strips. */
    private static final long MAX_TAG_BYTES = 8L * 1024 * 1024;
    /** TIFF tiles are a few hundred pixels a side; a larger one is a corrupt tag. */
    private static final long MAX_TILE_SIDE = 1 << 16;
    private static final int COMPRESSION_NONE = 1;
    private static final int COMPRESSION_LZW = 5;
    private static final int COMPRESSION_DEFLATE = 8;
    private static final int COMPRESSION_PKZIP_DEFLATE = 32946;
    private static final int COMPRESSION_PACKBITS = 32773;
    /** What a block may unpack to beyond its share of the image (encoders may pad a little). */
    private static final long SLACK_BYTES = 64 * 1024;
    /** LZW codes (TIFF 6.0 section 13): clear the table, end of information, the first free entry. */
    private static final int LZW_CLEAR = 256;
    private static final int LZW_END = 257;
    private static final int LZW_FIRST = 258;
    private static final int LZW_TABLE = 4096;

    private TiffStructure() {
    }

    /** Classic TIFF: "II*\0" or "MM\0*". */
    static boolean isTiff(byte[] b) {
        return b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0
                || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42);
    }

    /** BigTIFF: "II+\0" or "MM\0+". */
    static boolean isBigTiff(byte[] b) {
        return b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 43 && b[3] == 0
                || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 43);
    }

    /** Walks the chain of image directories: each must lie inside the file, and none may come twice. */
    static void checkDirectories(String file, byte[] bytes) throws ImportException {
        if (bytes.length < 8) {
            throw new ImportException(file + " is truncated: " + bytes.length + " bytes, less than a TIFF header");
        }
        ByteOrder order = bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        long offset = Integer.toUnsignedLong(b.getInt(4));
        if (offset == 0) {
            throw new ImportException(file + " holds no image (its first image directory offset is 0)");
        }
        Set<Long> seen = new HashSet<>();
        while (offset != 0) {
            if (offset < 8 || offset + 2 > bytes.length) {
                throw new ImportException(file + " is truncated or corrupt: an image directory should start at byte "
                        + offset + " but the file has " + bytes.length + " bytes");
            }
            if (!seen.add(offset) || seen.size() > MAX_DIRECTORIES) {
                throw new ImportException(file + " is corrupt: its image directories form a loop");
            }
            int entries = Short.toUnsignedInt(b.getShort((int) offset));
            long next = offset + 2 + 12L * entries;
            if (next + 4 > bytes.length) {
                throw new ImportException(file + " is truncated or corrupt: the image directory at byte " + offset
                        + " has " + entries + " entries and runs past the end of the file (" + bytes.length
                        + " bytes)");
            }
            for (int k = 0; k < entries; k++) {
                checkEntry(file, b, (int) offset + 2 + 12 * k);
            }
            offset = Integer.toUnsignedLong(b.getInt((int) next));
        }
    }

    /** An entry of a known field type whose values lie inside the file and are not absurdly many. */
    private static void checkEntry(String file, ByteBuffer b, int at) throws ImportException {
        int tag = Short.toUnsignedInt(b.getShort(at));
        int type = Short.toUnsignedInt(b.getShort(at + 2));
        long count = Integer.toUnsignedLong(b.getInt(at + 4));
        if (type < 1 || type >= FIELD_TYPE_BYTES.length) {
            throw new ImportException(file + " is corrupt: tag " + tag + " has field type " + type
                    + ", which TIFF 6.0 does not define");
        }
        long size = FIELD_TYPE_BYTES[type] * count;
        if (size > MAX_TAG_BYTES) {
            throw new ImportException(file + " is corrupt: tag " + tag + " claims " + size + " bytes of values");
        }
        if (size > 4 && Integer.toUnsignedLong(b.getInt(at + 8)) + size > b.capacity()) {
            throw new ImportException(file + " is truncated or corrupt: the values of tag " + tag
                    + " lie past the end of the file");
        }
    }

    static void checkCompression(String file, FileDirectory d) throws ImportException {
        Integer c = d.getCompression();
        int compression = c == null ? COMPRESSION_NONE : c;
        if (compression != COMPRESSION_NONE && compression != COMPRESSION_LZW && compression != COMPRESSION_DEFLATE
                && compression != COMPRESSION_PKZIP_DEFLATE && compression != COMPRESSION_PACKBITS) {
            throw new ImportException(file + " uses TIFF compression " + compression + ", which cannot be read; "
                    + "supported are none, LZW, DEFLATE and PackBits (e.g. gdal_translate -co COMPRESS=DEFLATE)");
        }
    }

    /**
     * Every strip or tile must lie inside the file; compressed ones must be well formed and unpack to no
     * more than their share of the image.
     */
    static void checkBlocks(String file, byte[] bytes, FileDirectory d, int cols, int rows) throws ImportException {
        boolean tiled = d.isTiled();
        List<? extends Number> offsets = tiled ? d.getTileOffsets() : d.getStripOffsets();
        List<? extends Number> counts = tiled ? d.getTileByteCounts() : d.getStripByteCounts();
        Number blockW = d.getTileWidth();
        Number blockH = d.getTileHeight();
        long maxSide = tiled ? MAX_TILE_SIDE : Integer.MAX_VALUE;
        if (offsets == null || counts == null || offsets.size() != counts.size() || blockW == null || blockH == null
                || blockW.longValue() <= 0 || blockH.longValue() <= 0 || blockW.longValue() > maxSide
                || blockH.longValue() > maxSide) {
            throw new ImportException(file + " is corrupt: its " + (tiled ? "tile" : "strip")
                    + " offsets, byte counts or sizes are missing or inconsistent");
        }
        long across = (cols + blockW.longValue() - 1) / blockW.longValue();
        long down = (rows + blockH.longValue() - 1) / blockH.longValue();
        if (offsets.size() < across * down) {
            throw new ImportException(file + " is corrupt: it lists " + offsets.size() + " "
                    + (tiled ? "tiles" : "strips") + " but the image needs " + across * down);
        }
        long blockBytes = blockW.longValue() * Math.min(blockH.longValue(), tiled ? MAX_TILE_SIDE : rows)
                * d.getBitsPerSample().get(0) / 8;
        int compression = d.getCompression() == null ? COMPRESSION_NONE : d.getCompression();
        for (int i = 0; i < offsets.size(); i++) {
            long start = offsets.get(i).longValue();
            long end = start + counts.get(i).longValue();
            if (start < 0 || end > bytes.length) {
                throw new ImportException(file + " is truncated: its image data runs to byte " + end
                        + " but the file has only " + bytes.length + " bytes");
            }
            long unpacked = switch (compression) {
                case COMPRESSION_DEFLATE, COMPRESSION_PKZIP_DEFLATE -> checkDeflate(file, bytes, (int) start,
                        (int) (end - start), blockBytes, i);
                case COMPRESSION_LZW -> lzwLength(bytes, (int) start, (int) end, blockBytes + SLACK_BYTES);
                case COMPRESSION_PACKBITS -> packBitsLength(bytes, (int) start, (int) end, blockBytes + SLACK_BYTES);
                default -> 0;
            };
            if (unpacked < 0) {
                throw new ImportException(file + " is corrupt: compressed block " + i + " is not valid "
                        + (compression == COMPRESSION_LZW ? "LZW" : "PackBits") + " data");
            }
            if (unpacked > blockBytes + SLACK_BYTES) {
                throw tooMuch(file, i);
            }
        }
    }

    private static ImportException tooMuch(String file, int block) {
        return new ImportException(file + " is corrupt: compressed block " + block
                + " holds more data than the image has room for");
    }

    /**
     * The bytes an LZW block (TIFF 6.0 section 13: codes of 9 to 12 bits, most significant bit first, the
     * width growing one code early) unpacks to, counted up to just past {@code limit}; -1 for a code that
     * names no entry yet. Running out of input ends the block, as a missing end code does in libtiff.
     */
    static long lzwLength(byte[] bytes, int start, int end, long limit) {
        int[] length = new int[LZW_TABLE];
        java.util.Arrays.fill(length, 0, 256, 1);
        int next = LZW_FIRST;
        int width = 9;
        int previous = -1;
        long total = 0;
        long bit = (long) start * 8;
        long bits = (long) end * 8;
        while (bit + width <= bits && total <= limit) {
            int at = (int) (bit >>> 3);
            int window = (bytes[at] & 0xff) << 16 | byteOr0(bytes, at + 1, end) << 8 | byteOr0(bytes, at + 2, end);
            int code = window >>> (24 - (int) (bit & 7) - width) & (1 << width) - 1;
            bit += width;
            if (code == LZW_END) {
                break;
            }
            if (code == LZW_CLEAR) {
                next = LZW_FIRST;
                width = 9;
                previous = -1;
                continue;
            }
            int out;
            if (code < next && (code < 256 || code >= LZW_FIRST)) {
                out = length[code];
            } else if (code == next && previous >= 0) {
                out = length[previous] + 1; // the string just being defined: previous + its own first byte
            } else {
                return -1;
            }
            if (previous >= 0 && next < LZW_TABLE) {
                length[next++] = length[previous] + 1;
                width = next >= 2047 ? 12 : next >= 1023 ? 11 : next >= 511 ? 10 : 9; // one code early
            }
            total += out;
            previous = code;
        }
        return total;
    }

    private static int byteOr0(byte[] bytes, int i, int end) {
        return i < end ? bytes[i] & 0xff : 0;
    }

    /**
     * The bytes a PackBits block (TIFF 6.0 section 9) unpacks to, counted up to just past {@code limit}:
     * a header n of 0..127 copies n + 1 bytes, -1..-127 repeats the next byte 1 - n times, -128 is nothing.
     * -1 when a copy runs past the end of the block.
     */
    static long packBitsLength(byte[] bytes, int start, int end, long limit) {
        long total = 0;
        int i = start;
        while (i < end && total <= limit) {
            int n = bytes[i++];
            if (n >= 0) {
                if (i + n + 1 > end) {
                    return -1;
                }
                i += n + 1;
                total += n + 1;
            } else if (n != -128) {
                if (i >= end) {
                    return -1;
                }
                i++;
                total += 1 - n;
            }
        }
        return total;
    }

    /** Checks a deflate block and returns how much it unpacks to (at most its share of the image plus a buffer). */
    private static long checkDeflate(String file, byte[] bytes, int start, int length, long expected, int block)
            throws ImportException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, start, length);
            byte[] buffer = new byte[(int) SLACK_BYTES];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                total += n;
                if (total > expected + SLACK_BYTES) { // the same limit as every compressed block
                    throw tooMuch(file, block);
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ImportException(file + " is truncated or corrupt: compressed block " + block
                            + " ends before its data does");
                }
            }
            return total; // at most the limit above, which stopped a bomb as it unpacked
        } catch (DataFormatException e) {
            throw new ImportException(file + " is corrupt: compressed block " + block + " is not valid DEFLATE data");
        } finally {
            inflater.end();
        }
    }
}

package org.drillgrid.model.gis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A BigTIFF's first image directory rewritten as a classic TIFF one, so that the rest of the import reads
 * it as any other TIFF (tiff-java 3.0.0 reads classic TIFF only). BigTIFF (Adobe's and libtiff's
 * extension, www.awaresystems.be/imaging/tiff/bigtiff.html) differs from TIFF 6.0 only in its header and
 * directories: a 16-byte header ("II" or "MM", 43, offset size 8, 0, first directory at an 8-byte offset),
 * directories of 20-byte entries (2-byte tag and type, 8-byte count, 8 bytes of value or offset), and
 * three 8-byte field types: LONG8 (16), SLONG8 (17) and IFD8 (18). The image data stays where it is.
 *
 * <p>The copy is the file's bytes with a classic header in place of the first 8 and, appended, a classic
 * directory whose 8-byte values become 4-byte ones (LONG, SLONG) and whose long values follow it. The
 * files this import takes (256 MB at most) keep every offset below 4 GB, so nothing is lost; a value that
 * does not fit 32 bits is refused. Only the first directory is kept: the import reads the first image.
 */
final class BigTiff {

    private static final int HEADER = 16;
    private static final int ENTRY = 20;
    private static final int CLASSIC_ENTRY = 12;
    /** Directories of real files hold a few dozen entries; more is a corrupt count. */
    private static final long MAX_ENTRIES = 4096;
    /** One tag's values, as for classic files in {@link TiffStructure}. */
    private static final long MAX_TAG_BYTES = 8L * 1024 * 1024;
    private static final int LONG = 4;
    private static final int SLONG = 9;
    private static final int LONG8 = 16;
    private static final int SLONG8 = 17;
    private static final int IFD8 = 18;
    /** Bytes of one value of each field type, by number (1 BYTE ... 12 DOUBLE, 16 LONG8 ... 18 IFD8). */
    private static final int[] TYPE_BYTES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 0, 0, 0, 8, 8, 8};

    private BigTiff() {
    }

    /** The BigTIFF in {@code bytes} as a classic TIFF holding its first image. */
    static byte[] toClassic(String file, byte[] bytes) throws ImportException {
        if (bytes.length < HEADER) {
            throw new ImportException(file + " is truncated: " + bytes.length + " bytes, less than a BigTIFF header");
        }
        ByteOrder order = bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer in = ByteBuffer.wrap(bytes).order(order);
        if (in.getShort(4) != 8 || in.getShort(6) != 0) {
            throw new ImportException(file + " is corrupt: its BigTIFF header gives offsets of " + in.getShort(4)
                    + " bytes; BigTIFF's are 8");
        }
        long first = in.getLong(8);
        if (first < HEADER || first > bytes.length - 8) {
            throw new ImportException(file + " is truncated or corrupt: its first image directory should start at "
                    + "byte " + first + " but the file has " + bytes.length + " bytes");
        }
        long entries = in.getLong((int) first);
        if (entries <= 0 || entries > MAX_ENTRIES || first + 8 + entries * ENTRY > bytes.length) {
            throw new ImportException(file + " is truncated or corrupt: its first image directory claims " + entries
                    + " entries");
        }
        int n = (int) entries;
        long directory = bytes.length + (bytes.length & 1); // word-aligned, as TIFF asks
        long values = directory + 2 + (long) CLASSIC_ENTRY * n + 4;
        long total = values;
        for (int k = 0; k < n; k++) {
            long size = classicSize(file, in, (int) first + 8 + k * ENTRY);
            total += size > 4 ? size + (size & 1) : 0;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new ImportException(file + " is too large to read as a BigTIFF here");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(order);
        out.put(bytes);
        out.put(0, bytes[0]).put(1, bytes[1]).putShort(2, (short) 42).putInt(4, (int) directory);
        out.position((int) directory);
        out.putShort((short) n);
        long next = values;
        for (int k = 0; k < n; k++) {
            next = convert(file, in, (int) first + 8 + k * ENTRY, out, (int) next);
        }
        out.putInt(0); // no next directory
        return out.array();
    }

    /** Bytes the entry's values take in the classic file. */
    private static long classicSize(String file, ByteBuffer in, int at) throws ImportException {
        int type = Short.toUnsignedInt(in.getShort(at + 2));
        long count = in.getLong(at + 4);
        if (type >= TYPE_BYTES.length || TYPE_BYTES[type] == 0) {
            throw new ImportException(file + " is corrupt: tag " + Short.toUnsignedInt(in.getShort(at))
                    + " has field type " + type + ", which BigTIFF does not define");
        }
        if (count < 0 || count > MAX_TAG_BYTES / TYPE_BYTES[type]) {
            throw new ImportException(file + " is corrupt: tag " + Short.toUnsignedInt(in.getShort(at)) + " claims "
                    + count + " values");
        }
        return count * (type >= LONG8 ? 4 : TYPE_BYTES[type]);
    }

    /**
     * Writes the classic entry for the BigTIFF entry at {@code at} at the output's position, its values
     * inline or at {@code next}; returns where the next long values go.
     */
    private static long convert(String file, ByteBuffer in, int at, ByteBuffer out, int next) throws ImportException {
        int tag = Short.toUnsignedInt(in.getShort(at));
        int type = Short.toUnsignedInt(in.getShort(at + 2));
        int count = (int) in.getLong(at + 4);
        long bigSize = (long) count * TYPE_BYTES[type];
        long source = bigSize <= 8 ? at + 12 : in.getLong(at + 12);
        if (source < 0 || source + bigSize > in.capacity()) {
            throw new ImportException(file + " is truncated or corrupt: the values of tag " + tag
                    + " lie past the end of the file");
        }
        int newType = type == LONG8 || type == IFD8 ? LONG : type == SLONG8 ? SLONG : type;
        int size = (int) classicSize(file, in, at);
        out.putShort((short) tag).putShort((short) newType).putInt(count);
        int target = size <= 4 ? out.position() : next;
        if (size > 4) {
            out.putInt(next);
        } else {
            out.putInt(0);
        }
        if (newType == type) {
            for (int i = 0; i < size; i++) {
                out.put(target + i, in.get((int) source + i));
            }
        } else {
            for (int i = 0; i < count; i++) {
                long v = in.getLong((int) source + 8 * i);
                boolean fits = newType == LONG ? v >= 0 && v <= 0xffffffffL : v == (int) v;
                if (!fits) {
                    throw new ImportException(file + " has a value of tag " + tag + " (" + Long.toUnsignedString(v)
                            + ") that does not fit 32 bits; write it as a classic TIFF (gdal_translate -co "
                            + "BIGTIFF=NO)");
                }
                out.putInt(target + 4 * i, (int) v);
            }
        }
        return size > 4 ? next + size + (size & 1) : next;
    }
}

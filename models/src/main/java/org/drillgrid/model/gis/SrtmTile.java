package org.drillgrid.model.gis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An SRTM height tile ({@code .hgt}, or a {@code .hgt.zip} holding one) as a {@link GeoRaster}. The format
 * (NASA/USGS SRTM documentation; GDAL's SRTMHGT driver reads it the same way) has no header: n x n
 * big-endian 16-bit signed heights in metres, row by row from the north, n = 1201 (3 arc-seconds) or 3601
 * (1 arc-second), -32768 for a void. Where the tile lies is in its name only: {@code N42E001.hgt} is the
 * degree square whose south-west corner is 42 N 1 E, and its samples are centred on the grid lines, the
 * first on 43 N 1 E and the last on 42 N 2 E, so the cells reach half a cell beyond the whole degrees.
 * Coordinates are WGS 84 longitude/latitude (EPSG:4326).
 */
final class SrtmTile {

    private static final Pattern NAME = Pattern.compile("([NS])(\\d{2})([EW])(\\d{3})\\.hgt",
            Pattern.CASE_INSENSITIVE);
    private static final int[] SIDES = {1201, 3601};
    private static final short VOID = -32768;
    private static final int LARGEST = 3601 * 3601 * 2;
    /** The ZIP local file header's signature, "PK\3\4". */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 1000;
    /** What the other files of a tile's archive (a readme, a licence) may unpack to, all together. */
    private static final int MAX_OTHER_BYTES = 1 << 20;

    private SrtmTile() {
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == ZIP[0] && b[1] == ZIP[1] && b[2] == ZIP[2] && b[3] == ZIP[3];
    }

    static boolean hasTileName(String file) {
        return NAME.matcher(baseName(file)).matches();
    }

    /** A ZIP archive holding one {@code .hgt} tile (as NASA's and most mirrors' downloads are). */
    static GeoRaster readZip(String file, byte[] bytes) throws ImportException {
        String tile = null;
        byte[] heights = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            long skipped = 0;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ImportException(file + " is a ZIP archive of more than " + MAX_ZIP_ENTRIES + " files");
                }
                if (e.isDirectory() || !e.getName().toLowerCase(Locale.ROOT).endsWith(".hgt")) {
                    skipped += zip.readNBytes(MAX_OTHER_BYTES + 1 - (int) skipped).length;
                    if (skipped > MAX_OTHER_BYTES) { // read to its end here, so the next entry drains nothing
                        throw new ImportException(file + " holds other files that unpack to more than "
                                + MAX_OTHER_BYTES + " bytes; a ZIP archive of an SRTM tile holds the tile");
                    }
                    continue;
                }
                if (tile != null) {
                    throw new ImportException(file + " holds more than one .hgt tile (" + GeoTiffReader.printable(tile)
                            + " and " + GeoTiffReader.printable(e.getName()) + "); import one tile at a time or merge "
                            + "them first (gdalbuildvrt tiles.vrt *.hgt, then gdal_translate tiles.vrt dem.tif)");
                }
                tile = e.getName();
                heights = zip.readNBytes(LARGEST + 1); // at most one tile's bytes: no bomb can claim more
                if (heights.length > LARGEST) {
                    side(file, heights.length); // refused, before the rest of the entry is unpacked
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(file + " is a ZIP archive that cannot be read (corrupt or truncated)");
        }
        if (tile == null) {
            throw new ImportException(file + " is a ZIP archive without an SRTM .hgt tile in it; rasters are read "
                    + "as GeoTIFF, ESRI ASCII grid or SRTM .hgt / .hgt.zip");
        }
        String named = hasTileName(tile) ? tile : stripZip(file);
        return read(file, named, heights);
    }

    /** A bare {@code .hgt} file, which must be named for its tile. */
    static GeoRaster read(String file, byte[] bytes) throws ImportException {
        return read(file, file, bytes);
    }

    private static GeoRaster read(String file, String tileName, byte[] bytes) throws ImportException {
        Matcher m = NAME.matcher(baseName(tileName));
        if (!m.matches()) {
            throw new ImportException(file + ": an SRTM tile's place is given by its name only, and "
                    + GeoTiffReader.printable(baseName(tileName)) + " is not a tile name like N42E001.hgt "
                    + "(latitude and longitude of its south-west corner); rename it, or convert it with its "
                    + "georeferencing (gdal_translate -a_ullr)");
        }
        int side = side(file, bytes.length);
        int lat = Integer.parseInt(m.group(2)) * (m.group(1).equalsIgnoreCase("S") ? -1 : 1);
        int lon = Integer.parseInt(m.group(4)) * (m.group(3).equalsIgnoreCase("W") ? -1 : 1);
        if (lat < -90 || lat > 89 || lon < -180 || lon > 179) {
            throw new ImportException(file + ": " + GeoTiffReader.printable(baseName(tileName)) + " names a tile at "
                    + lat + ", " + lon + ", outside the earth's degree squares");
        }
        double cell = 1.0 / (side - 1);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        double[] values = new double[side * side];
        for (int i = 0; i < values.length; i++) {
            short h = in.getShort(2 * i);
            values[i] = h == VOID ? Double.NaN : h;
        }
        return new GeoRaster(file, GeoRaster.SRTM_HGT, side, side, cell, cell, lon - cell / 2, lat - cell / 2,
                "EPSG:4326", values);
    }

    private static int side(String file, int length) throws ImportException {
        for (int side : SIDES) {
            if (length == side * side * 2) {
                return side;
            }
        }
        throw new ImportException(file + " is not an SRTM tile: it holds " + (length > LARGEST ? "more than "
                + LARGEST : length) + " bytes of heights, and a tile holds 2884802 (1201 x 1201, 3 arc-seconds) or "
                + LARGEST + " (3601 x 3601, 1 arc-second)");
    }

    private static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static String stripZip(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".zip") ? file.substring(0, file.length() - 4) : file;
    }
}

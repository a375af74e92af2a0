package org.drillgrid.model.gis;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.AsciiGridFormatException;
import org.drillgrid.model.scenario.GridSpec;

/**
 * Raster files (ESRI ASCII grid, GeoTIFF or BigTIFF, SRTM .hgt or .hgt.zip) read into a {@link GeoRaster}
 * and resampled onto a scenario grid by the rule of the layer's {@link LayerKind}. Formats, coordinate
 * systems, resampling rules and limits: docs/import.md.
 */
public final class RasterImport {

    /** Largest file accepted, as for scenario layer files. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Largest raster accepted, in cells (5 000 x 5 000: a 25 km square at 5 m). */
    static final long MAX_CELLS = 25_000_000L;
    /** Largest scenario grid, as the scenario validator allows. */
    static final long MAX_GRID_CELLS = 4_000_000L;
    static final int MAX_GRID_SIDE = 10_000;
    /** Bytes looked at to tell a text grid from binary data. */
    private static final int SNIFF_BYTES = 8192;

    private RasterImport() {
    }

    /**
     * Reads a raster, recognised by its content (TIFF or BigTIFF magic number, a ZIP archive holding an SRTM
     * tile, else ESRI ASCII text), except for a bare SRTM tile, which has no header: a name ending in
     * {@code .hgt}. An ESRI ASCII grid carries no coordinate system ({@code crs} null).
     */
    public static GeoRaster read(String fileName, byte[] bytes) throws ImportException {
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(fileName + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(fileName + " is " + bytes.length / (1024 * 1024) + " MB; at most "
                    + MAX_BYTES / (1024 * 1024) + " MB can be imported");
        }
        if (TiffStructure.isTiff(bytes)) {
            return GeoTiffReader.read(fileName, bytes);
        }
        if (TiffStructure.isBigTiff(bytes)) {
            return GeoTiffReader.read(fileName, BigTiff.toClassic(fileName, bytes), GeoRaster.BIGTIFF);
        }
        if (SrtmTile.isZip(bytes)) {
            return SrtmTile.readZip(fileName, bytes);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".hgt")) {
            return SrtmTile.read(fileName, bytes);
        }
        if (binary(bytes)) {
            throw new ImportException(fileName + " is neither a GeoTIFF nor an ESRI ASCII grid: it holds binary "
                    + "data without a TIFF header (an SRTM tile must keep its name, e.g. N42E001.hgt)");
        }
        return ascii(fileName, bytes);
    }

    /**
     * Resamples {@code src} onto {@code grid} for a layer of {@code kind}: continuous (elevation), class
     * codes (land use, buildings, roads) or counts (population). Refuses a raster in another coordinate
     * system than the grid's, or one that does not overlap the grid.
     */
    public static LayerImport resample(GeoRaster src, GridSpec grid, LayerKind kind) throws ImportException {
        return Resampler.resample(src, grid, kind);
    }

    /**
     * A scenario grid over the raster's whole extent at {@code cellSize} metres (columns and rows rounded
     * up), with the raster's lower-left corner as origin and its coordinate system: "a new scenario from
     * this elevation file".
     */
    public static GridSpec gridFrom(GeoRaster src, double cellSize) throws ImportException {
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new ImportException("cannot make a grid from " + src.file() + ": the cell size must be > 0, is "
                    + cellSize);
        }
        if (Projection.isGeographic(src.crs())) {
            String target = Projection.suggestedCrs(src.xll() + src.cols() * src.cellSizeX() / 2,
                    src.yll() + src.rows() * src.cellSizeY() / 2);
            String code = target.substring(0, target.indexOf(' '));
            throw new ImportException(src.file() + " is in longitude/latitude (" + src.crs() + "); a scenario grid "
                    + "needs metres: reproject it first, e.g. gdalwarp -t_srs " + code + " -tr " + GeoRaster.plain(
                    cellSize) + " " + GeoRaster.plain(cellSize) + " (" + target + " is the system of its centre)");
        }
        long cols = cells(src.cols() * src.cellSizeX(), cellSize);
        long rows = cells(src.rows() * src.cellSizeY(), cellSize);
        if (cols * rows > MAX_GRID_CELLS || cols > MAX_GRID_SIDE || rows > MAX_GRID_SIDE) {
            double smallest = Math.sqrt(src.cols() * src.cellSizeX() * src.rows() * src.cellSizeY() / MAX_GRID_CELLS);
            throw new ImportException(String.format(Locale.ROOT, "%s at %s m cells needs a grid of %d x %d cells; at "
                    + "most %d cells and %d a side are supported: choose cells of at least %s m", src.file(),
                    GeoRaster.plain(cellSize), cols, rows, MAX_GRID_CELLS, MAX_GRID_SIDE,
                    GeoRaster.plain(Math.ceil(Math.max(smallest, cellSize * Math.max(cols, rows) / MAX_GRID_SIDE)))));
        }
        return new GridSpec((int) cols, (int) rows, cellSize, src.xll(), src.yll(), src.crs());
    }

    private static long cells(double length, double cellSize) {
        // a hair of tolerance so 3000 m / 50 m is 60 cells, not 61 by rounding
        return Math.max(1, (long) Math.ceil(length / cellSize - 1e-9));
    }

    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static GeoRaster ascii(String file, byte[] bytes) throws ImportException {
        checkAsciiSize(file, bytes);
        try (Reader in = reader(bytes)) {
            AsciiGrid.Raster r = AsciiGrid.read(in);
            AsciiGrid.Header h = r.header();
            if (!Double.isFinite(h.xll()) || !Double.isFinite(h.yll()) || !Double.isFinite(h.cellSize())) {
                throw new ImportException(file + " is not a valid ESRI ASCII grid: its corner and cell size must be "
                        + "finite numbers");
            }
            return new GeoRaster(file, GeoRaster.ESRI_ASCII, h.cols(), h.rows(), h.cellSize(), h.cellSize(), h.xll(),
                    h.yll(), null, r.layer().toArray());
        } catch (AsciiGridFormatException e) {
            throw new ImportException(file + " is not a valid ESRI ASCII grid: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file + " is not a valid ESRI ASCII grid (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** ncols x nrows from the header, checked before the grid reader allocates that many values. */
    private static void checkAsciiSize(String file, byte[] bytes) throws ImportException {
        long cols = 0;
        long rows = 0;
        try (BufferedReader in = new BufferedReader(reader(bytes))) {
            String line;
            while ((line = in.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (!Character.isLetter(t.charAt(0))) {
                    break;
                }
                String[] kv = t.split("\\s+");
                if (kv.length == 2 && kv[0].equalsIgnoreCase("ncols")) {
                    cols = parseOrZero(kv[1]);
                } else if (kv.length == 2 && kv[0].equalsIgnoreCase("nrows")) {
                    rows = parseOrZero(kv[1]);
                }
            }
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read as text");
        }
        if (cols * rows > MAX_CELLS) {
            throw new ImportException(file + " has " + cols + " x " + rows + " cells; at most " + MAX_CELLS
                    + " can be imported (crop or coarsen it first)");
        }
    }

    private static long parseOrZero(String s) {
        try {
            return Math.min(Integer.MAX_VALUE, Math.max(0, Long.parseLong(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1);
    }
}

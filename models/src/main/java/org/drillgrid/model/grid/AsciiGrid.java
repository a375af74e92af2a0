package org.drillgrid.model.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ESRI ASCII grid (".asc") reading and writing: a header of {@code ncols, nrows, xllcorner|xllcenter,
 * yllcorner|yllcenter, cellsize, [NODATA_value]}, then {@code nrows} rows of values from north to south.
 * Values equal to NODATA_value read as NaN and NaN writes as NODATA_value.
 */
public final class AsciiGrid {

    public static final double DEFAULT_NODATA = -9999;

    /** Grid geometry from the header; {@code xll/yll} are the lower-left corner (centre headers converted). */
    public record Header(int cols, int rows, double xll, double yll, double cellSize, double nodata) {
    }

    /** A grid as read: its header and its values. */
    public record Raster(Header header, GridLayer layer) {
    }

    private AsciiGrid() {
    }

    public static Raster read(Reader source) throws IOException, AsciiGridFormatException {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source);
        Map<String, String> header = new HashMap<>();
        int lineNo = 0;
        String firstData = null;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!Character.isLetter(t.charAt(0))) {
                firstData = t;
                break;
            }
            String[] kv = t.split("\\s+");
            if (kv.length != 2) {
                throw new AsciiGridFormatException("line " + lineNo + ": header line must be '<key> <value>', found '"
                        + abbreviate(t) + "'");
            }
            header.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
        }
        Header h = header(header);
        double[] values = new double[Math.multiplyExact(h.cols, h.rows)];
        int n = 0;
        while (firstData != null || (line = in.readLine()) != null) {
            String t = firstData != null ? firstData : line;
            if (firstData == null) {
                lineNo++;
            }
            firstData = null;
            for (String token : t.strip().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (n >= values.length) {
                    throw new AsciiGridFormatException("line " + lineNo + ": more than ncols x nrows = "
                            + values.length + " values");
                }
                double v = number(token, lineNo);
                values[n++] = v == h.nodata ? Double.NaN : v;
            }
        }
        if (n < values.length) {
            throw new AsciiGridFormatException("has " + n + " values, header promises ncols x nrows = "
                    + values.length);
        }
        return new Raster(h, new GridLayer(h.cols, h.rows, values));
    }

    private static Header header(Map<String, String> h) throws AsciiGridFormatException {
        int cols = positiveInt(h, "ncols");
        int rows = positiveInt(h, "nrows");
        double cell = decimal(h, "cellsize");
        if (!(cell > 0)) {
            throw new AsciiGridFormatException("header: cellsize must be > 0");
        }
        double nodata = h.containsKey("nodata_value") ? decimal(h, "nodata_value") : DEFAULT_NODATA;
        double xll = corner(h, "xll", cell);
        double yll = corner(h, "yll", cell);
        return new Header(cols, rows, xll, yll, cell, nodata);
    }

    private static double corner(Map<String, String> h, String axis, double cell) throws AsciiGridFormatException {
        if (h.containsKey(axis + "corner")) {
            return decimal(h, axis + "corner");
        }
        if (h.containsKey(axis + "center")) {
            return decimal(h, axis + "center") - cell / 2;
        }
        throw new AsciiGridFormatException("header: missing " + axis + "corner (or " + axis + "center)");
    }

    private static int positiveInt(Map<String, String> h, String key) throws AsciiGridFormatException {
        String v = h.get(key);
        if (v == null) {
            throw new AsciiGridFormatException("header: missing " + key);
        }
        try {
            int n = Integer.parseInt(v);
            if (n <= 0) {
                throw new AsciiGridFormatException("header: " + key + " must be > 0, is " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new AsciiGridFormatException("header: " + key + " must be a whole number, is '" + abbreviate(v) + "'");
        }
    }

    private static double decimal(Map<String, String> h, String key) throws AsciiGridFormatException {
        String v = h.get(key);
        if (v == null) {
            throw new AsciiGridFormatException("header: missing " + key);
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new AsciiGridFormatException("header: " + key + " must be a number, is '" + abbreviate(v) + "'");
        }
    }

    private static double number(String token, int lineNo) throws AsciiGridFormatException {
        try {
            double v = Double.parseDouble(token);
            if (Double.isInfinite(v) || Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new AsciiGridFormatException("line " + lineNo + ": '" + abbreviate(token) + "' is not a number");
        }
    }

    /**
     * Writes a grid with values rounded half-up to {@code decimals} places (integers without a
     * fraction), so the same values always give the same bytes.
     */
    public static void write(Writer out, Header header, GridLayer layer, int decimals) throws IOException {
        out.write("ncols " + header.cols() + "\n");
        out.write("nrows " + header.rows() + "\n");
        out.write("xllcorner " + plain(header.xll()) + "\n");
        out.write("yllcorner " + plain(header.yll()) + "\n");
        out.write("cellsize " + plain(header.cellSize()) + "\n");
        out.write("NODATA_value " + plain(header.nodata()) + "\n");
        StringBuilder row = new StringBuilder();
        for (int r = 0; r < layer.rows(); r++) {
            row.setLength(0);
            for (int c = 0; c < layer.cols(); c++) {
                if (c > 0) {
                    row.append(' ');
                }
                double v = layer.get(c, r);
                row.append(Double.isNaN(v) ? plain(header.nodata()) : format(v, decimals));
            }
            row.append('\n');
            out.write(row.toString());
        }
    }

    static String format(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}

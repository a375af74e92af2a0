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

    /**
     * Most cells any grid read may hold: the largest raster Drillgrid imports (docs/import.md); a scenario's
     * layers are held to its grid by the caller's {@link HeaderCheck}. The header is checked before the
     * values are allocated, so a few bytes claiming a huge grid cost nothing.
     */
    public static final long MAX_CELLS = 25_000_000;

    /** A check of the header, run before anything is allocated for the values; throws to refuse the grid. */
    @FunctionalInterface
    public interface HeaderCheck {
        void check(Header header) throws AsciiGridFormatException;
    }

    private AsciiGrid() {
    }

    /** Reads a grid of at most {@link #MAX_CELLS} cells. */
    public static Raster read(Reader source) throws IOException, AsciiGridFormatException {
        return read(source, h -> {
        });
    }

    /**
     * Reads a grid whose header first passes {@code check} (for instance: the size a scenario's grid has)
     * and holds at most {@link #MAX_CELLS} cells.
     */
    public static Raster read(Reader source, HeaderCheck check) throws IOException, AsciiGridFormatException {
        Tokens in = new Tokens(source instanceof BufferedReader b ? b : new BufferedReader(source));
        Map<String, String> header = new HashMap<>();
        String token = in.next();
        // header lines: a key that starts with a letter and its value, each on its own line
        while (token != null && Character.isLetter(token.charAt(0))) {
            int line = in.line();
            String value = in.next();
            if (value == null || in.line() != line) {
                throw new AsciiGridFormatException("line " + line + ": header line must be '<key> <value>', found '"
                        + abbreviate(token) + "'");
            }
            if (header.size() >= MAX_HEADER_LINES) {
                throw new AsciiGridFormatException("line " + line + ": more than " + MAX_HEADER_LINES + " header lines");
            }
            String key = token;
            token = in.next();
            if (token != null && in.line() == line) {
                throw new AsciiGridFormatException("line " + line + ": header line must be '<key> <value>', found '"
                        + abbreviate(key + " " + value + " " + token) + "'");
            }
            header.put(key.toLowerCase(Locale.ROOT), value);
        }
        Header h = header(header);
        check.check(h);
        if ((long) h.cols * h.rows > MAX_CELLS) {
            throw new AsciiGridFormatException("header: ncols x nrows = " + (long) h.cols * h.rows
                    + " cells; at most " + MAX_CELLS + " are read");
        }
        double[] values = new double[h.cols * h.rows];
        int n = 0;
        for (; token != null; token = in.next()) {
            if (n >= values.length) {
                throw new AsciiGridFormatException("line " + in.line() + ": more than ncols x nrows = "
                        + values.length + " values");
            }
            double v = number(token, in.line());
            values[n++] = v == h.nodata ? Double.NaN : v;
        }
        if (n < values.length) {
            throw new AsciiGridFormatException("has " + n + " values, header promises ncols x nrows = "
                    + values.length);
        }
        return new Raster(h, new GridLayer(h.cols, h.rows, values));
    }

    /** Header keys a grid may have (ncols, nrows, x/y corner or centre, cellsize, NODATA_value, with room). */
    private static final int MAX_HEADER_LINES = 16;
    /** Longest token read: a number written out needs far less. */
    private static final int MAX_TOKEN = 64;

    /**
     * Whitespace-separated tokens with their line numbers, read a character at a time so that a file of
     * one endless line or one endless token costs no more memory than a token.
     */
    private static final class Tokens {
        private final BufferedReader in;
        private final StringBuilder token = new StringBuilder();
        private int line = 1;
        private int tokenLine = 1;

        Tokens(BufferedReader in) {
            this.in = in;
        }

        /** The next token, or null at the end. */
        String next() throws IOException, AsciiGridFormatException {
            token.setLength(0);
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    if (token.length() > 0) {
                        line++;
                        return token.toString();
                    }
                    line++;
                } else if (Character.isWhitespace(c)) {
                    if (token.length() > 0) {
                        return token.toString();
                    }
                } else {
                    if (token.length() == 0) {
                        tokenLine = line;
                    }
                    if (token.length() >= MAX_TOKEN) {
                        throw new AsciiGridFormatException("line " + line + ": '" + abbreviate(token.toString())
                                + "' is longer than " + MAX_TOKEN + " characters");
                    }
                    token.append((char) c);
                }
            }
            return token.length() > 0 ? token.toString() : null;
        }

        /** The line of the token last returned. */
        int line() {
            return tokenLine;
        }
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

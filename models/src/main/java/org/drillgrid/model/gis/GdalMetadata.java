package org.drillgrid.model.gis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;

/**
 * The first band's scale, offset and unit from GDAL's GDAL_METADATA tag (42112), an XML text such as
 * {@code <GDALMetadata><Item name="SCALE" sample="0" role="scale">0.1</Item>...</GDALMetadata>}: a
 * stored value v means {@code v * scale + offset} in {@code unit}, as gdalinfo reports and
 * {@code gdal_translate -unscale} applies. No tag, or no such items, is scale 1, offset 0, unit unknown.
 *
 * <p>GDAL writes this XML in one fixed shape (gcore/gdal_pam and frmts/gtiff: a GDALMetadata element of
 * Item elements with double-quoted attributes), read here with patterns rather than an XML parser, which
 * the models do not use. Text that is not of that shape is refused rather than ignored.
 */
record GdalMetadata(double scale, double offset, String unit) {

    static final GdalMetadata NONE = new GdalMetadata(1, 0, "");
    /** Length units that are not metres: a height in them read as metres would be wrong by a factor. */
    private static final Set<String> FEET = Set.of("ft", "foot", "feet", "us-ft", "ftus", "us survey foot",
            "international foot", "ft-us", "us_survey_foot", "us-foot", "foot_us");
    private static final int MAX_TEXT = 1 << 20;
    private static final Pattern ROOT = Pattern.compile("\\s*<GDALMetadata\\s*>.*</GDALMetadata>\\s*",
            Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<Item\\b([^>]*)>([^<]*)</Item>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    static GdalMetadata of(String file, FileDirectory d) throws ImportException {
        FileDirectoryEntry e = d.get(FieldTagType.GDAL_METADATA);
        if (e == null) {
            return NONE;
        }
        Object v = e.getValues();
        String text = v instanceof List<?> l ? (l.isEmpty() ? "" : String.valueOf(l.get(0))) : String.valueOf(v);
        if (text.length() > MAX_TEXT) {
            throw new ImportException(file + " is corrupt: its GDAL_METADATA tag holds " + text.length()
                    + " characters");
        }
        if (!ROOT.matcher(text).matches()) {
            throw new ImportException(file + " has a GDAL_METADATA tag (42112) that is not GDAL's XML; rewrite it "
                    + "without (gdal_translate -co PROFILE=GeoTIFF) if it holds no scale or offset");
        }
        double scale = 1;
        double offset = 0;
        String unit = "";
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(item.group(1));
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(Locale.ROOT), a.group(2).strip());
            }
            if (!"0".equals(attributes.get("sample"))) {
                continue; // dataset items, and bands other than the first
            }
            String value = item.group(2).strip();
            switch (attributes.getOrDefault("role", "").toLowerCase(Locale.ROOT)) {
                case "scale" -> scale = number(file, "scale", value);
                case "offset" -> offset = number(file, "offset", value);
                case "unittype" -> unit = value;
                default -> {
                }
            }
        }
        if (!Double.isFinite(scale) || scale == 0 || !Double.isFinite(offset)) {
            throw new ImportException(file + " has scale " + scale + " and offset " + offset + " in its "
                    + "GDAL_METADATA tag; the scale must be a finite number other than 0 and the offset finite");
        }
        if (FEET.contains(unit.toLowerCase(Locale.ROOT))) {
            throw new ImportException(file + " holds values in " + GeoTiffReader.printable(unit) + " (its GDAL "
                    + "unit type), not metres; convert them first, e.g. gdal_translate -scale with a factor of "
                    + "0.3048 (international foot) or 1200/3937 (US survey foot) and -a_unittype m");
        }
        return new GdalMetadata(scale, offset, unit);
    }

    private static double number(String file, String role, String value) throws ImportException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ImportException(file + " has a GDAL_METADATA " + role + " that is not a number: '"
                    + GeoTiffReader.printable(value) + "'");
        }
    }

    boolean identity() {
        return scale == 1 && offset == 0;
    }
}

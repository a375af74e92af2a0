package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.library.ScenarioLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drillgrid import}: a package of a bundled scenario comes in renamed, validates, packs again from
 * the library and is recognised when it comes back; a hostile or broken package is exit 2 with the reason
 * and writes nothing outside the data folder and nothing into the library.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path data;
    private Path tinyZip;

    @BeforeEach
    void aPackageOfTheBundledTinyTown() {
        data = dir.resolve("data");
        tinyZip = dir.resolve("tiny.zip");
        assertEquals(0, CliRun.of("package", "tiny", "--out", tinyZip.toString()).code());
    }

    @Test
    void roundTripThroughTheLibrary() throws IOException {
        CliRun first = CliRun.of("import", tinyZip.toString(), "--data", data.toString(), "--by", "bo");
        assertEquals(0, first.code(), first.err());
        assertEquals("imported tiny-imported@1", first.lines().get(0));
        assertTrue(first.out().contains("note: 'tiny' is a bundled scenario's id: imported as 'tiny-imported'"),
                first.out());

        Path imported = data.resolve("library/tiny-imported/v1/scenario.json");
        CliRun valid = CliRun.of("validate", imported.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().startsWith("ok: tiny-imported (Tiny town)"), valid.out());

        Path again = dir.resolve("again.zip");
        CliRun packed = CliRun.of("package", "tiny-imported", "--data", data.toString(), "--out", again.toString());
        assertEquals(0, packed.code(), packed.err());
        assertTrue(packed.out().startsWith("packaged tiny-imported@1 (Tiny town): 2 files"), packed.out());
        assertEquals(0, CliRun.of("package", "tiny-imported@1", "--data", data.toString(), "--out",
                dir.resolve("again-1.zip").toString()).code());

        CliRun second = CliRun.of("import", again.toString(), "--data", data.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("imported tiny-imported@1 (already present)", second.lines().get(0));
        CliRun third = CliRun.of("import", tinyZip.toString(), "--data", data.toString());
        assertEquals("imported tiny-imported@1 (already present)", third.lines().get(0), third.out() + third.err());
        assertEquals(1, new ScenarioLibrary(data).versions("tiny-imported").size());
    }

    @Test
    void runsComeAlongIntoTheLibrary() throws IOException {
        Path run = dir.resolve("tiny-seed7");
        assertEquals(0, CliRun.of("run", "tiny", "--until", "1h", "--quiet", "--out", run.toString()).code());
        Path zip = dir.resolve("with-run.zip");
        assertEquals(0, CliRun.of("package", "tiny", "--out", zip.toString(), "--runs", run.toString()).code());
        CliRun r = CliRun.of("import", zip.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().contains("runs: tiny-seed7"), r.out());
        assertEquals(Files.readString(run.resolve("events.jsonl")),
                Files.readString(data.resolve("library/tiny-imported/runs/tiny-seed7/events.jsonl")));
    }

    @Test
    void hostileAndBrokenPackagesAreRefused() throws IOException {
        Map<String, byte[]> valid = unzip(tinyZip);
        byte[] evil = "pwned".getBytes(StandardCharsets.UTF_8);
        String outside = dir.getParent().resolve(dir.getFileName() + "-evil.txt").toString();

        assertRefused(zip("slip.zip", relisted(valid, "../evil.txt", evil)), "entry '../evil.txt'",
                "leads outside the package");
        assertRefused(zip("abs.zip", relisted(valid, outside, evil)), "entry '" + outside + "'", "absolute path");
        assertRefused(zip("backslash.zip", relisted(valid, "..\\..\\evil.txt", evil)), "backslash");

        Map<String, byte[]> tampered = new LinkedHashMap<>(valid);
        tampered.put("scenario/dem.asc", new String(valid.get("scenario/dem.asc"), StandardCharsets.US_ASCII)
                .replace("100", "101").getBytes(StandardCharsets.US_ASCII));
        assertRefused(zip("tampered.zip", tampered), "entry 'scenario/dem.asc'", "SHA-256", "(damaged or altered)");

        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : valid.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
            }
            out.putNextEntry(new ZipEntry("runs/r/evil-zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 1 << 20, "64 MB of zeros in " + Files.size(bomb) + " bytes");
        assertRefused(bomb, "entry 'runs/r/evil-zeros.bin'", "ratio above 200:1");

        byte[] whole = Files.readAllBytes(tinyZip);
        assertRefused(Files.write(dir.resolve("corrupt.zip"), java.util.Arrays.copyOf(whole, whole.length - 30)),
                "corrupt.zip is not a zip file or is corrupt");
        assertRefused(Files.writeString(dir.resolve("notes.zip"), "meeting notes"), "not a zip file");

        assertFalse(Files.exists(Path.of(outside)));
        assertFalse(Files.exists(dir.getParent().resolve("evil.txt")), "nothing beside the test folder");
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains("evil")).toList());
        }
        assertEquals(List.of(), new ScenarioLibrary(data).listAll(), "nothing new in the library");
    }

    private void assertRefused(Path zip, String... reasons) {
        CliRun r = CliRun.of("import", zip.toString(), "--data", data.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("drillgrid import: " + zip + " refused: "), r.err());
        for (String reason : reasons) {
            assertTrue(r.err().contains(reason), () -> "'" + reason + "' not in " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals("", r.out());
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
            }
        }
        return zip;
    }

    /** The package plus one entry that its manifest lists with the right size and digest. */
    private static Map<String, byte[]> relisted(Map<String, byte[]> valid, String name, byte[] bytes) {
        String manifest = new String(valid.get("manifest.json"), StandardCharsets.UTF_8);
        String file = "{\"path\": \"" + name.replace("\\", "\\\\") + "\", \"bytes\": " + bytes.length
                + ", \"sha256\": \"" + sha256(bytes) + "\"}, ";
        Map<String, byte[]> out = new LinkedHashMap<>(valid);
        out.put("manifest.json", manifest.replaceFirst("\"files\" : \\[", "\"files\" : [" + file.replace("\\", "\\\\"))
                .getBytes(StandardCharsets.UTF_8));
        out.put(name, bytes);
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.drillgrid.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package that breaks a rule is refused with a message naming the entry and the reason, and leaves
 * nothing behind: no file outside the staging folder, nothing in the library, an empty staging folder.
 */
class PackageRefusalTest {

    private static final byte[] EVIL = "pwned".getBytes(StandardCharsets.UTF_8);

    /** The zips live two folders down, so that a climb of one or two '..' stays inside {@link #dir}. */
    @TempDir
    Path dir;

    private Path zips;
    private ScenarioLibrary library;
    private Map<String, byte[]> valid;

    @BeforeEach
    void aValidPackage() throws Exception {
        zips = Files.createDirectories(dir.resolve("a/b"));
        library = new ScenarioLibrary(dir.resolve("a/b/data"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path run = Files.createDirectories(dir.resolve("run1"));
        Files.writeString(run.resolve("summary.txt"), "ok\n");
        ExercisePackage.export(ScenarioSource.file(Fixtures.folder(dir.resolve("src"), "town")), List.of(run), "ana",
                out);
        valid = Zips.unzip(out.toByteArray());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        return Zips.zip(zips.resolve(name), entries);
    }

    /** The valid package plus one entry, listed in the manifest as if it belonged. */
    private Path with(String name, String entry, byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put(entry, bytes);
        return zip(name, Zips.relisted(entries));
    }

    private String refused(Path zip) throws Exception {
        PackageException e = assertThrows(PackageException.class,
                () -> ExercisePackage.importInto(zip, library, id -> false, "bo"));
        assertEquals(List.of(), library.listAll(), "nothing in the library");
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith("evil")).toList(),
                    "nothing written outside the staging folder");
        }
        Path staging = library.root().resolve(".staging");
        if (Files.isDirectory(staging)) {
            try (Stream<Path> left = Files.list(staging)) {
                assertEquals(List.of(), left.toList(), "the staging folder is cleaned up");
            }
        }
        return e.getMessage();
    }

    private void assertRefused(Path zip, String... fragments) throws Exception {
        String message = refused(zip);
        for (String f : fragments) {
            assertTrue(message.contains(f), () -> "'" + f + "' not in: " + message);
        }
    }

    @Test
    void aScenarioWithANullInItsSensorsIsRefusedByPath() throws Exception {
        // issue 20: such a package made POST /sessions answer 500 and left a session that never resumed
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                org.drillgrid.model.json.Json.mapper().readTree(valid.get("scenario/scenario.json"));
        doc.putObject("drill").putArray("sensors").addNull();
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("scenario/scenario.json", org.drillgrid.model.json.Json.mapper().writeValueAsBytes(doc));
        assertRefused(zip("null-sensor.zip", Zips.relisted(entries)), "scenario/scenario.json does not validate",
                "$.drill.sensors[0]: must not be null");
    }

    @Test
    void aManifestWithAnUnpairedSurrogateIsRefusedByPath() throws Exception {
        String manifest = new String(valid.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"createdBy\" : \"ana\"", "\"createdBy\" : \"ana\\ud800\"")
                .replace("\"createdBy\":\"ana\"", "\"createdBy\":\"ana\\ud800\"");
        org.junit.jupiter.api.Assumptions.assumeTrue(manifest.contains("\\ud800"), manifest);
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("surrogate.zip", entries), "manifest.json: $.createdBy: text holds an unpaired surrogate");
    }

    @Test
    void theValidPackageImports() throws Exception {
        assertEquals("town", ExercisePackage.importInto(zip("ok.zip", valid), library, id -> false, "bo").id());
    }

    @Test
    void entriesThatClimbOutAreRefused() throws Exception {
        assertRefused(with("slip.zip", "../evil.txt", EVIL), "entry '../evil.txt'", "leads outside the package");
        assertRefused(with("slip2.zip", "scenario/../../evil.txt", EVIL), "entry 'scenario/../../evil.txt'",
                "leads outside");
        assertRefused(zip("bare.zip", Map.of("../../evil.txt", EVIL)), "entry '../../evil.txt'", "leads outside");
    }

    @Test
    void absoluteDriveLetterBackslashAndNulNamesAreRefused() throws Exception {
        Path abs = dir.resolve("evil-absolute.txt");
        assertRefused(with("abs.zip", abs.toString(), EVIL), "entry '" + abs + "'", "is an absolute path");
        assertRefused(with("drive.zip", "C:/evil.txt", EVIL), "entry 'C:/evil.txt'", "drive letter");
        assertRefused(with("backslash.zip", "..\\evil.txt", EVIL), "entry '..\\evil.txt'", "backslash");
        assertRefused(with("nul.zip", "scenario/evil\0.txt", EVIL), "entry 'scenario/evil\\u0000.txt'", "NUL");
    }

    @Test
    void namesThatCollideAfterNormalisationAreRefused() throws Exception {
        assertRefused(with("dot.zip", "scenario/./grids/dem.asc", EVIL), "entry 'scenario/./grids/dem.asc'",
                "same path as entry 'scenario/grids/dem.asc'");
        assertRefused(with("case.zip", "scenario/GRIDS/dem.asc", EVIL), "same path as entry 'scenario/grids/dem.asc'");
    }

    @Test
    void symbolicLinkEntriesAreRefused() throws Exception {
        List<Zips.Raw> entries = new java.util.ArrayList<>();
        valid.forEach((name, bytes) -> entries.add(Zips.Raw.stored(name, bytes, Zips.REGULAR)));
        entries.add(Zips.Raw.stored("runs/run1/evil-link", "/etc/passwd".getBytes(StandardCharsets.UTF_8),
                Zips.SYMLINK));
        assertRefused(Zips.raw(zips.resolve("link.zip"), entries), "entry 'runs/run1/evil-link'", "symbolic link");
        entries.remove(entries.size() - 1);
        Zips.raw(zips.resolve("plain.zip"), entries);
        assertEquals("town", ExercisePackage.importInto(zips.resolve("plain.zip"), library, id -> false, "bo").id(),
                "the same zip without the link, written the same way, imports");
    }

    @Test
    void aThreeGigabyteBombIsRefusedBeforeItInflates() throws Exception {
        byte[] bomb = Zips.deflatedZeros(3 * 1024);
        assertTrue(bomb.length < 4 << 20, "3 GB of zeros in " + bomb.length + " bytes");
        List<Zips.Raw> entries = new java.util.ArrayList<>();
        valid.forEach((name, bytes) -> entries.add(Zips.Raw.stored(name, bytes, Zips.REGULAR)));
        entries.add(new Zips.Raw("runs/run1/evil-zeros.bin", 8, bomb, 3L << 30, Zips.REGULAR));
        assertRefused(Zips.raw(zips.resolve("bomb.zip"), entries), "entry 'runs/run1/evil-zeros.bin'",
                "ratio above 200:1");
    }

    @Test
    void aBombWhoseHeaderLiesIsStoppedByTheBytesActuallyInflated() throws Exception {
        byte[] bomb = Zips.deflatedZeros(64);
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("runs/run1/evil-zeros.bin", new byte[1000]);
        List<Zips.Raw> raw = new java.util.ArrayList<>();
        Zips.relisted(entries).forEach((name, bytes) -> raw.add(name.endsWith("evil-zeros.bin")
                ? new Zips.Raw(name, 8, bomb, 1000, Zips.REGULAR) : Zips.Raw.stored(name, bytes, Zips.REGULAR)));
        assertRefused(Zips.raw(zips.resolve("liar.zip"), raw), "entry 'runs/run1/evil-zeros.bin'",
                "inflates to more than the 1000 bytes its header gives");

        raw.set(raw.size() - 1, new Zips.Raw("runs/run1/evil-zeros.bin", 8, bomb, 0xffff_fff0L, Zips.REGULAR));
        assertRefused(Zips.raw(zips.resolve("big-liar.zip"), raw), "ratio above 200:1");
    }

    @Test
    void moreEntriesThanAllowedAreRefused() throws Exception {
        Path zip = zips.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i <= ExercisePackage.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("runs/r/" + i));
                out.closeEntry();
            }
        }
        assertRefused(zip, "10001 entries, more than a package may have (10000)");
    }

    @Test
    void aPackageOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path big = zips.resolve("big.zip");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ExercisePackage.MAX_PACKAGE_BYTES + 1); // sparse: no disk used
        }
        assertRefused(big, "big.zip is 1073741825 bytes, more than a package may be");
    }

    @Test
    void corruptAndNonZipFilesAreRefused() throws Exception {
        assertRefused(Files.writeString(zips.resolve("text.zip"), "not a zip at all"), "text.zip is not a zip file");
        byte[] whole = Files.readAllBytes(zip("whole.zip", valid));
        Path half = Files.write(zips.resolve("half.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(half, "half.zip is not a zip file or is corrupt");
        assertRefused(zips.resolve("missing.zip"), "no such file");
    }

    @Test
    void theManifestMustListExactlyTheFilesWithTheirDigests() throws Exception {
        Map<String, byte[]> tampered = new LinkedHashMap<>(valid);
        tampered.put("runs/run1/summary.txt", "altered\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("hash.zip", tampered), "entry 'runs/run1/summary.txt'", "manifest.json says");

        Map<String, byte[]> sameSize = new LinkedHashMap<>(valid);
        sameSize.put("runs/run1/summary.txt", "no\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("same-size.zip", sameSize), "entry 'runs/run1/summary.txt'", "has SHA-256",
                "(damaged or altered)");

        Map<String, byte[]> extra = new LinkedHashMap<>(valid);
        extra.put("runs/run1/evil.txt", EVIL);
        assertRefused(zip("unlisted.zip", extra), "entry 'runs/run1/evil.txt'", "is not listed in manifest.json");

        Map<String, byte[]> missing = new LinkedHashMap<>(valid);
        missing.remove("scenario/grids/dem.asc");
        assertRefused(zip("missing-file.zip", missing), "entry 'scenario/grids/dem.asc'",
                "listed in manifest.json but missing");
    }

    @Test
    void aPackageWithoutManifestOrScenarioIsRefused() throws Exception {
        Map<String, byte[]> noManifest = new LinkedHashMap<>(valid);
        noManifest.remove("manifest.json");
        assertRefused(zip("no-manifest.zip", noManifest), "has no manifest.json");

        Map<String, byte[]> noScenario = new LinkedHashMap<>(valid);
        noScenario.remove("scenario/scenario.json");
        assertRefused(zip("no-scenario.zip", Zips.relisted(noScenario)), "has no scenario/scenario.json");

        Map<String, byte[]> elsewhere = new LinkedHashMap<>(valid);
        elsewhere.put("other/evil.txt", EVIL);
        assertRefused(zip("elsewhere.zip", Zips.relisted(elsewhere)), "entry 'other/evil.txt'",
                "neither under scenario/ nor under runs/");
    }

    @Test
    void aNewerManifestFormatIsRefused() throws Exception {
        Map<String, byte[]> newer = new LinkedHashMap<>(valid);
        newer.put("manifest.json", new String(valid.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"format\" : 1", "\"format\" : 2").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("newer.zip", newer), "manifest.json: format 2 is newer than this Drillgrid reads (1)");
        assertThrows(PackageException.class, () -> ExercisePackage.readManifest(zips.resolve("newer.zip")));
    }

    @Test
    void aScenarioThatDoesNotValidateIsRefusedWithItsViolations() throws Exception {
        Map<String, byte[]> invalid = new LinkedHashMap<>(valid);
        invalid.put("scenario/scenario.json", new String(valid.get("scenario/scenario.json"), StandardCharsets.UTF_8)
                .replace("\"6h\"", "\"6 hours\"").replace("\"seed\": 3", "\"seed\": 3, \"colour\": 1")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("invalid.zip", Zips.relisted(invalid)), "scenario/scenario.json does not validate",
                "$.duration: '6 hours'", "$.colour: unknown field");
    }

    @Test
    void runsMustBeListedAndNamedSafely() throws Exception {
        Map<String, byte[]> unlistedRun = new LinkedHashMap<>(valid);
        unlistedRun.put("runs/other/evil.txt", EVIL);
        assertRefused(zip("unlisted-run.zip", Zips.relisted(unlistedRun)), "entry 'runs/other/evil.txt'",
                "not in a run folder that manifest.json lists");
        assertFalse(Files.exists(library.root().resolve("town")));
    }
}

package org.drillgrid.model.library;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * Writes an exercise package: {@code manifest.json} first, then the scenario document as it is on its
 * source (byte for byte), the files its layer specs reference, and the regular files of each run folder
 * (and of its direct subfolders, such as {@code grids/}). Files are read twice, once for the manifest's
 * digests and once into the zip; a file that changes in between is an error, never a wrong manifest.
 */
final class PackageWriter {

    /** A file to pack: its path in the zip and how to open it. */
    private record Item(String path, Opener opener) {
    }

    private interface Opener {
        InputStream open() throws IOException, ScenarioSource.OutsideFolderException;
    }

    private PackageWriter() {
    }

    static ExercisePackage.Manifest write(ScenarioSource source, List<Path> runDirs, String createdBy,
            OutputStream out) throws ScenarioException, IOException {
        Scenario doc = ScenarioLoader.load(source).scenario();
        List<Item> items = new ArrayList<>();
        items.add(new Item(PackageReader.DOCUMENT, source::openDocument));
        for (String file : ScenarioLibrary.referencedFiles(doc)) {
            items.add(new Item(PackageReader.SCENARIO + file, () -> source.openRelative(file)));
        }
        Map<String, Path> runs = runNames(runDirs);
        for (Map.Entry<String, Path> run : runs.entrySet()) {
            items.addAll(runFiles(run.getKey(), run.getValue()));
        }
        if (items.size() + 1 > ExercisePackage.MAX_ENTRIES) {
            throw new IllegalArgumentException(items.size() + " files are more than a package may hold ("
                    + (ExercisePackage.MAX_ENTRIES - 1) + ")");
        }
        List<PackageManifest.FileRef> refs = new ArrayList<>();
        long total = 0;
        for (Item item : items) {
            PackageManifest.FileRef ref = digest(item, OutputStream.nullOutputStream());
            refs.add(ref);
            total += ref.bytes();
        }
        if (total > ExercisePackage.MAX_UNCOMPRESSED_BYTES) {
            throw new IllegalArgumentException("the files come to " + total + " bytes, more than a package may hold ("
                    + ExercisePackage.MAX_UNCOMPRESSED_BYTES + ")");
        }
        int version = source instanceof LibrarySource l ? l.version() : 0;
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, PackageManifest.KIND,
                new PackageManifest.ScenarioRef(doc.id(), version, doc.nameOrId()), created.toString(), createdBy,
                refs, List.copyOf(runs.keySet()));
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller's stream stays open
            }
        });
        zip.putNextEntry(entry(PackageManifest.NAME, created));
        zip.write(manifest.toJson());
        zip.closeEntry();
        for (int i = 0; i < items.size(); i++) {
            zip.putNextEntry(entry(items.get(i).path(), created));
            if (!digest(items.get(i), zip).equals(refs.get(i))) {
                throw new IOException(items.get(i).path() + " changed while it was being packed");
            }
            zip.closeEntry();
        }
        zip.close();
        return manifest.summary();
    }

    /** Run folders by the name they get in the package: their own, with -2, -3 ... when two share one. */
    private static Map<String, Path> runNames(List<Path> runDirs) {
        Map<String, Path> runs = new LinkedHashMap<>();
        for (Path dir : runDirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("run folder " + dir + " is not a folder");
            }
            String name = String.valueOf(dir.toAbsolutePath().normalize().getFileName());
            if (!PackageReader.RUN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("run folder " + dir + ": its name must be letters, digits, '.', "
                        + "'-' and '_'");
            }
            String unique = name;
            for (int i = 2; runs.containsKey(unique); i++) {
                unique = name + "-" + i;
            }
            runs.put(unique, dir);
        }
        return runs;
    }

    /** The regular files of a run folder and its direct subfolders; symbolic links are not followed. */
    private static List<Item> runFiles(String name, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("run folder " + dir + " holds no files");
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            String path = PackageReader.RUNS + name + "/" + dir.relativize(f).toString().replace('\\', '/');
            try {
                PackageReader.checkName(path, "run file");
            } catch (PackageException e) {
                throw new IllegalArgumentException(e.getMessage() + " (" + f + ")");
            }
            items.add(new Item(path, () -> Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)));
        }
        return items;
    }

    private static PackageManifest.FileRef digest(Item item, OutputStream sink) throws IOException {
        MessageDigest digest = Sha256.digest();
        long n = 0;
        try (InputStream in = item.opener().open()) {
            byte[] buf = new byte[64 * 1024];
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                digest.update(buf, 0, r);
                sink.write(buf, 0, r);
                n += r;
            }
        } catch (ScenarioSource.OutsideFolderException e) {
            throw new IllegalStateException("a loaded scenario references " + item.path(), e);
        }
        return new PackageManifest.FileRef(item.path(), n, Sha256.hex(digest));
    }

    private static ZipEntry entry(String path, Instant created) {
        ZipEntry e = new ZipEntry(path);
        e.setTime(created.toEpochMilli());
        return e;
    }
}

package org.drillgrid.model.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drillgrid.model.json.Json;

/**
 * The library's files: {@code <id>/v<N>/} version folders with their {@code version.json}, the
 * {@code deleted.json} marker and {@code <id>/runs/}. Numbers are taken under this object's lock, and a
 * staged folder becomes a version in one atomic rename that fails when another process took the number
 * first (a version folder is never empty, and renaming onto a non-empty folder fails).
 */
final class VersionFolders {

    static final String VERSION_FILE = "version.json";
    static final String DELETED_FILE = "deleted.json";
    private static final String RUNS = "runs";
    private static final Pattern VERSION_FOLDER = Pattern.compile("v([1-9][0-9]{0,8})");
    private static final int MAX_ATTEMPTS = 1000;

    /** {@code version.json}. */
    record VersionFile(int version, String saved, String savedBy, String comment, String sha256) {
    }

    /** {@code deleted.json}: who hid the scenario, and when. */
    record DeletedFile(String by, String at) {
    }

    private final Path root;

    VersionFolders(Path root) {
        this.root = root;
    }

    Path folder(String id, int version) {
        return root.resolve(id).resolve("v" + version);
    }

    /** The numbers of the version folders of {@code id}, ascending. */
    List<Integer> numbers(String id) {
        Path dir = root.resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(dir)) {
            return dirs.map(p -> VERSION_FOLDER.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the versions in " + dir, e);
        }
    }

    /** The record of a version, or null when the folder has none (not a complete version). */
    VersionFile record(String id, int version) {
        Path file = folder(id, version).resolve(VERSION_FILE);
        return Files.isRegularFile(file) ? read(file, VersionFile.class) : null;
    }

    /** Moves a staged folder into place as the next version of {@code id}; returns its number. */
    int commit(String id, Path staged, String user, String comment, String sha256) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        synchronized (this) {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                int n = numbers(id).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                Files.write(staged.resolve(VERSION_FILE), json(new VersionFile(n, now(), user, comment, sha256)));
                Path target = dir.resolve("v" + n);
                try {
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                    Files.deleteIfExists(dir.resolve(DELETED_FILE));
                    return n;
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    // another process saved v<n> first: take the next number
                } catch (FileSystemException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
            }
        }
        throw new IOException("no free version number for " + id + " after " + MAX_ATTEMPTS + " attempts");
    }

    boolean deleted(String id) {
        return Files.exists(root.resolve(id).resolve(DELETED_FILE));
    }

    void markDeleted(String id, String user) throws IOException {
        Path dir = root.resolve(id);
        Path temp = Files.createTempFile(dir, DELETED_FILE, ".tmp");
        Files.write(temp, json(new DeletedFile(user, now())));
        Files.move(temp, dir.resolve(DELETED_FILE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    void unmarkDeleted(String id) throws IOException {
        Files.deleteIfExists(root.resolve(id).resolve(DELETED_FILE));
    }

    Path runs(String id) {
        return root.resolve(id).resolve(RUNS);
    }

    /**
     * Moves a run folder under {@code <id>/runs/} as {@code name}, or {@code name-2}, {@code name-3} ...
     * when that is taken. Returns where it went.
     */
    synchronized Path addRun(String id, String name, Path from) throws IOException {
        Path runs = Files.createDirectories(runs(id));
        for (int i = 1; i < MAX_ATTEMPTS; i++) {
            Path target = runs.resolve(i == 1 ? name : name + "-" + i);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // taken meanwhile: try the next suffix
            }
        }
        throw new IOException("no free name for run " + name + " of " + id);
    }

    /** Whether two folders hold the same regular files (relative paths and bytes), {@code version.json} aside. */
    static boolean sameFiles(Path a, Path b) throws IOException {
        return digests(a).equals(digests(b));
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(VERSION_FILE)) {
                    out.put(rel, Sha256.of(f));
                }
            }
        }
        return out;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static byte[] json(Object value) throws IOException {
        return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode readTree(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        try {
            return Json.mapper().readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

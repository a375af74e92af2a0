package org.drillgrid.model.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * An exercise package opened for reading, with every check that does not need the scenario: size and
 * entry limits, entry names (no absolute paths, drive letters, backslashes, NULs, climbs out with
 * {@code ..}, duplicates after normalisation, symbolic links), the manifest, and on extraction the
 * bytes actually inflated (total, per-entry ratio, and never more than the entry's header claims) and
 * each file's size and SHA-256 against the manifest.
 */
final class PackageReader implements AutoCloseable {

    static final String SCENARIO = "scenario/";
    static final String DOCUMENT = SCENARIO + ScenarioLibrary.DOCUMENT;
    static final String RUNS = "runs/";
    private static final long ONE_MB = 1L << 20;
    private static final int MAX_MANIFEST_BYTES = 16 << 20;
    /** A run folder's name: one path segment, safe on every file system. */
    static final java.util.regex.Pattern RUN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String name;
    private final ZipFile zip;
    /** File entries by normalised path, in zip order; folder entries are checked and left out. */
    private final Map<String, ZipEntry> files;
    private long inflated;

    private PackageReader(String name, ZipFile zip, Map<String, ZipEntry> files) {
        this.name = name;
        this.zip = zip;
        this.files = files;
    }

    static PackageReader open(Path path) throws PackageException, IOException {
        String name = String.valueOf(path.getFileName());
        if (!Files.isRegularFile(path)) {
            throw new PackageException(path + ": no such file");
        }
        if (Files.size(path) > ExercisePackage.MAX_PACKAGE_BYTES) {
            throw new PackageException(name + " is " + Files.size(path) + " bytes, more than a package may be ("
                    + ExercisePackage.MAX_PACKAGE_BYTES + ")");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new PackageException(name + " is not a zip file or is corrupt: " + e.getMessage());
        }
        try {
            if (zip.size() > ExercisePackage.MAX_ENTRIES) {
                throw new PackageException(name + " has " + zip.size() + " entries, more than a package may have ("
                        + ExercisePackage.MAX_ENTRIES + ")");
            }
            List<String> links = CentralDirectory.symbolicLinks(path);
            if (!links.isEmpty()) {
                throw refuse(links.get(0), "is a symbolic link; a package holds regular files only");
            }
            return new PackageReader(name, zip, entries(zip));
        } catch (PackageException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) throws PackageException {
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        Map<String, String> folded = new HashMap<>();
        int count = 0;
        long claimed = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            ZipEntry e = en.nextElement();
            if (++count > ExercisePackage.MAX_ENTRIES) {
                throw new PackageException("more than " + ExercisePackage.MAX_ENTRIES + " entries");
            }
            String path = checkName(e.getName(), "entry");
            // case folded too: on Windows and macOS the two would be one file
            String other = folded.putIfAbsent(path.toLowerCase(Locale.ROOT) + (e.isDirectory() ? "/" : ""),
                    e.getName());
            if (other != null) {
                throw refuse(e.getName(), "is the same path as entry '" + other + "' (" + path + ")");
            }
            if (!e.isDirectory()) {
                claimed = Math.addExact(claimed, Math.max(0, e.getSize()));
                checkClaims(e, claimed);
                files.put(path, e);
            }
        }
        return files;
    }

    /**
     * Refuses at once what the headers admit to: an entry whose sizes give a ratio above the limit, or
     * entries that claim more than the package may hold. Headers may lie; {@link #copy} counts what
     * actually inflates.
     */
    private static void checkClaims(ZipEntry e, long claimedSoFar) throws PackageException {
        long compressed = Math.max(1, e.getCompressedSize());
        if (e.getSize() > ONE_MB && e.getSize() / compressed > ExercisePackage.MAX_RATIO) {
            throw refuse(e.getName(), "would inflate " + compressed + " bytes to " + e.getSize() + ", a ratio above "
                    + ExercisePackage.MAX_RATIO + ":1 (a zip bomb?)");
        }
        if (claimedSoFar > ExercisePackage.MAX_UNCOMPRESSED_BYTES) {
            throw refuse(e.getName(), "brings the package to more than " + ExercisePackage.MAX_UNCOMPRESSED_BYTES
                    + " bytes inflated, more than a package may hold");
        }
    }

    /** The normalised path of an entry name, or a refusal saying what is wrong with it. */
    static String checkName(String entry, String what) throws PackageException {
        String reason = null;
        if (entry.indexOf('\0') >= 0) {
            reason = "contains a NUL character";
        } else if (entry.indexOf('\\') >= 0) {
            reason = "contains a backslash (zip paths use '/')";
        } else if (entry.startsWith("/")) {
            reason = "is an absolute path";
        } else if (entry.matches("[A-Za-z]:.*")) {
            reason = "starts with a drive letter";
        } else if (entry.indexOf(':') >= 0) {
            reason = "contains ':'";
        }
        if (reason == null) {
            try {
                return ScenarioSource.normalise(entry);
            } catch (ScenarioSource.OutsideFolderException e) {
                reason = entry.contains("..") ? "leads outside the package ('..' climbs above its top folder)"
                        : "names no file";
            }
        }
        throw new PackageException(what + " '" + printable(entry) + "': " + reason);
    }

    /** The manifest, read and checked. */
    PackageManifest manifest() throws PackageException, IOException {
        ZipEntry entry = files.get(PackageManifest.NAME);
        if (entry == null) {
            throw new PackageException(name + " has no " + PackageManifest.NAME + ": not an exercise package");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy(PackageManifest.NAME, entry, bytes, MAX_MANIFEST_BYTES);
        return PackageManifest.read(bytes.toByteArray());
    }

    /**
     * Checks that the manifest lists exactly the files of the package, laid out as {@code scenario/...}
     * and {@code runs/<name>/...}, then extracts every file into {@code dir} (an empty folder), checking
     * its size and SHA-256.
     */
    void extract(PackageManifest manifest, Path dir) throws PackageException, IOException {
        Map<String, PackageManifest.FileRef> listed = listed(manifest);
        Path root = dir.toRealPath();
        for (Map.Entry<String, PackageManifest.FileRef> f : listed.entrySet()) {
            extractOne(f.getKey(), f.getValue(), root);
        }
    }

    private Map<String, PackageManifest.FileRef> listed(PackageManifest manifest) throws PackageException {
        Set<String> runs = new LinkedHashSet<>();
        for (String run : manifest.runsOrEmpty()) {
            if (!RUN_NAME.matcher(run).matches() || !runs.add(run)) {
                throw new PackageException(PackageManifest.NAME + ": run name '" + printable(run)
                        + "' is not a folder name (letters, digits, '.', '-', '_') or is listed twice");
            }
        }
        Map<String, PackageManifest.FileRef> listed = new LinkedHashMap<>();
        Set<String> runsWithFiles = new LinkedHashSet<>();
        for (PackageManifest.FileRef f : manifest.files()) {
            String path = checkName(f.path(), PackageManifest.NAME + " lists");
            if (listed.put(path, f) != null || path.equals(PackageManifest.NAME)) {
                throw new PackageException(PackageManifest.NAME + " lists '" + path + "' twice");
            }
            if (!files.containsKey(path)) {
                throw refuse(f.path(), "is listed in " + PackageManifest.NAME + " but missing from the package");
            }
            runsWithFiles.add(place(path, runs));
        }
        for (String path : files.keySet()) {
            if (!path.equals(PackageManifest.NAME) && !listed.containsKey(path)) {
                throw refuse(path, "is not listed in " + PackageManifest.NAME);
            }
        }
        if (!listed.containsKey(DOCUMENT)) {
            throw new PackageException(name + " has no " + DOCUMENT);
        }
        for (String run : runs) {
            if (!runsWithFiles.contains(run)) {
                throw new PackageException(PackageManifest.NAME + ": run '" + run + "' has no files in the package");
            }
        }
        return listed;
    }

    /** The run a path belongs to, or "" for the scenario's files; a refusal for anything else. */
    private static String place(String path, Set<String> runs) throws PackageException {
        if (path.startsWith(SCENARIO)) {
            return "";
        }
        if (path.startsWith(RUNS)) {
            int slash = path.indexOf('/', RUNS.length());
            String run = slash < 0 ? "" : path.substring(RUNS.length(), slash);
            if (slash > 0 && runs.contains(run)) {
                return run;
            }
            throw refuse(path, "is not in a run folder that " + PackageManifest.NAME + " lists under runs");
        }
        throw refuse(path, "is neither under scenario/ nor under runs/");
    }

    private void extractOne(String path, PackageManifest.FileRef ref, Path root) throws PackageException, IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw refuse(path, "resolves outside the staging folder");
        }
        String sha256;
        try {
            Files.createDirectories(target.getParent());
            if (!target.getParent().toRealPath().startsWith(root)) {
                throw refuse(path, "resolves outside the staging folder");
            }
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                sha256 = copy(path, files.get(path), out, Long.MAX_VALUE);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw refuse(path, "clashes with another entry (a file where a folder is, or the reverse)");
        }
        long size = Files.size(target);
        if (size != ref.bytes()) {
            throw refuse(path, "has " + size + " bytes, " + PackageManifest.NAME + " says " + ref.bytes());
        }
        if (!sha256.equals(ref.sha256())) {
            throw refuse(path, "has SHA-256 " + sha256 + ", " + PackageManifest.NAME + " says " + ref.sha256()
                    + " (damaged or altered)");
        }
    }

    /**
     * Inflates an entry into {@code out}, stopping as soon as a limit is passed: the package total, the
     * entry's header size, {@code limit}, or the ratio to the entry's compressed size. Returns the SHA-256.
     */
    private String copy(String path, ZipEntry entry, OutputStream out, long limit)
            throws PackageException, IOException {
        long claimed = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        MessageDigest digest = Sha256.digest();
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                n += r;
                inflated += r;
                if (claimed >= 0 && n > claimed) {
                    throw refuse(path, "inflates to more than the " + claimed + " bytes its header gives");
                }
                if (n > limit) {
                    throw refuse(path, "is larger than " + limit + " bytes");
                }
                if (n > ONE_MB && n / compressed > ExercisePackage.MAX_RATIO) {
                    throw refuse(path, "inflates " + compressed + " bytes to more than " + n + ", a ratio above "
                            + ExercisePackage.MAX_RATIO + ":1 (a zip bomb?)");
                }
                if (inflated > ExercisePackage.MAX_UNCOMPRESSED_BYTES) {
                    throw new PackageException(name + " inflates to more than "
                            + ExercisePackage.MAX_UNCOMPRESSED_BYTES + " bytes, more than a package may hold");
                }
                digest.update(buf, 0, r);
                out.write(buf, 0, r);
            }
        } catch (ZipException e) {
            throw refuse(path, "is corrupt: " + e.getMessage());
        }
        return Sha256.hex(digest);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static PackageException refuse(String entry, String reason) {
        return new PackageException("entry '" + printable(entry) + "': " + reason);
    }

    /** A name as it can be printed on one line: control characters as \\uXXXX. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}

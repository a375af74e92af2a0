package org.drillgrid.ui.web;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's data folder private: it holds the database with the password hashes, the API's admin
 * token and every exercise. Folders become 0700 and files 0600, from the folder itself down; a folder
 * others cannot enter also guards files made later with a looser umask (the launcher sets umask 077).
 * Symbolic links are not followed. On a file system without POSIX permissions this is said once in the log.
 */
public final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** Creates {@code dir} if needed and makes it and everything in it owner-only. */
    public static void makePrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            LOG.warn("{}: the file system has no POSIX permissions; keep this folder private by other means", dir);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(d, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.setPosixFilePermissions(f, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes a secret file readable by the owner only: made 0600 before the secret is written into it. */
    public static void writeSecret(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            LOG.warn("cannot restrict the permissions of {}", file);
        }
        Files.writeString(file, text);
    }
}

package org.drillgrid.model.library;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A fresh folder under {@code <library>/.staging/} where a version or a package is put together before
 * it is moved into place; closing deletes whatever is still in it. Being on the library's own file
 * system is what makes the final move atomic.
 */
final class StagingFolder implements AutoCloseable {

    private final Path path;

    private StagingFolder(Path path) {
        this.path = path;
    }

    static StagingFolder under(Path libraryRoot, String prefix) throws IOException {
        Path staging = Files.createDirectories(libraryRoot.resolve(ScenarioLibrary.STAGING));
        return new StagingFolder(Files.createTempDirectory(staging, prefix + "-").toRealPath());
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        deleteTree(path);
    }

    /** Deletes a folder and everything in it, symbolic links as links (never what they point to). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone: what closing wants
        }
    }
}

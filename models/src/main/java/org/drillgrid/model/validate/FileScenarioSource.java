package org.drillgrid.model.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A scenario document on disk; referenced files live in its folder (symbolic links may not lead out). */
final class FileScenarioSource implements ScenarioSource {

    private final Path document;

    FileScenarioSource(Path document) {
        this.document = document.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return document.toString();
    }

    @Override
    public String documentName() {
        return document.getFileName().toString();
    }

    @Override
    public InputStream openDocument() throws IOException {
        if (Files.isDirectory(document)) {
            throw new NoSuchFileException(document + " is a folder, not a scenario file");
        }
        if (Files.exists(document) && !Files.isRegularFile(document)) {
            // a FIFO or a device would block the read, or never end it
            throw new java.nio.file.FileSystemException(document.toString(), null,
                    "not a regular file (a pipe, device or socket); a scenario is a file");
        }
        return Files.newInputStream(document);
    }

    @Override
    public InputStream openRelative(String relative) throws IOException, OutsideFolderException {
        Path folder = document.getParent();
        Path target = folder.resolve(ScenarioSource.normalise(relative));
        if (!Files.isRegularFile(target)) {
            throw new NoSuchFileException(relative);
        }
        if (!target.toRealPath().startsWith(folder.toRealPath())) {
            throw new OutsideFolderException(relative);
        }
        return Files.newInputStream(target);
    }
}

package org.drillgrid.model.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * One version of a library scenario: its {@code scenario.json} on disk, read like any file source (so
 * {@link #describe()} is the file's path, which replaying a run resolves again), plus which id and
 * version it is, for packages.
 */
final class LibrarySource implements ScenarioSource {

    private final String id;
    private final int version;
    private final ScenarioSource file;

    LibrarySource(String id, int version, Path document) {
        this.id = id;
        this.version = version;
        this.file = ScenarioSource.file(document);
    }

    String id() {
        return id;
    }

    int version() {
        return version;
    }

    @Override
    public String describe() {
        return file.describe();
    }

    @Override
    public String documentName() {
        return file.documentName();
    }

    @Override
    public InputStream openDocument() throws IOException {
        return file.openDocument();
    }

    @Override
    public InputStream openRelative(String relative) throws IOException, OutsideFolderException {
        return file.openRelative(relative);
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}

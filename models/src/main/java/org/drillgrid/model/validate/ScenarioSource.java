package org.drillgrid.model.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where a scenario document and the files it references come from: a file on disk, or a resource
 * bundled on the classpath. Referenced files resolve relative to the document's folder and may not
 * leave it.
 */
public interface ScenarioSource {

    /** How to name this source in messages: a path, or {@code bundled:<id>}. */
    String describe();

    /** The document's own file name, e.g. {@code scenario.json}. */
    String documentName();

    /** Opens the document; {@link java.nio.file.NoSuchFileException} when it does not exist. */
    InputStream openDocument() throws IOException;

    /**
     * Opens a file named relative to the document's folder.
     *
     * @throws OutsideFolderException when the name is absolute or leads out of the folder
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    InputStream openRelative(String relative) throws IOException, OutsideFolderException;

    static ScenarioSource file(Path document) {
        return new FileScenarioSource(document);
    }

    static ScenarioSource bundled(String id, ClassLoader loader, String resource) {
        return new BundledScenarioSource(id, loader, resource);
    }

    /** A referenced path that is absolute or climbs out of the scenario's folder. */
    final class OutsideFolderException extends Exception {
        private static final long serialVersionUID = 1L;

        public OutsideFolderException(String relative) {
            super(relative + " resolves outside the scenario's folder (use a path relative to the scenario file, "
                    + "without leaving its folder)");
        }
    }

    /**
     * Normalises a relative path with '/' separators: '.' segments dropped, '..' applied.
     *
     * @throws OutsideFolderException for absolute paths, drive letters, backslashes or a climb above the folder
     */
    static String normalise(String relative) throws OutsideFolderException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains(":")
                || relative.indexOf('\0') >= 0) {
            throw new OutsideFolderException(relative);
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : relative.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    throw new OutsideFolderException(relative);
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        if (parts.isEmpty()) {
            throw new OutsideFolderException(relative);
        }
        return String.join("/", parts);
    }
}

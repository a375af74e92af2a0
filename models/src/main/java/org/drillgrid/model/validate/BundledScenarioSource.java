package org.drillgrid.model.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** A scenario shipped as classpath resources under {@code scenarios/<id>/}. */
final class BundledScenarioSource implements ScenarioSource {

    private final String id;
    private final ClassLoader loader;
    private final String resource;

    BundledScenarioSource(String id, ClassLoader loader, String resource) {
        this.id = id;
        this.loader = loader;
        this.resource = resource;
    }

    @Override
    public String describe() {
        return "bundled:" + id;
    }

    @Override
    public String documentName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream openDocument() throws IOException {
        return open(resource);
    }

    @Override
    public InputStream openRelative(String relative) throws IOException, OutsideFolderException {
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        return open(folder + ScenarioSource.normalise(relative));
    }

    private InputStream open(String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new NoSuchFileException(name);
        }
        return in;
    }
}

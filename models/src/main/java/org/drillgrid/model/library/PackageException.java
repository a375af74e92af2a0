package org.drillgrid.model.library;

/** An exercise package that is refused: the message names the entry (or the package) and the reason. */
public final class PackageException extends Exception {

    private static final long serialVersionUID = 1L;

    public PackageException(String message) {
        super(message);
    }
}

package org.drillgrid.engine.report;

/** A run folder's file is missing or unreadable; the message names the file and, where known, the line or field. */
public final class RunFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunFolderException(String message) {
        super(message);
    }

    public RunFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}

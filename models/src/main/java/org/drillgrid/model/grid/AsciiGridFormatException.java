package org.drillgrid.model.grid;

/** An ESRI ASCII grid that cannot be read; the message names the line and what is wrong. */
public class AsciiGridFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public AsciiGridFormatException(String message) {
        super(message);
    }
}

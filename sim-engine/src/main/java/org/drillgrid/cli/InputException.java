package org.drillgrid.cli;

/** Bad input from the user: printed as one line on stderr, exit code 2, never a stack trace. */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}

package org.drillgrid.model.json;

/**
 * One thing wrong with an input document: a JSON path such as {@code $.forces.teams[3].size} (or
 * {@code $} for the document as a whole) and what is wrong there, printed as {@code <path>: <message>}.
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

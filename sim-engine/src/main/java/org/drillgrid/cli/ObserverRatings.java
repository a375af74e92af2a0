package org.drillgrid.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.drill.ObserverRating;
import com.fasterxml.jackson.databind.JsonNode;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.JsonLines;
import org.drillgrid.model.json.TextChecks;
import org.drillgrid.model.json.Violation;

/** Reads observer ratings, one JSON object per line; a bad line is an {@link InputException} naming it. */
final class ObserverRatings {

    private ObserverRatings() {
    }

    /** A rating is a few fields and a note: longer lines are refused unread. */
    static final int MAX_CHARS = 64 * 1024;

    static List<ObserverRating> read(Path file) throws IOException {
        List<ObserverRating> out = new ArrayList<>();
        try (JsonLines lines = JsonLines.open(file, MAX_CHARS)) {
            String line;
            while ((line = next(lines, file)) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                out.add(parse(s, file.getFileName() + " line " + lines.number()));
            }
        }
        return out;
    }

    private static String next(JsonLines lines, Path file) throws IOException {
        try {
            return lines.next();
        } catch (JsonLines.LineException e) {
            throw new InputException(file.getFileName() + " line " + e.line() + ": " + e.getMessage());
        }
    }

    private static ObserverRating parse(String s, String where) {
        try {
            JsonNode tree = Json.mapper().readTree(s);
            List<Violation> bad = tree == null ? List.of() : TextChecks.problems(tree);
            if (!bad.isEmpty()) {
                throw new InputException(where + ": " + bad.get(0));
            }
            ObserverRating r = tree == null ? null : Json.mapper().treeToValue(tree, ObserverRating.class);
            if (r == null || r.objective() == null || r.rating() == null) {
                throw new InputException(where + ": objective and rating (P, S, M or U) are required");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw new InputException(where + ": " + e.getOriginalMessage());
        }
    }
}

package org.drillgrid.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.json.Json;

/** Reads observer ratings, one JSON object per line; a bad line is an {@link InputException} naming it. */
final class ObserverRatings {

    private ObserverRatings() {
    }

    static List<ObserverRating> read(Path file) throws IOException {
        List<ObserverRating> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                ObserverRating r = Json.mapper().readValue(s, ObserverRating.class);
                if (r == null || r.objective() == null || r.rating() == null) {
                    throw new InputException(file.getFileName() + " line " + (i + 1)
                            + ": objective and rating (P, S, M or U) are required");
                }
                out.add(r);
            } catch (JsonProcessingException e) {
                throw new InputException(file.getFileName() + " line " + (i + 1) + ": " + e.getOriginalMessage());
            }
        }
        return out;
    }
}

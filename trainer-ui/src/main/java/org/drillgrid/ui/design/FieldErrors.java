package org.drillgrid.ui.design;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.json.Violation;

/**
 * Ties the validator's messages to the fields they are about: each field is bound to a JSON path, and
 * shows the first violation at that path or below it (so {@code $.drill.injects[2]} also shows
 * {@code $.drill.injects[2].at}); the others are cleared.
 */
final class FieldErrors {

    private final Map<HasValidation, String> fields = new LinkedHashMap<>();

    void bind(HasValidation field, String path) {
        fields.put(field, path);
    }

    void clear() {
        fields.keySet().forEach(f -> f.setInvalid(false));
        fields.clear();
    }

    void show(List<Violation> problems) {
        fields.forEach((field, path) -> {
            Violation v = problems.stream().filter(p -> covers(path, p.path())).findFirst().orElse(null);
            if (v == null) {
                field.setInvalid(false);
            } else {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            }
        });
    }

    static boolean covers(String path, String problem) {
        return problem.equals(path) || problem.startsWith(path + ".") || problem.startsWith(path + "[");
    }
}

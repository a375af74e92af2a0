package org.drillgrid.model.validate;

import java.util.List;
import java.util.stream.Collectors;
import org.drillgrid.model.json.Violation;

/** A scenario that cannot be used, with every violation found (one per line in the message). */
public class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Violation> violations;

    public ScenarioException(String source, List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    public String source() {
        return source;
    }

    public List<Violation> violations() {
        return violations;
    }
}

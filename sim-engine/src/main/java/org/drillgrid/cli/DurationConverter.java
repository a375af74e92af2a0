package org.drillgrid.cli;

import org.drillgrid.model.scenario.SimDuration;
import picocli.CommandLine;

/** Command-line durations: {@code 6h}, {@code 45m}, {@code 90s}, {@code 3d} or plain seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<SimDuration> {

    @Override
    public SimDuration convert(String value) {
        return SimDuration.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration (" + SimDuration.EXPECTED + ")"));
    }
}

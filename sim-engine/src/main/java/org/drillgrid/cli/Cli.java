package org.drillgrid.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.validate.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code drillgrid} command line: {@code list}, {@code validate}, {@code run}, {@code package},
 * {@code import} and more, plus subcommands that other modules add (the web app adds {@code serve}).
 * Exit codes: 0 ok, 2 invalid input (message on stderr, no stack trace), 1 internal error.
 */
@Command(name = "drillgrid", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Drillgrid: simulation and exercise training for emergency management.",
        subcommands = {ListCommand.class, ValidateCommand.class, RunCommand.class, ReplayCommand.class,
                ReportCommand.class, BenchCommand.class, CalcCommand.class, PackageCommand.class,
                ImportCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with the engine's subcommands and any {@code extra} ones (picocli command objects). */
    public static CommandLine commandLine(Object... extra) {
        CommandLine cl = new CommandLine(new Cli());
        for (Object sub : extra) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler(Cli::handle);
        return cl;
    }

    public static int execute(String[] args, Object... extra) {
        return commandLine(extra).execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof ScenarioException se) {
            for (Violation v : se.violations()) {
                err.println(v);
            }
            err.flush();
            return INVALID_INPUT;
        }
        if (ex instanceof java.nio.file.FileSystemException fs) {
            err.println("drillgrid " + cmd.getCommandName() + ": cannot use " + fs.getFile() + ": "
                    + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()));
            err.flush();
            return INVALID_INPUT;
        }
        if (ex instanceof InputException || ex instanceof InvalidPathException) {
            err.println("drillgrid " + cmd.getCommandName() + ": " + ex.getMessage());
            err.flush();
            return INVALID_INPUT;
        }
        err.println("drillgrid " + cmd.getCommandName() + ": internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Version from the jar manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"drillgrid " + (v == null ? "dev" : v)};
        }
    }
}

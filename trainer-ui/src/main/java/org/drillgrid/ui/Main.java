package org.drillgrid.ui;

import org.drillgrid.cli.Cli;

/** The application jar's entry point: the engine's command line plus {@code serve}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args, new ServeCommand(), new SessionsCommand()));
    }
}

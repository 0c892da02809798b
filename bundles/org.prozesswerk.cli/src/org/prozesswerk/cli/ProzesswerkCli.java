package org.prozesswerk.cli;

import java.io.PrintWriter;

import org.prozesswerk.cli.internal.CommandLineFactory;

/** Runs the Prozesswerk command line inside a running OSGi framework; used by the CLI application and by tests. */
public final class ProzesswerkCli {

    private ProzesswerkCli() {
    }

    /**
     * Runs one command line.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            // Only the contribution of the subcommand that runs is created (the first argument names it).
            String subcommand = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
            return CommandLineFactory.create(out, err, subcommand).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}

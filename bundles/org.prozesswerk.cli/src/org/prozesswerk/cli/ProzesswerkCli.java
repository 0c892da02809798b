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
            return CommandLineFactory.create(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}

package org.prozesswerk.tests.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.prozesswerk.cli.ProzesswerkCli;

/**
 * The command line run in-process, as the tests of the contributed subcommands call it: each {@link #run} starts with
 * empty output and keeps what the command printed on standard output and standard error until the next run.
 */
public final class InProcessCli {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code prozesswerk ARGS} through {@link ProzesswerkCli#run} and returns its exit code. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ProzesswerkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** What the last run printed on standard output. */
    public String out() {
        return out.toString();
    }

    /** What the last run printed on standard error. */
    public String err() {
        return err.toString();
    }
}

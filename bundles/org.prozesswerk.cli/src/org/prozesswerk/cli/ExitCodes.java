package org.prozesswerk.cli;

/** Exit codes shared by every Prozesswerk subcommand. */
public final class ExitCodes {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;

    /** The command ran, and found problems in its input (for example validation errors). */
    public static final int FINDINGS = 1;

    /** The command line or an input file was unusable; nothing was done. */
    public static final int INPUT_ERROR = 2;

    private ExitCodes() {
    }
}

package org.prozesswerk.cli;

import java.io.PrintWriter;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.internal.CommandLineFactory;
import org.prozesswerk.cli.internal.Messages;

/** Runs the Prozesswerk command line inside a running OSGi framework; used by the CLI application and by tests. */
public final class ProzesswerkCli {

    private ProzesswerkCli() {
    }

    /**
     * Runs one command line. What the commands print passes through a {@link TerminalSafeWriter}, so control
     * characters from the data never reach the terminal. Running out of memory or stack is never a success: such a
     * command ends with {@link ExitCodes#INPUT_ERROR} and one clear line on {@code err}.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
        String command = args.length > 0 ? args[0] : "";
        try {
            // Only the contribution of the subcommand that runs is created (the first argument names it).
            String subcommand = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
            return CommandLineFactory.create(safeOut, safeErr, subcommand).execute(args);
        } catch (OutOfMemoryError e) {
            // The allocation that failed is garbage now: there is room for one line.
            safeErr.println(NLS.bind(Messages.OutOfMemory, command, Registers.maxHeapText()));
            return ExitCodes.INPUT_ERROR;
        } catch (StackOverflowError e) {
            safeErr.println(NLS.bind(Messages.StackOverflow, command));
            return ExitCodes.INPUT_ERROR;
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }
}

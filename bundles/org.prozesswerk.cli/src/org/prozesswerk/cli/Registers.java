package org.prozesswerk.cli;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.internal.Messages;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;

/** Loading a register for a subcommand: the register or a {@link CliInputException} (exit 2) with a clear message. */
public final class Registers {

    private Registers() {
    }

    /**
     * Loads {@code file}.
     *
     * @throws CliInputException when the file is missing, damaged or too large for the memory, with a message naming
     *                           the file and, where known, the position ({@code FILE:LINE:COL: cause})
     */
    public static ProcessRegister load(Path file) {
        try {
            return RegisterStore.load(file);
        } catch (RegisterLoadException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new CliInputException(NLS.bind(Messages.Register_TooLarge, file, maxHeapText()), e);
        }
    }

    /** The JVM's heap limit for messages, e.g. "4096 MiB". */
    public static String maxHeapText() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}

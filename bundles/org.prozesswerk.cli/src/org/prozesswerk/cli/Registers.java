package org.prozesswerk.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.internal.Messages;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;

/** Loading a register for a subcommand: the register or a {@link CliInputException} (exit 2) with a clear message. */
public final class Registers {

    /** Texts with control characters listed one by one on loading; the rest are counted. */
    private static final int MAX_LISTED = 20;

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
            ProcessRegister register = RegisterStore.load(file);
            reportControlCharacters(file, register);
            return register;
        } catch (RegisterLoadException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new CliInputException(NLS.bind(Messages.Register_TooLarge, file, maxHeapText()), e);
        }
    }

    /** Texts with control characters (a register of an older version) are named on standard error, never dropped. */
    private static void reportControlCharacters(Path file, ProcessRegister register) {
        List<ControlCharacters.Occurrence> found = ControlCharacters.find(register);
        int shown = Math.min(found.size(), MAX_LISTED);
        for (ControlCharacters.Occurrence occurrence : found.subList(0, shown)) {
            System.err.println(NLS.bind(Messages.Register_ControlCharacter,
                    new Object[] { file, occurrence.where(), occurrence.feature(), occurrence.code() }));
        }
        if (found.size() > shown) {
            System.err.println(NLS.bind(Messages.Register_ControlCharacterMore, file, found.size() - shown));
        }
    }

    /** The JVM's heap limit for messages, e.g. "4096 MiB". */
    public static String maxHeapText() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}

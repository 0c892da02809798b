package org.prozesswerk.muster.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;

/** What {@code demo} and {@code derive} share: size class and output checks, saving. */
final class CliSupport {

    private CliSupport() {
    }

    static SizeClass sizeClass(int gk) {
        SizeClass sizeClass = SizeClass.get(gk);
        if (sizeClass == null) {
            throw new CliInputException(NLS.bind(Messages.Cli_InvalidSizeClass, Integer.toString(gk)));
        }
        return sizeClass;
    }

    /** Checks the extension before any work is done. */
    static void checkOutput(Path out) {
        try {
            RegisterFormat.forPath(out);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(NLS.bind(Messages.Cli_UnknownFormat, out), e);
        }
    }

    static void save(ProcessRegister register, Path out) {
        try {
            RegisterStore.save(register, out);
        } catch (IOException e) {
            throw new CliInputException(NLS.bind(Messages.Cli_WriteFailed, out, e.getMessage()), e);
        }
    }
}

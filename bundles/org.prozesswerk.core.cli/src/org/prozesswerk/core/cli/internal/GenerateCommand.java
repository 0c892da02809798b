package org.prozesswerk.core.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.model.ProcessRegister;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prozesswerk generate}: writes a synthetic register of a given size, for scale tests and demos. */
@Command(name = "generate", sortOptions = false,
        header = "Write a synthetic register (made-up test data) of the given size.",
        description = "The content is invented but realistic: organisation chart, theme folders, LeiKa-like keys, "
                + "legal bases, online services, statuses. The same seed gives the same file.")
public final class GenerateCommand extends BaseCommand {

    /**
     * The largest register generate writes: 10x the 100,000 of the performance targets (docs/performance.md). Beyond
     * that the model no longer fits the default heap, and the run would end in an OutOfMemoryError after minutes.
     */
    static final int MAX_STECKBRIEFE = 1_000_000;

    @Option(names = "--steckbriefe", required = true, paramLabel = "N",
            description = "Number of process profiles (Steckbriefe), at most 1000000.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file; .pwreg writes XMI, .pwregb the binary format.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new CliInputException(NLS.bind(Messages.Generate_NegativeCount, Integer.toString(count)));
        }
        if (count > MAX_STECKBRIEFE) {
            throw new CliInputException(NLS.bind(Messages.Generate_TooMany, Integer.toString(count),
                    Integer.toString(MAX_STECKBRIEFE)));
        }
        RegisterFormat format;
        try {
            format = RegisterFormat.forPath(out);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(NLS.bind(Messages.Generate_UnknownFormat, out), e);
        }
        long start = System.nanoTime();
        ProcessRegister register = SyntheticRegisterGenerator.generate(count, seed);
        try {
            RegisterStore.save(register, out);
        } catch (IOException e) {
            throw new CliInputException(NLS.bind(Messages.Generate_WriteFailed, out, describe(e)), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        spec.commandLine().getOut().println(NLS.bind(Messages.Generate_Done,
                new Object[] { Integer.toString(count), out, format.extension(), Long.toString(millis) }));
        return ExitCodes.OK;
    }

    private static String describe(IOException e) {
        // NIO exceptions carry only the path as message; the class name says what went wrong.
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}

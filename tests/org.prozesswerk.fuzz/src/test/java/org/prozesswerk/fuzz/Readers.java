package org.prozesswerk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * What every fuzz test checks: a reader given any bytes either reads them or refuses them with its own exception
 * whose message names the file. Anything else escapes to Jazzer and is a finding: a RuntimeException (a reader bug
 * shown to the user as a stack trace), an Error (OutOfMemoryError, StackOverflowError), or an input error that does
 * not say which file. Hangs are findings through the fuzz tests' {@code @Timeout}.
 */
final class Readers {

    /** One scratch folder per test JVM; every execution overwrites its input file there. */
    private static final Path SCRATCH;

    static {
        try {
            // in memory where the system has it (/dev/shm): the readers that take a path cost no disk I/O per run
            Path shm = Path.of("/dev/shm");
            SCRATCH = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "prozesswerk-fuzz")
                    : Files.createTempDirectory("prozesswerk-fuzz");
            SCRATCH.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Readers() {
    }

    @FunctionalInterface
    interface Read {
        void run() throws Exception;
    }

    /** The input as the file {@code name} in the scratch folder (readers that take a path). */
    static Path file(String name, byte[] content) throws IOException {
        return Files.write(SCRATCH.resolve(name), content);
    }

    static Path scratch() {
        return SCRATCH;
    }

    /**
     * Imports the input, as the file {@code name}, into a new register ({@code registerFile}: where it would be saved,
     * or {@code null}); the importer reads it or refuses it naming the file.
     */
    static void expectImport(Importer importer, String name, byte[] input, Path registerFile) throws Exception {
        Path file = file(name, input);
        expect(name, () -> importer.importInto(
                new ImportRequest(file, ProzesswerkFactory.eINSTANCE.createProcessRegister(), registerFile, Map.of()),
                new NullProgressMonitor()), ExchangeException.class, IOException.class);
    }

    /**
     * Runs {@code read}; a refusal must be one of {@code clear} and name {@code fileName} in its message.
     *
     * @return the refusal, or {@code null} if the input was read
     */
    @SafeVarargs
    static Exception expect(String fileName, Read read, Class<? extends Exception>... clear) throws Exception {
        try {
            read.run();
            return null;
        } catch (Exception e) {
            for (Class<? extends Exception> type : clear) {
                if (type.isInstance(e)) {
                    if (e.getMessage() == null || !e.getMessage().contains(fileName)) {
                        throw new AssertionError("the error does not name the file " + fileName + ": " + e, e);
                    }
                    return e;
                }
            }
            throw e;
        }
    }
}

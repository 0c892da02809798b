package org.prozesswerk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.prozesswerk.io.AtomicFileWriter;

/**
 * Writes an export into a file atomically (command line and export wizard alike): an interrupted or failed export
 * leaves the previous file as it was and no temporary file; an overwritten export keeps its permissions.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static ExchangeReport write(Exporter exporter, ExportRequest request, Path target, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ExchangeReport[] report = new ExchangeReport[1];
        try {
            AtomicFileWriter.write(target, out -> {
                try {
                    report[0] = exporter.export(request, out, monitor);
                } catch (ExchangeException e) {
                    throw new Carrier(e);
                }
            });
        } catch (Carrier e) {
            throw (ExchangeException) e.getCause();
        }
        return report[0];
    }

    /** Carries the exporter's checked exception through the writer, which then deletes its temporary file. */
    private static final class Carrier extends IOException {

        private static final long serialVersionUID = 1L;

        Carrier(ExchangeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

package org.prozesswerk.exchange;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a file into a register. Implementations are contributed through {@code org.prozesswerk.exchange.importers},
 * have a public no-argument constructor and need no running OSGi framework.
 */
public interface Importer {

    /**
     * Adds the content of {@link ImportRequest#source()} to {@link ImportRequest#target()}. On an
     * {@link ExchangeException} the target may hold part of the import: callers import into a copy or a new register.
     *
     * @return every item of the source that was mapped, created or skipped, skipped ones with their reason
     * @throws ExchangeException if the source is unusable (malformed, unsafe, a required element missing); the
     *                           message names the place (file, line, element path)
     */
    ExchangeReport importInto(ImportRequest request, IProgressMonitor monitor) throws IOException, ExchangeException;
}

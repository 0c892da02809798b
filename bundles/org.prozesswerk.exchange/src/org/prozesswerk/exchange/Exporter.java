package org.prozesswerk.exchange;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes Steckbriefe of a register in one file format. Implementations are contributed through the extension point
 * {@code org.prozesswerk.exchange.exporters}; they have a public no-argument constructor, keep no state between calls
 * and need no running OSGi framework, so tools and benchmarks can call them directly.
 */
public interface Exporter {

    /**
     * Writes {@link ExportRequest#profiles()} to {@code out}. The stream is not closed.
     *
     * @param monitor progress, one unit per Steckbrief after {@code beginTask}; cancellation is checked between
     *                Steckbriefe and ends the export with an {@link org.eclipse.core.runtime.OperationCanceledException}
     * @return what was written and what the format could not carry (nothing is left out silently)
     * @throws ExchangeException if the register cannot be written in this format (the message says why)
     */
    ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException, ExchangeException;
}

package org.prozesswerk.exchange.report;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.io.Utf8Writer;
import org.prozesswerk.exchange.report.internal.Messages;
import org.prozesswerk.exchange.report.internal.ReportHtml;

/**
 * The Steckbrief report as one self-contained XHTML file (UTF-8, styles inline): a cover with the register's coverage
 * figures, then a section per Steckbrief. Opens in any browser and is the input of {@link PdfReportExporter}.
 */
public final class HtmlReportExporter implements Exporter {

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_Html, request.profiles().size());
        ExchangeReport report = new ExchangeReport();
        // Streamed: the document is never held whole (a register of 100,000 Steckbriefe is about 1 GB of HTML).
        Utf8Writer writer = new Utf8Writer(out, 1 << 16);
        new ReportHtml().write(request, false, profile -> {
            progress.checkCanceled();
            report.countProfile();
            progress.worked(1);
        }, writer);
        writer.flush();
        return report;
    }
}

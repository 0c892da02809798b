package org.prozesswerk.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
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
        String html = new ReportHtml().render(request, false, profile -> {
            progress.checkCanceled();
            report.countProfile();
            progress.worked(1);
        });
        out.write(html.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return report;
    }
}

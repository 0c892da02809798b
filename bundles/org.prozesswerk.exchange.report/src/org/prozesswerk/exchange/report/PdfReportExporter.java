package org.prozesswerk.exchange.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.report.internal.Messages;
import org.prozesswerk.exchange.report.internal.ReportHtml;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The Steckbrief report as PDF (A4, page numbers): the XHTML of {@link HtmlReportExporter} rendered by openhtmltopdf
 * with PDFBox. The font is DejaVu Sans, shipped in {@code fonts/} under the Bitstream Vera licence
 * ({@code fonts/LICENSE-DejaVu.txt}) and embedded as a subset: PDF's standard fonts only cover WinAnsi, so a name
 * with a character outside it (Polish, Turkish, typographic symbols) would print as "#". The cover comes first, then
 * each Steckbrief on its own pages.
 */
public final class PdfReportExporter implements Exporter {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_Pdf, request.profiles().size() * 2);
        ExchangeReport report = new ExchangeReport();
        String html = new ReportHtml().render(request, true, profile -> {
            progress.checkCanceled();
            report.countProfile();
            progress.worked(1);
        });
        checkFont(REGULAR);
        checkFont(BOLD);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR), ReportHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), ReportHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.withProducer("Prozesswerk");
        builder.toStream(out);
        builder.run();
        progress.worked(request.profiles().size());
        out.flush();
        return report;
    }

    private static void checkFont(String path) throws ExchangeException {
        if (PdfReportExporter.class.getResource(path) == null) {
            throw new ExchangeException(null, NLS.bind(Messages.Pdf_FontMissing, path), null);
        }
    }

    private static InputStream font(String path) {
        return PdfReportExporter.class.getResourceAsStream(path);
    }
}

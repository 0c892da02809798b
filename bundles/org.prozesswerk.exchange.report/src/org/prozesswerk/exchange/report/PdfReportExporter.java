package org.prozesswerk.exchange.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.report.internal.Messages;
import org.prozesswerk.exchange.report.internal.ReportHtml;
import org.prozesswerk.exchange.report.internal.StreamingPdfWriter;
import org.prozesswerk.model.ProcessProfile;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The Steckbrief report as PDF (A4, page numbers): the XHTML of {@link HtmlReportExporter} rendered by openhtmltopdf
 * with PDFBox. The font is DejaVu Sans, shipped in {@code fonts/} under the Bitstream Vera licence
 * ({@code fonts/LICENSE-DejaVu.txt}) and embedded as a subset: PDF's standard fonts only cover WinAnsi, so a name
 * with a character outside it (Polish, Turkish, typographic symbols) would print as "#". The cover comes first, then
 * each Steckbrief on its own pages.
 *
 * <p>
 * openhtmltopdf lays out a whole document in memory, which for 100,000 Steckbriefe did not end within 15 minutes. So
 * the report is laid out in parts of {@link #PART} Steckbriefe (every Steckbrief starts a page anyway, so the pages
 * are the same), and each part's pages are written out at once by {@link StreamingPdfWriter}: memory and time per
 * Steckbrief no longer grow with the register (docs/performance.md, "Peak heap of exports"). The footer "Seite 3 von
 * 812" is stamped on each page here; the total, known only at the end, is one small form object every page shows.
 */
public final class PdfReportExporter implements Exporter {

    /** Steckbriefe laid out at a time. */
    static final int PART = 200;

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static final float FOOTER_SIZE = 8f;
    private static final float FOOTER_GREY = 0.4f;
    /** Baseline of the footer above the bottom edge: in the middle of the 20 mm bottom margin. */
    private static final float FOOTER_BASELINE = 10f * 72f / 25.4f;
    private static final String TOTAL = "\u0000";

    private final int part;

    public PdfReportExporter() {
        this(PART);
    }

    /** With {@code part} Steckbriefe laid out at a time (the tests use small parts). */
    PdfReportExporter(int part) {
        this.part = part;
    }

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        List<ProcessProfile> profiles = request.profiles();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_Pdf, profiles.size());
        ExchangeReport report = new ExchangeReport();
        checkFont(REGULAR);
        checkFont(BOLD);
        // "Seite {0} von {1}": the text before the total is stamped per page, the total and what follows it is the
        // shared form object
        String footer = NLS.bind(Messages.Footer_Page, "{0}", TOTAL);
        String beforeTotal = footer.substring(0, footer.indexOf(TOTAL));
        String afterTotal = footer.substring(footer.indexOf(TOTAL) + TOTAL.length());
        StreamingPdfWriter writer = new StreamingPdfWriter(out);
        writer.info(COSName.PRODUCER, "Prozesswerk");
        COSStream total = writer.placeholder();
        ReportHtml html = new ReportHtml();
        int from = 0;
        do {
            int to = Math.min(profiles.size(), from + part);
            StringBuilder document = new StringBuilder();
            html.writePart(request, true, from == 0, profiles.subList(from, to), profile -> {
                progress.checkCanceled();
                report.countProfile();
                progress.worked(1);
            }, document);
            try (PdfBoxRenderer renderer = builder(document.toString()).buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PDDocument pdf = renderer.getPdfDocument();
                stampPageNumbers(pdf, writer.pageCount(), beforeTotal, total);
                // saving subsets the fonts (PDFBox does that only on save); the bytes themselves are not needed
                pdf.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
                writer.append(pdf);
            }
            from = to;
        } while (from < profiles.size());
        try (PDDocument totalDocument = new PDDocument()) {
            writer.fill(total, totalForm(totalDocument, writer.pageCount() + afterTotal));
            writer.close();
        }
        out.flush();
        return report;
    }

    private static PdfRendererBuilder builder(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR), ReportHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), ReportHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.withProducer("Prozesswerk");
        return builder;
    }

    /** "Seite N von " centred at the bottom of each page, followed by the shared form object with the total. */
    private static void stampPageNumbers(PDDocument pdf, int pagesBefore, String beforeTotal, COSStream total)
            throws IOException {
        PDType0Font font;
        try (InputStream in = font(REGULAR)) {
            font = PDType0Font.load(pdf, in, true);
        }
        PDFormXObject totalForm = new PDFormXObject(total);
        int number = pagesBefore;
        for (PDPage page : pdf.getPages()) {
            number++;
            String text = NLS.bind(beforeTotal, number);
            float width = font.getStringWidth(text) / 1000f * FOOTER_SIZE;
            // the total has about as many digits as the page number
            float totalWidth = font.getStringWidth(Integer.toString(number)) / 1000f * FOOTER_SIZE;
            PDRectangle box = page.getMediaBox();
            float x = box.getLowerLeftX() + (box.getWidth() - width - totalWidth) / 2f;
            float y = box.getLowerLeftY() + FOOTER_BASELINE;
            try (PDPageContentStream content = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(FOOTER_GREY);
                content.beginText();
                content.setFont(font, FOOTER_SIZE);
                content.newLineAtOffset(x, y);
                content.showText(text);
                content.endText();
                content.saveGraphicsState();
                content.transform(Matrix.getTranslateInstance(x + width, y));
                content.drawForm(totalForm);
                content.restoreGraphicsState();
            }
        }
    }

    /** The form object every page shows after "Seite N von ": the total in the same font, size and grey. */
    private static COSStream totalForm(PDDocument document, String text) throws IOException {
        PDType0Font font;
        try (InputStream in = font(REGULAR)) {
            font = PDType0Font.load(document, in, true);
        }
        PDAppearanceStream form = new PDAppearanceStream(document); // a form object; PDFBox writes content into these
        form.setResources(new PDResources());
        form.setBBox(new PDRectangle(0, -FOOTER_SIZE, font.getStringWidth(text) / 1000f * FOOTER_SIZE + 1,
                3 * FOOTER_SIZE));
        try (PDPageContentStream content = new PDPageContentStream(document, form)) {
            content.setNonStrokingColor(FOOTER_GREY);
            content.beginText();
            content.setFont(font, FOOTER_SIZE);
            content.showText(text);
            content.endText();
        }
        document.addPage(new PDPage()); // save needs a page; it is not written
        document.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION); // subsets the font
        return form.getCOSObject();
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

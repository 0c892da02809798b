package org.prozesswerk.exchange.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.report.HtmlReportExporter;
import org.prozesswerk.exchange.report.PdfReportExporter;
import org.prozesswerk.exchange.report.PdfReportExporterAccess;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/** The Steckbrief report: every Steckbrief in the HTML; in the PDF a cover and a page per Steckbrief. */
class ReportExporterTest {

    private static byte[] export(Exporter exporter, ExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(request, out, new NullProgressMonitor());
        return out.toByteArray();
    }

    @Test
    void htmlHoldsCoverAndEachSteckbrief() throws Exception {
        ProcessRegister register = ExchangeFixtures.rich();
        String html = new String(export(new HtmlReportExporter(), ExportRequest.of(register)), StandardCharsets.UTF_8);
        assertTrue(html.contains("Prozessregister \u201eMusterregister Kreisstadt Süd\u201c"), "cover title");
        assertTrue(html.contains("Abdeckung"), "coverage figures");
        assertTrue(html.contains("mit Bezug auf Katalog leika</th><td>1 / 4 (25"), html);
        for (ProcessProfile profile : Steckbriefe.all(register)) {
            assertTrue(html.contains("<h1>" + profile.getName() + "</h1>"), profile.getName());
        }
        assertEquals(4, html.split("class=\"steckbrief\"", -1).length - 1, "one section per Steckbrief");
        assertTrue(html.contains("&lt;Tag&gt; &amp; &quot;Zitat&quot;"), "text is escaped");
        assertTrue(html.contains("<a href=\"https://www.gesetze-im-internet.de/gewo/__14.html\">§ 14 GewO</a>"));
        assertTrue(html.contains("Dezernat II \u203a Ordnungsamt \u203a Gewerbeangelegenheiten"), "unit with its path");
        assertTrue(html.contains("Statusverlauf") && html.contains("methodisch freigegeben"));
    }

    @Test
    void pdfHasCoverPlusAPagePerSteckbriefWithUmlautsAndEmbeddedFont() throws Exception {
        ProcessRegister register = ExchangeFixtures.rich();
        byte[] pdf = export(new PdfReportExporter(), ExportRequest.of(register));
        Path target = Path.of("target", "report");
        Files.createDirectories(target);
        Files.write(target.resolve("steckbriefe.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = pages(document);
            // The fully filled Steckbrief takes two pages, the others one each.
            assertEquals(1 + 4 + 1, document.getNumberOfPages(), "cover + a page per Steckbrief: " + pages);
            assertTrue(pages.get(0).contains("Musterregister Kreisstadt Süd"), pages.get(0));
            assertTrue(pages.get(0).contains("Seite 1 von 6"), "page numbers: " + pages.get(0));
            List<ProcessProfile> profiles = Steckbriefe.all(register);
            int page = 1;
            for (ProcessProfile profile : profiles) {
                while (page < pages.size() && !withoutFooter(pages.get(page)).startsWith(profile.getName())) {
                    page++;
                }
                assertTrue(page < pages.size(), profile.getName() + " starts a new page: " + pages);
            }
            String all = String.join("\n", pages);
            assertTrue(all.contains("Akten archivieren – Straße, Maß, Übergröße"), "umlauts, ß and dash extracted");
            assertTrue(all.contains("Frau Müller"));
            assertTrue(all.contains("Zuständige Organisationseinheit"));
            for (PDPage pdfPage : document.getPages()) {
                for (var name : pdfPage.getResources().getFontNames()) {
                    PDFont font = pdfPage.getResources().getFont(name);
                    assertTrue(font.getName().contains("ProzesswerkSans") || font.getName().contains("DejaVu"),
                            "only the bundled font: " + font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void pdfOfShortSteckbriefeHasExactlyOnePageEach() throws Exception {
        byte[] pdf = export(new PdfReportExporter(), ExportRequest.of(ExchangeFixtures.large(7)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1 + 7, document.getNumberOfPages());
            String text = normalise(new PDFTextStripper().getText(document));
            assertTrue(text.contains("Antrag auf Erlaubnis Nr. 6 prüfen und bescheiden (Änderung, Übertragung)"), text);
        }
    }

    /** Text with line breaks (from wrapped headings) and runs of blanks as single spaces. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Page text without the footer (stamped last on each page). */
    private static String withoutFooter(String page) {
        return page.replaceFirst(" ?Seite \\d+ von \\d+$", "").strip();
    }

    /** The text of each page, normalised. */
    private static List<String> pages(PDDocument document) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normalise(stripper.getText(document)));
        }
        return pages;
    }

    @Test
    void pdfLaidOutInPartsIsOneDocumentWithContinuousPageNumbers() throws Exception {
        ProcessRegister register = ExchangeFixtures.large(7);
        // parts of 3 Steckbriefe: cover + 3, then 3, then 1 (the writer appends each part's pages as it goes)
        byte[] parts = export(PdfReportExporterAccess.withPart(3), ExportRequest.of(register));
        byte[] whole = export(PdfReportExporterAccess.withPart(1000), ExportRequest.of(register));
        Path target = Path.of("target", "report");
        Files.createDirectories(target);
        Files.write(target.resolve("steckbriefe-in-parts.pdf"), parts);
        try (PDDocument inParts = Loader.loadPDF(parts); PDDocument inOne = Loader.loadPDF(whole)) {
            List<String> pages = pages(inParts);
            assertEquals(1 + 7, pages.size(), "cover + a page per Steckbrief: " + pages);
            assertEquals(pages(inOne), pages, "the same pages as laid out in one part");
            List<ProcessProfile> profiles = Steckbriefe.all(register);
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).endsWith("Seite " + (i + 1) + " von 8"), "footer of page " + (i + 1)
                        + ": " + pages.get(i));
                if (i > 0) {
                    assertTrue(pages.get(i).startsWith(profiles.get(i - 1).getName()), pages.get(i));
                }
            }
            assertTrue(pages.get(0).contains("Prozessregister"), pages.get(0));
            assertEquals("Prozesswerk", inParts.getDocumentInformation().getProducer());
            for (PDPage pdfPage : inParts.getPages()) {
                assertEquals(595, Math.round(pdfPage.getMediaBox().getWidth()), "A4");
                for (var name : pdfPage.getResources().getFontNames()) {
                    PDFont font = pdfPage.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void selectionReportSaysHowManyOfTheRegister() throws Exception {
        ProcessRegister register = ExchangeFixtures.rich();
        ProcessProfile one = Steckbriefe.all(register).get(0);
        String html = new String(export(new HtmlReportExporter(), new ExportRequest(register, List.of(one),
                org.prozesswerk.exchange.Scope.PROFILE, null, Map.of())), StandardCharsets.UTF_8);
        assertTrue(html.contains("1 von 4 Steckbriefen"), html);
        assertEquals(1, html.split("class=\"steckbrief\"", -1).length - 1);
    }
}

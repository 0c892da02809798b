package org.prozesswerk.exchange.report;

/** Gives the tests (a fragment of the bundle) the exporter with small parts. */
public final class PdfReportExporterAccess {

    private PdfReportExporterAccess() {
    }

    public static PdfReportExporter withPart(int part) {
        return new PdfReportExporter(part);
    }
}

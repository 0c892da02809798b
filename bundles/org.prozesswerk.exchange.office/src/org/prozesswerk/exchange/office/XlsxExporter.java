package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.internal.Labels;
import org.prozesswerk.exchange.office.internal.Messages;
import org.prozesswerk.exchange.office.internal.ProfileCells;
import org.prozesswerk.exchange.office.internal.SheetWriter;
import org.prozesswerk.exchange.office.internal.StreamingWorkbook;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;

/**
 * An Excel workbook with a sheet per entity: Steckbriefe (the columns of {@link ProfileColumn}), Organisation,
 * Kataloge (catalogue references), Rechtsgrundlagen and Kontexte, each with a bold frozen header row, an auto filter
 * and URLs as hyperlinks. Written with POI's streaming SXSSF (100 rows in memory, the rest in a temporary file), so
 * registers of 100,000 Steckbriefe fit in a small heap.
 */
public final class XlsxExporter implements Exporter {

    public static final String SHEET_PROFILES = "Steckbriefe";
    public static final String SHEET_ORGANISATION = "Organisation";
    public static final String SHEET_CATALOGUES = "Kataloge";
    public static final String SHEET_LEGAL_BASES = "Rechtsgrundlagen";
    public static final String SHEET_CONTEXTS = "Kontexte";

    /** Headers of the Organisation sheet; the XLSX importer reads them back. */
    public static final String[] ORGANISATION_HEADERS = { "ID", "Name", "Kurzzeichen", "Art",
            "Übergeordnete Einheit (ID)", "Übergeordnete Einheit", "Größenklassen", "Optional", "Rollen" };
    private static final String[] CATALOGUE_HEADERS = { "Steckbrief-Schlüssel", "Steckbrief", "Katalog",
            "Schlüssel", "Bezeichnung", "Katalogversion" };
    private static final String[] LEGAL_HEADERS = { "Steckbrief-Schlüssel", "Steckbrief", "Abkürzung", "Paragraf",
            "Titel", "URL", "Quelle" };
    private static final String[] CONTEXT_HEADERS = { "Steckbrief-Schlüssel", "Steckbrief", "Art", "Name",
            "Beschreibung", "URL", "Anbieter" };

    private static final int WINDOW = 100;

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        List<ProcessProfile> profiles = request.profiles();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Xlsx_Task, profiles.size() * 2 + 10);
        ExchangeReport report = new ExchangeReport();
        SXSSFWorkbook workbook = new StreamingWorkbook(WINDOW);
        try {
            SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
            writeProfiles(workbook, styles, profiles, report, progress);
            writeOrganisation(workbook, styles, request, report);
            writeDetails(workbook, styles, profiles, report, progress);
            progress.setWorkRemaining(10);
            workbook.write(out);
            progress.worked(10);
        } finally {
            workbook.close();
        }
        return report;
    }

    private static void writeProfiles(SXSSFWorkbook workbook, SheetWriter.Styles styles,
            List<ProcessProfile> profiles, ExchangeReport report, SubMonitor progress) {
        ProfileColumn[] columns = ProfileColumn.values();
        String[] headers = new String[columns.length];
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = columns[i].header();
            widths[i] = switch (columns[i]) {
                case NAME, DESCRIPTION, LEGAL_BASES, CONTEXTS, CATALOGUE_REFERENCES -> 50;
                case ID, SHORT_DESCRIPTION, RESPONSIBLE_UNIT, FOLDER, PARTICIPATIONS, STATUS_HISTORY, MODELS -> 36;
                default -> 18;
            };
        }
        SheetWriter sheet = new SheetWriter(workbook, SHEET_PROFILES, styles, report, headers, widths);
        ProfileCells cells = new ProfileCells();
        int done = 0;
        for (ProcessProfile profile : profiles) {
            if ((done++ & 0xFF) == 0) {
                progress.checkCanceled();
            }
            if (!sheet.nextRow()) {
                break;
            }
            String location = location(profile);
            for (int i = 0; i < columns.length; i++) {
                sheet.cell(i, cells.value(columns[i], profile), location);
            }
            report.countProfile();
            progress.worked(1);
        }
        sheet.finish();
    }

    private static void writeOrganisation(SXSSFWorkbook workbook, SheetWriter.Styles styles, ExportRequest request,
            ExchangeReport report) {
        SheetWriter sheet = new SheetWriter(workbook, SHEET_ORGANISATION, styles, report, ORGANISATION_HEADERS,
                new int[] { 20, 40, 12, 14, 20, 40, 20, 10, 30 });
        for (OrgUnit unit : Steckbriefe.units(request.register())) {
            if (!sheet.nextRow()) {
                break;
            }
            OrgUnit parent = Steckbriefe.parent(unit);
            String location = unit.getName();
            sheet.cell(0, unit.getId(), location);
            sheet.cell(1, unit.getName(), location);
            sheet.cell(2, unit.getShortCode(), location);
            sheet.cell(3, unit.getKind() == null ? null : Labels.unitKind(unit.getKind()), location);
            sheet.cell(4, parent == null ? null : parent.getId(), location);
            sheet.cell(5, parent == null ? null : parent.getName(), location);
            sheet.cell(6, unit.getSizeClasses().isEmpty() ? null
                    : unit.getSizeClasses().stream().map(Object::toString).collect(Collectors.joining(", ")),
                    location);
            sheet.cell(7, unit.isOptional() ? "ja" : null, location);
            sheet.cell(8, unit.getRoles().isEmpty() ? null
                    : CellCodec.lines(unit.getRoles().stream().map(CellCodec::field).toList()), location);
        }
        sheet.finish();
    }

    private static void writeDetails(SXSSFWorkbook workbook, SheetWriter.Styles styles,
            List<ProcessProfile> profiles, ExchangeReport report, SubMonitor progress) {
        SheetWriter catalogues = new SheetWriter(workbook, SHEET_CATALOGUES, styles, report, CATALOGUE_HEADERS,
                new int[] { 18, 50, 12, 18, 50, 14 });
        SheetWriter legal = new SheetWriter(workbook, SHEET_LEGAL_BASES, styles, report, LEGAL_HEADERS,
                new int[] { 18, 50, 14, 14, 40, 50, 12 });
        SheetWriter contexts = new SheetWriter(workbook, SHEET_CONTEXTS, styles, report, CONTEXT_HEADERS,
                new int[] { 18, 50, 16, 30, 40, 50, 30 });
        int done = 0;
        for (ProcessProfile profile : profiles) {
            if ((done++ & 0xFF) == 0) {
                progress.checkCanceled();
            }
            String location = location(profile);
            for (CatalogueReference r : profile.getCatalogueReferences()) {
                if (catalogues.nextRow()) {
                    catalogues.cell(0, profile.getKey(), location);
                    catalogues.cell(1, profile.getName(), location);
                    catalogues.cell(2, r.getCatalogueId(), location);
                    catalogues.cell(3, r.getKey(), location);
                    catalogues.cell(4, r.getLabel(), location);
                    catalogues.cell(5, r.getCatalogueVersion(), location);
                }
            }
            for (LegalBasis b : profile.getLegalBases()) {
                if (legal.nextRow()) {
                    legal.cell(0, profile.getKey(), location);
                    legal.cell(1, profile.getName(), location);
                    legal.cell(2, b.getAbbreviation(), location);
                    legal.cell(3, b.getParagraph(), location);
                    legal.cell(4, b.getTitle(), location);
                    legal.link(5, b.getUrl(), location);
                    legal.cell(6, b.getSourceCatalogue(), location);
                }
            }
            for (ProcessContext c : profile.getContexts()) {
                if (contexts.nextRow()) {
                    contexts.cell(0, profile.getKey(), location);
                    contexts.cell(1, profile.getName(), location);
                    contexts.cell(2, c.getKind() == null ? null : Labels.contextKind(c.getKind()), location);
                    contexts.cell(3, c.getName(), location);
                    contexts.cell(4, c.getDescription(), location);
                    contexts.link(5, c.getUrl(), location);
                    contexts.cell(6, c.getProvider(), location);
                }
            }
            progress.worked(1);
        }
        catalogues.finish();
        legal.finish();
        contexts.finish();
    }

    private static String location(ProcessProfile profile) {
        return profile.getKey() != null ? profile.getKey() : profile.getName();
    }
}

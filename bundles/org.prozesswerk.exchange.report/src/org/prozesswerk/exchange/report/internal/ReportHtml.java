package org.prozesswerk.exchange.report.internal;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.StatusChange;

/**
 * The Steckbrief report as one XHTML document: a cover with the register's coverage figures, then one section per
 * Steckbrief starting on a new page (org, catalogue references, legal bases, contexts, models, status history).
 * Well-formed XHTML because openhtmltopdf parses it as XML; characters XML does not allow are dropped.
 */
public final class ReportHtml {

    /** Font family name the PDF renderer registers the bundled DejaVu Sans under. */
    public static final String FONT_FAMILY = "Prozesswerk Sans";

    /** Characters collected before they are handed to the sink. */
    private static final int CHUNK = 1 << 16;

    private final StringBuilder html = new StringBuilder(CHUNK + (CHUNK >> 2));
    private final Locale locale = Locale.getDefault();
    private final DateTimeFormatter dateFormat = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);

    /**
     * Renders the report into {@code sink} piece by piece: at most about {@link #CHUNK} characters are held at a time,
     * so the memory needed no longer grows with the register (100,000 Steckbriefe: 3.1 GB before, see
     * docs/performance.md). {@code perProfile} is called after each Steckbrief (progress, cancellation).
     */
    public void write(ExportRequest request, boolean forPdf, Consumer<ProcessProfile> perProfile, Appendable sink)
            throws IOException {
        writePart(request, forPdf, true, request.profiles(), perProfile, sink);
    }

    /**
     * Renders one self-contained document of a part of the report into {@code sink}: the cover if {@code withCover},
     * then a section for each of {@code profiles}. The PDF is laid out part by part ({@code PdfReportExporter}).
     */
    public void writePart(ExportRequest request, boolean forPdf, boolean withCover, List<ProcessProfile> profiles,
            Consumer<ProcessProfile> perProfile, Appendable sink) throws IOException {
        ProcessRegister register = request.register();
        String title = register.getName() == null || register.getName().isBlank() ? Messages.Cover_Untitled
                : NLS.bind(Messages.Cover_Title, register.getName());
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage().isEmpty() ? "de" : locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>");
        text(title);
        html.append("</title>\n<style>\n").append(css(forPdf)).append("</style>\n</head>\n<body>\n");
        if (withCover) {
            cover(request, title);
        }
        boolean first = !withCover;
        for (ProcessProfile profile : profiles) {
            // a part without the cover must not begin with an empty page
            html.append(first ? "<div class=\"steckbrief first\">\n" : "<div class=\"steckbrief\">\n");
            first = false;
            profile(profile);
            perProfile.accept(profile);
            if (html.length() >= CHUNK) {
                sink.append(html);
                html.setLength(0);
            }
        }
        html.append("</body>\n</html>\n");
        sink.append(html);
        html.setLength(0);
    }

    private String css(boolean forPdf) {
        StringBuilder css = new StringBuilder();
        String family = forPdf ? "'" + FONT_FAMILY + "'" : "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
        css.append("body { font-family: ").append(family).append("; font-size: 10pt; color: #1a1a1a; }\n");
        css.append("h1 { font-size: 16pt; margin: 0 0 4pt 0; color: #003064; }\n");
        css.append("h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; color: #003064; border-bottom: 0.5pt solid #99a; }\n");
        css.append(".key { color: #555; font-size: 9pt; margin-bottom: 8pt; }\n");
        css.append("table { border-collapse: collapse; width: 100%; }\n");
        css.append("th, td { text-align: left; vertical-align: top; padding: 2pt 4pt; border-bottom: 0.5pt solid #ddd; }\n");
        css.append("table.fields th { width: 38%; font-weight: bold; }\n");
        css.append("ul { margin: 0; padding-left: 14pt; }\n");
        css.append("p { margin: 0 0 4pt 0; }\n");
        css.append(".none { color: #888; }\n");
        css.append(".cover h1 { font-size: 22pt; margin-top: 40pt; }\n");
        css.append(".figure { font-size: 14pt; font-weight: bold; }\n");
        css.append("a { color: #0645ad; }\n");
        // One family for everything, code included: the PDF embeds only the bundled font.
        css.append("code { font-family: ").append(family).append("; color: #444; }\n");
        if (forPdf) {
            css.append(".steckbrief { page-break-before: always; }\n");
            css.append(".steckbrief.first { page-break-before: auto; }\n");
            // No footer here: the page numbers ("Seite 3 von 812") are stamped by PdfReportExporter, which lays the
            // report out part by part and knows the number of pages only at the end.
            css.append("@page { size: A4; margin: 18mm 16mm 20mm 16mm; }\n");
        } else {
            css.append("body { max-width: 60em; margin: 2em auto; }\n");
            css.append(".steckbrief { margin-top: 3em; padding-top: 1em; border-top: 2px solid #003064; }\n");
        }
        return css.toString();
    }

    private void cover(ExportRequest request, String title) {
        ProcessRegister register = request.register();
        RegisterStatisticsReport stats = RegisterStatistics.compute(register);
        html.append("<div class=\"cover\">\n<h1>");
        text(title);
        html.append("</h1>\n<table class=\"fields\">\n");
        row(Messages.Cover_Version, register.getVersion());
        row(Messages.Cover_Publisher, register.getPublisher());
        row(Messages.Cover_BasedOn, register.getBasedOn());
        row(Messages.Cover_Modified, date(register.getModified()));
        html.append("</table>\n");
        if (request.profiles().size() != stats.profiles()) {
            html.append("<p>");
            text(NLS.bind(Messages.Cover_Scope, request.profiles().size(), stats.profiles()));
            html.append("</p>\n");
        }
        html.append("<h2>");
        text(Messages.Cover_Coverage);
        html.append("</h2>\n<table class=\"fields coverage\">\n");
        row(Messages.Cover_Profiles, Integer.toString(stats.profiles()));
        if (stats.catalogues().isEmpty()) {
            row(Messages.Cover_NoCatalogues, "");
        }
        for (RegisterStatisticsReport.CatalogueCoverage coverage : stats.catalogues()) {
            row(NLS.bind(Messages.Cover_Catalogue, coverage.catalogueId()),
                    share(coverage.linkedProfiles(), stats.profiles()));
        }
        row(Messages.Cover_LegalBasis, share(stats.withLegalBasis(), stats.profiles()));
        row(Messages.Cover_Oaa, share(stats.withOaa(), stats.profiles()));
        html.append("</table>\n<h2>");
        text(Messages.Cover_PerStatus);
        html.append("</h2>\n<table class=\"fields status\">\n");
        for (Map.Entry<FimStatus, Integer> entry : stats.perStatus().entrySet()) {
            row(entry.getValue() == 0 ? null : StatusWorkflow.label(entry.getKey(), locale),
                    Integer.toString(entry.getValue()));
        }
        html.append("</table>\n<p>");
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        text(NLS.bind(Messages.Cover_Capacity, new Object[] { number.format(stats.totalHoursPerYear()),
                number.format(stats.totalFte()), stats.profilesWithCapacity() }));
        html.append("</p>\n</div>\n");
    }

    private String share(int part, int whole) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return part + " / " + whole + (whole == 0 ? "" : " (" + percent.format((double) part / whole) + ")");
    }

    private void profile(ProcessProfile p) {
        html.append("<h1>");
        text(p.getName() == null ? "" : p.getName());
        html.append("</h1>\n<div class=\"key\">");
        text(p.getKey() == null ? "" : p.getKey());
        html.append("</div>\n<table class=\"fields\">\n");
        row(Messages.Field_Status, StatusWorkflow.label(p.getStatus(), locale));
        row(Messages.Field_ProcessType, processType(p.getProcessType()));
        row(Messages.Field_Folder, Steckbriefe.folderPath(p));
        row(Messages.Field_ResponsibleUnit, unitPath(p.getResponsibleUnit()));
        if (!p.getParticipations().isEmpty()) {
            rowHtml(Messages.Field_Participations, () -> list(p.getParticipations(), this::participation));
        }
        row(Messages.Field_ProcessOwner, p.getProcessOwner());
        if (p.getValidFrom() != null || p.getValidTo() != null) {
            row(Messages.Field_Validity, NLS.bind(Messages.Validity_Range, orDash(date(p.getValidFrom())),
                    orDash(date(p.getValidTo()))));
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        row(Messages.Field_CaseVolume, p.getCaseVolumePerYear() == 0 ? null : number.format(p.getCaseVolumePerYear()));
        row(Messages.Field_ProcessingMinutes,
                p.getProcessingMinutesPerCase() == 0 ? null : number.format(p.getProcessingMinutesPerCase()));
        row(Messages.Field_LeadTime, p.getLeadTimeDays() == 0 ? null : number.format(p.getLeadTimeDays()));
        row(Messages.Field_Digitalisation,
                p.getDigitalisationDegree() == 0 ? null : Integer.toString(p.getDigitalisationDegree()));
        row(Messages.Field_Tags, p.getTags().isEmpty() ? null : String.join(", ", p.getTags()));
        html.append("</table>\n");
        paragraph(Messages.Field_ShortDescription, p.getShortDescription());
        paragraph(Messages.Field_Description, p.getDescription());
        paragraph(Messages.Field_Trigger, p.getTrigger());
        paragraph(Messages.Field_Result, p.getResult());
        section(Messages.Section_Catalogues, p.getCatalogueReferences(), this::catalogueReference);
        section(Messages.Section_LegalBases, p.getLegalBases(), this::legalBasis);
        section(Messages.Section_Contexts, p.getContexts(), this::context);
        section(Messages.Section_Models, p.getModelReferences(), this::model);
        if (!p.getAttributeValues().isEmpty()) {
            section(Messages.Section_Attributes, p.getAttributeValues(), this::attribute);
        }
        history(p.getStatusHistory());
        if (!p.getPredecessors().isEmpty() || !p.getSuccessors().isEmpty()) {
            html.append("<h2>");
            text(Messages.Section_Relations);
            html.append("</h2>\n<table class=\"fields\">\n");
            row(Messages.Relations_Predecessors, names(p.getPredecessors()));
            row(Messages.Relations_Successors, names(p.getSuccessors()));
            html.append("</table>\n");
        }
        html.append("</div>\n");
    }

    private void history(List<StatusChange> changes) {
        html.append("<h2>");
        text(Messages.Section_History);
        html.append("</h2>\n");
        if (changes.isEmpty()) {
            html.append("<p class=\"none\">").append(escape(Messages.None)).append("</p>\n");
            return;
        }
        html.append("<table class=\"history\">\n<tr>");
        for (String header : new String[] { Messages.History_When, Messages.History_From, Messages.History_To,
                Messages.History_Who, Messages.History_Comment }) {
            html.append("<th>");
            text(header);
            html.append("</th>");
        }
        html.append("</tr>\n");
        for (StatusChange change : changes) {
            html.append("<tr>");
            cell(date(change.getWhen()));
            cell(change.getFrom() == null ? null : StatusWorkflow.label(change.getFrom(), locale));
            cell(change.getTo() == null ? null : StatusWorkflow.label(change.getTo(), locale));
            cell(change.getWho());
            cell(change.getComment());
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private <T> void section(String title, List<T> items, Consumer<T> renderer) {
        html.append("<h2>");
        text(title);
        html.append("</h2>\n");
        if (items.isEmpty()) {
            html.append("<p class=\"none\">").append(escape(Messages.None)).append("</p>\n");
        } else {
            list(items, renderer);
        }
    }

    private <T> void list(List<T> items, Consumer<T> renderer) {
        html.append("<ul>\n");
        for (T item : items) {
            html.append("<li>");
            renderer.accept(item);
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void participation(Participation participation) {
        text(orDash(unitPath(participation.getUnit())));
        if (participation.getRole() != null) {
            text(" (" + participation.getRole() + ")");
        }
    }

    private void catalogueReference(CatalogueReference r) {
        text(r.getCatalogueId() == null ? "" : r.getCatalogueId() + " ");
        html.append("<b>");
        text(r.getKey() == null ? "" : r.getKey());
        html.append("</b>");
        if (r.getLabel() != null) {
            text(" \u2013 " + r.getLabel());
        }
        if (r.getCatalogueVersion() != null) {
            text(" (" + r.getCatalogueVersion() + ")");
        }
    }

    private void legalBasis(LegalBasis b) {
        String citation = LegalBasisText.format(b);
        link(citation.isEmpty() ? b.getUrl() : citation, b.getUrl());
        if (b.getTitle() != null && !citation.contains(b.getTitle())) {
            text(" \u2013 " + b.getTitle());
        }
    }

    private void context(ProcessContext c) {
        text(contextKind(c.getKind()) + ": ");
        link(c.getName() == null ? c.getUrl() : c.getName(), c.getUrl());
        if (c.getProvider() != null) {
            text(" (" + c.getProvider() + ")");
        }
        if (c.getDescription() != null) {
            html.append("<br/>");
            text(c.getDescription());
        }
    }

    private void model(ProcessModelReference m) {
        text(m.getTitle() != null ? m.getTitle() + " \u2013 " : "");
        html.append("<code>");
        text(m.getPath() == null ? "" : m.getPath());
        html.append("</code>");
        if (m.getDetailLevel() != 0) {
            text(" (" + NLS.bind(Messages.Model_DetailLevel, m.getDetailLevel()) + ")");
        }
    }

    private void attribute(AttributeValue v) {
        String name = v.getDefinition() == null ? "?" : v.getDefinition().getLabelDe();
        text(name + ": " + (v.getValue() == null ? "" : v.getValue()));
    }

    private void link(String label, String url) {
        if (url == null || url.isBlank()) {
            text(label == null ? "" : label);
            return;
        }
        html.append("<a href=\"").append(escape(url.strip())).append("\">");
        text(label == null ? url : label);
        html.append("</a>");
    }

    private void row(String header, String value) {
        if (header == null || value == null || value.isEmpty()) {
            return;
        }
        html.append("<tr><th>");
        text(header);
        html.append("</th><td>");
        multiline(value);
        html.append("</td></tr>\n");
    }

    private void rowHtml(String header, Runnable value) {
        html.append("<tr><th>");
        text(header);
        html.append("</th><td>");
        value.run();
        html.append("</td></tr>\n");
    }

    private void cell(String value) {
        html.append("<td>");
        text(value == null ? "" : value);
        html.append("</td>");
    }

    private void paragraph(String header, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<h2>");
        text(header);
        html.append("</h2>\n<p>");
        multiline(value);
        html.append("</p>\n");
    }

    private void multiline(String value) {
        String[] lines = value.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.append("<br/>");
            }
            text(lines[i]);
        }
    }

    private void text(String value) {
        html.append(escape(value));
    }

    /** XML-escaped text; the characters XML 1.0 forbids become U+FFFD. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    // a control character (register of an older version) is shown as U+FFFD, not dropped
                    out.append(ControlCharacters.isControl(c) ? ControlCharacters.REPLACEMENT : c);
                }
            }
        }
        return out.toString();
    }

    private String names(List<ProcessProfile> profiles) {
        if (profiles.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ProcessProfile profile : profiles) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(profile.getKey() == null ? "" : profile.getKey() + " ").append(orDash(profile.getName()));
        }
        return text.toString();
    }

    private static String unitPath(OrgUnit unit) {
        if (unit == null) {
            return null;
        }
        StringBuilder path = new StringBuilder(unit.getName() == null ? "?" : unit.getName());
        for (OrgUnit parent = Steckbriefe.parent(unit); parent != null; parent = Steckbriefe.parent(parent)) {
            path.insert(0, (parent.getName() == null ? "?" : parent.getName()) + " \u203a ");
        }
        return path.toString();
    }

    private String date(Date date) {
        return date == null ? null : dateFormat.format(date.toInstant());
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? Messages.None : text;
    }

    private static String processType(ProcessType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case CORE -> Messages.Type_CORE;
            case SUPPORT -> Messages.Type_SUPPORT;
            case MANAGEMENT -> Messages.Type_MANAGEMENT;
        };
    }

    private static String contextKind(ContextKind kind) {
        if (kind == null) {
            return Messages.None;
        }
        return switch (kind) {
            case OAA -> Messages.Kind_OAA;
            case IT_PROCEDURE -> Messages.Kind_IT_PROCEDURE;
            case DOCUMENT -> Messages.Kind_DOCUMENT;
            case FORM -> Messages.Kind_FORM;
        };
    }
}

package org.prozesswerk.exchange.xprozess;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.xprozess.internal.Codes;
import org.prozesswerk.exchange.xprozess.internal.Messages;
import org.prozesswerk.exchange.xprozess.internal.PositionalDom;
import org.prozesswerk.exchange.xprozess.internal.XAttributes;
import org.prozesswerk.exchange.xprozess.internal.XmlOut;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.StatusChange;
import org.w3c.dom.Element;

/**
 * Writes Steckbriefe as an XProzess 2.0 message {@code alleInhalte.export.0303} with the element order of the
 * reference ADONIS export: a {@code prozessklasse} per Steckbrief in the {@code prozesskatalog}, a {@code prozess}
 * with {@code prozesssteckbrief}, {@code prozessmodell} and {@code zustandsangaben} in the {@code prozessbibliothek}.
 * The first BPMN model of a Steckbrief (path relative to the register file) is embedded as base64 of a ZIP in
 * {@code prozessmodelldatei/inhalt}. Features XProzess has no place for are listed in the report.
 *
 * <p>Options: {@code created} (ISO instant of {@code erstellungszeitpunkt}, default now), {@code messageId} (default a
 * random UUID), {@code author} (default "Prozesswerk") — fixed values give byte-identical output.
 */
public final class XProzessExporter implements Exporter {

    public static final String OPTION_CREATED = "created";
    public static final String OPTION_MESSAGE_ID = "messageId";
    public static final String OPTION_AUTHOR = "author";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_Task, request.profiles().size() * 2);
        ExchangeReport report = new ExchangeReport();
        ProcessRegister register = request.register();
        String created = request.option(OPTION_CREATED, "");
        Instant when = created.isBlank() ? Instant.now() : Instant.parse(created);
        try {
            XmlOut xml = new XmlOut(out);
            xml.startDocument(XProzess.MESSAGE, "produkt", "Prozesswerk", "produkthersteller", "Prozesswerk",
                    "xprozessVersion", "2.0");
            xml.start("nachrichtenkopf");
            xml.text("nachrichtUUID", request.option(OPTION_MESSAGE_ID, UUID.randomUUID().toString()));
            xml.code(Codes.NACHRICHTENTYP, "0303");
            xml.text("erstellungszeitpunkt", TIMESTAMP.format(when));
            xml.text("autor", request.option(OPTION_AUTHOR, "Prozesswerk"));
            xml.end();
            xml.start("prozesskatalog");
            xml.text("name", register.getName());
            for (ProcessProfile profile : request.profiles()) {
                progress.checkCanceled();
                klasse(xml, profile, report);
                reportReplaced(xml, profile, report);
                progress.worked(1);
            }
            xml.end();
            xml.start("prozessbibliothek");
            xml.text("name", register.getName());
            for (ProcessProfile profile : request.profiles()) {
                progress.checkCanceled();
                prozess(xml, profile, request, report);
                reportReplaced(xml, profile, report);
                report.countProfile();
                progress.worked(1);
            }
            xml.end();
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return report;
    }

    /** Each element written with U+FFFD for a control character (a register of an older version), as a warning. */
    private static void reportReplaced(XmlOut xml, ProcessProfile p, ExchangeReport report) {
        for (String[] replaced : xml.takeReplaced()) {
            report.warning(location(p), replaced[0], NLS.bind(Messages.Export_ControlCharacter, replaced[1]));
        }
    }

    private static void klasse(XmlOut xml, ProcessProfile p, ExchangeReport report) throws XMLStreamException {
        xml.start("prozessklasse");
        xml.text("id", id(p));
        xml.text("version", XAttributes.VERSION.get(p));
        xml.text("uebergeordneteProzessklasseID", null);
        xml.text("name", p.getName());
        xml.optional("bezeichnung", bezeichnung(p));
        xml.text("definition", p.getDescription());
        for (LegalBasis basis : p.getLegalBases()) {
            xml.start("handlungsgrundlage");
            xml.text("name", LegalBasisText.format(basis));
            xml.optional("uri", basis.getUrl());
            xml.end();
            if (!LegalBasisText.roundTrips(basis)) {
                report.warning(location(p), LegalBasisText.format(basis),
                        NLS.bind(Messages.Export_NotCarried, "LegalBasis.title"));
            }
        }
        codeAttribute(xml, p, "zwecksetzung", Codes.ZWECKSETZUNG, XAttributes.ZWECKSETZUNG);
        codeAttribute(xml, p, "operativesZiel", Codes.OPERATIVES_ZIEL, XAttributes.OPERATIVES_ZIEL);
        codeAttribute(xml, p, "handlungsform", Codes.HANDLUNGSFORM, XAttributes.HANDLUNGSFORM);
        codeAttribute(xml, p, "verfahrensart", Codes.VERFAHRENSART, XAttributes.VERFAHRENSART);
        xml.optional("fachlichFreigebendeStelle", XAttributes.FREIGEBENDE_STELLE.get(p));
        if (p.getProcessType() != null) {
            xml.start("merkmal");
            xml.text("merkmalName", "Prozessart");
            xml.code(Codes.MERKMAL_DATENTYP, "038");
            xml.text("merkmalWert", switch (p.getProcessType()) {
                case CORE -> "Kernprozess";
                case SUPPORT -> "Unterstützungsprozess";
                case MANAGEMENT -> "Führungsprozess";
            });
            xml.end();
        }
        xml.optional("schlagwort", p.getTags().isEmpty() ? null : String.join("|", p.getTags()));
        zustand(xml, p);
        xml.end();
    }

    private static void prozess(XmlOut xml, ProcessProfile p, ExportRequest request, ExchangeReport report)
            throws XMLStreamException, ExchangeException, IOException {
        xml.start("prozess");
        xml.text("id", id(p));
        xml.text("version", XAttributes.VERSION.get(p));
        xml.text("name", p.getName());
        xml.optional("bezeichnung", bezeichnung(p));
        xml.optional("fachlichFreigebendeStelle", XAttributes.FREIGEBENDE_STELLE.get(p));
        xml.optional("schlagwort", p.getTags().isEmpty() ? null : String.join("|", p.getTags()));
        xml.start("prozesssteckbrief");
        xml.text("definition", p.getShortDescription());
        xml.text("beschreibung", null);
        xml.start("ausloeser");
        if (p.getTrigger() != null && p.getTrigger().strip().matches("[A-Z]\\d{8}(V\\d+(\\.\\d+)*)?")) {
            xml.text("formularID", p.getTrigger().strip());
        } else {
            xml.optional("beschreibung", p.getTrigger());
        }
        xml.end();
        xml.start("ergebnis");
        xml.optional("beschreibung", p.getResult());
        xml.end();
        for (Participation participation : p.getParticipations()) {
            xml.start("prozessteilnehmer");
            xml.text("name", participation.getUnit() == null ? null : participation.getUnit().getName());
            String role = participation.getRole();
            if (role != null && role.matches("\\d+")) {
                xml.code(Codes.PROZESSROLLE, role);
            } else if (role != null) {
                report.skipped(location(p), role, Messages.Export_Role);
            }
            xml.end();
        }
        String detailLevel = p.getModelReferences().isEmpty() || p.getModelReferences().get(0).getDetailLevel() == 0
                ? XAttributes.DETAILLIERUNGSSTUFE.get(p)
                : Integer.toString(p.getModelReferences().get(0).getDetailLevel());
        if (detailLevel != null) {
            xml.code(Codes.DETAILLIERUNGSSTUFE, detailLevel);
        }
        String laender = XAttributes.BUNDESLAENDER.get(p);
        if (laender != null) {
            for (String land : laender.split("\\s+")) {
                xml.start("verwaltungspolitischeKodierung");
                xml.code(Codes.BUNDESLAND, land);
                xml.end();
            }
        }
        xml.end();
        structure(xml, p, report);
        model(xml, p, request, report);
        zustand(xml, p);
        xml.end();
        notCarried(p, report);
    }

    /** The structure description kept by the import, where the reference message has it. */
    private static void structure(XmlOut xml, ProcessProfile p, ExchangeReport report) throws XMLStreamException {
        XAttributes attribute = XAttributes.STRUKTURBESCHREIBUNG;
        String kept = attribute.get(p);
        if (kept == null) {
            return;
        }
        Element structure;
        try {
            structure = PositionalDom.parse(new ByteArrayInputStream(kept.getBytes(StandardCharsets.UTF_8)),
                    attribute.id()).getDocumentElement();
        } catch (IOException | ExchangeException e) {
            report.skipped(location(p), attribute.labelDe(),
                    NLS.bind(Messages.Export_StructureUnreadable, attribute.id(), e.getMessage()));
            return;
        }
        if (!XProzess.NAMESPACE.equals(structure.getNamespaceURI())
                || !"prozessstrukturbeschreibung".equals(structure.getLocalName())) {
            report.skipped(location(p), attribute.labelDe(), NLS.bind(Messages.Export_StructureUnreadable,
                    attribute.id(), "<" + structure.getTagName() + ">"));
            return;
        }
        xml.copy(structure);
    }

    private static void model(XmlOut xml, ProcessProfile p, ExportRequest request, ExchangeReport report)
            throws XMLStreamException, IOException {
        List<ProcessModelReference> models = p.getModelReferences();
        if (models.isEmpty()) {
            return;
        }
        ProcessModelReference model = models.get(0);
        for (int i = 1; i < models.size(); i++) {
            report.skipped(location(p), models.get(i).getPath(), NLS.bind(Messages.Export_NotCarried,
                    "modelReferences[" + i + "]"));
        }
        Path base = request.baseDirectory();
        if (base == null || model.getPath() == null) {
            report.skipped(location(p), model.getPath(), Messages.Export_NoModelFile);
            return;
        }
        Path file = base.resolve(model.getPath()).normalize();
        if (!Files.isRegularFile(file)) {
            report.skipped(location(p), model.getPath(), NLS.bind(Messages.Export_ModelMissing, file));
            return;
        }
        String title = model.getTitle() != null ? model.getTitle() : file.getFileName().toString();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            ZipEntry entry = new ZipEntry(title.replaceAll("[/\\\\]", "_") + ".xml");
            entry.setTime(0);
            out.putNextEntry(entry);
            Files.copy(file, out);
            out.closeEntry();
        }
        xml.start("prozessmodell");
        xml.start("prozessmodelldatei");
        xml.text("dateiname", title);
        xml.start("modellierungsmethode");
        xml.code(Codes.MODELLIERUNGSMETHODE, "10");
        xml.text("freitext", "FIM");
        xml.end();
        xml.code(Codes.MIME_TYPE, "1");
        xml.base64("inhalt", zip.toByteArray());
        xml.end();
        xml.end();
    }

    private static void zustand(XmlOut xml, ProcessProfile p) throws XMLStreamException {
        xml.start("zustandsangaben");
        StatusChange last = p.getStatusHistory().isEmpty() ? null
                : p.getStatusHistory().get(p.getStatusHistory().size() - 1);
        xml.optional("letzterAenderungszeitpunkt", last == null ? null : timestamp(last.getWhen()));
        xml.optional("letzterBearbeiter", last == null ? null : last.getWho());
        if (p.getStatus() != null) {
            xml.code(Codes.STATUS, Integer.toString(p.getStatus().getValue()));
        }
        xml.text("anmerkungLetzteAenderung", last == null ? null : last.getComment());
        if (p.getValidFrom() != null || p.getValidTo() != null) {
            xml.start("gueltigkeitszeitraum");
            xml.optional("beginn", timestamp(p.getValidFrom()));
            xml.optional("ende", timestamp(p.getValidTo()));
            xml.end();
        }
        xml.optional("fachlicherFreigabezeitpunkt", isoToTimestamp(XAttributes.FACHLICHE_FREIGABE.get(p)));
        xml.optional("formellerFreigabezeitpunkt", isoToTimestamp(XAttributes.FORMELLE_FREIGABE.get(p)));
        xml.end();
    }

    private static void codeAttribute(XmlOut xml, ProcessProfile p, String name, Codes list, XAttributes attribute)
            throws XMLStreamException {
        String code = attribute.get(p);
        if (code != null) {
            xml.code(name, list, code);
        }
    }

    /** Lists what the message cannot carry, once per Steckbrief and feature. */
    private static void notCarried(ProcessProfile p, ExchangeReport report) {
        String where = location(p);
        if (p.getResponsibleUnit() != null) {
            report.skipped(where, p.getResponsibleUnit().getName(), NLS.bind(Messages.Export_NotCarried, "responsibleUnit"));
        }
        if (p.getProcessOwner() != null) {
            report.skipped(where, p.getProcessOwner(), NLS.bind(Messages.Export_NotCarried, "processOwner"));
        }
        if (p.getCaseVolumePerYear() != 0 || p.getProcessingMinutesPerCase() != 0 || p.getLeadTimeDays() != 0) {
            report.skipped(where, "", NLS.bind(Messages.Export_NotCarried,
                    "caseVolumePerYear, processingMinutesPerCase, leadTimeDays"));
        }
        if (p.getDigitalisationDegree() != 0) {
            report.skipped(where, Integer.toString(p.getDigitalisationDegree()),
                    NLS.bind(Messages.Export_NotCarried, "digitalisationDegree"));
        }
        if (!p.getContexts().isEmpty()) {
            report.skipped(where, p.getContexts().size() + "", NLS.bind(Messages.Export_NotCarried, "contexts"));
        }
        if (!p.getPredecessors().isEmpty() || !p.getSuccessors().isEmpty()) {
            report.skipped(where, "", NLS.bind(Messages.Export_NotCarried, "predecessors, successors"));
        }
        if (p.getStatusHistory().size() > 1) {
            report.skipped(where, Integer.toString(p.getStatusHistory().size() - 1), Messages.Export_History);
        }
        for (CatalogueReference reference : p.getCatalogueReferences()) {
            boolean carried = XProzess.LEIKA.equalsIgnoreCase(reference.getCatalogueId())
                    && id(p).equals(reference.getKey());
            if (!carried) {
                report.skipped(where, reference.getCatalogueId() + " " + reference.getKey(),
                        NLS.bind(Messages.Export_NotCarried, "catalogueReferences"));
            }
        }
        for (AttributeValue value : p.getAttributeValues()) {
            if (!XAttributes.isOurs(value)) {
                report.skipped(where, value.getDefinition() == null ? "" : value.getDefinition().getLabelDe(),
                        NLS.bind(Messages.Export_NotCarried, "attributeValues"));
            }
        }
    }

    /** The XProzess id: the key, else the LeiKa key, else the technical id. */
    static String id(ProcessProfile p) {
        if (p.getKey() != null && !p.getKey().isBlank()) {
            return p.getKey();
        }
        for (CatalogueReference reference : p.getCatalogueReferences()) {
            if (XProzess.LEIKA.equalsIgnoreCase(reference.getCatalogueId()) && reference.getKey() != null) {
                return reference.getKey();
            }
        }
        return p.getId();
    }

    private static String bezeichnung(ProcessProfile p) {
        String id = id(p);
        for (CatalogueReference reference : p.getCatalogueReferences()) {
            if (XProzess.LEIKA.equalsIgnoreCase(reference.getCatalogueId()) && id.equals(reference.getKey())) {
                return reference.getLabel();
            }
        }
        return null;
    }

    private static String location(ProcessProfile p) {
        return id(p);
    }

    private static String timestamp(Date date) {
        return date == null ? null : TIMESTAMP.format(date.toInstant());
    }

    private static String isoToTimestamp(String iso) {
        return iso == null ? null : TIMESTAMP.format(Instant.parse(iso));
    }
}

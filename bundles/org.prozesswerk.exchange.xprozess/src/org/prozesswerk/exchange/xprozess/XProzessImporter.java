package org.prozesswerk.exchange.xprozess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.xprozess.internal.Dom;
import org.prozesswerk.exchange.xprozess.internal.ElementPath;
import org.prozesswerk.exchange.xprozess.internal.Messages;
import org.prozesswerk.exchange.xprozess.internal.PositionalDom;
import org.prozesswerk.exchange.xprozess.internal.SafeZip;
import org.prozesswerk.exchange.xprozess.internal.XAttributes;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.StatusChange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Imports an XProzess 2.0 message (e.g. ADONIS' {@code alleInhalte.export.0303}): one Steckbrief per
 * {@code prozessbibliothek/prozess}, merged with the {@code prozesskatalog/prozessklasse} of the same id (a class
 * without process becomes a Steckbrief of its own). The mapping is the table in docs/exchange.md. The BPMN model in
 * {@code prozessmodell/prozessmodelldatei/inhalt} (base64 of a ZIP) is unpacked within {@link XProzessLimits},
 * written to {@code modelle/<key>.bpmn} next to the register file and referenced by a
 * {@link ProcessModelReference}. Participants become participations of existing units (same name) or of new ones.
 *
 * <p>Every element is accounted for in the report: mapped, created, or skipped with its reason; a final scan lists
 * any element with content that no rule consumed. Ids are derived from the XProzess id and version, so importing the
 * same message twice gives equal Steckbriefe.
 *
 * <p>Option {@code modelFolder} (default {@code modelle}): the folder, relative to the register file, for models.
 */
public final class XProzessImporter implements Importer {

    public static final String OPTION_MODEL_FOLDER = "modelFolder";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private final XProzessLimits limits;

    public XProzessImporter() {
        this(XProzessLimits.DEFAULT);
    }

    public XProzessImporter(XProzessLimits limits) {
        this.limits = limits;
    }

    @Override
    public ExchangeReport importInto(ImportRequest request, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_Task, 10);
        String source = request.source().toString();
        Document document;
        try (InputStream in = Files.newInputStream(request.source())) {
            document = PositionalDom.parse(in, source);
        }
        progress.worked(3);
        ExchangeReport report = new ExchangeReport();
        new Run(request, source, report, progress.split(7)).run(document.getDocumentElement());
        return report;
    }

    /** One import: the state shared by the elements of a message. */
    private final class Run {

        private final ImportRequest request;
        private final ProcessRegister target;
        private final String source;
        private final ExchangeReport report;
        private final SubMonitor progress;
        private final Set<Element> done = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<String, OrgUnit> units = new HashMap<>();
        private final Set<String> ids = new HashSet<>();

        Run(ImportRequest request, String source, ExchangeReport report, SubMonitor progress) {
            this.request = request;
            this.target = request.target();
            this.source = source;
            this.report = report;
            this.progress = progress;
            for (OrgUnit unit : Steckbriefe.units(target)) {
                units.putIfAbsent(norm(unit.getName()), unit);
            }
            for (ProcessProfile profile : Steckbriefe.all(target)) {
                ids.add(profile.getId());
            }
        }

        void run(Element root) throws ExchangeException, IOException {
            if (!XProzess.NAMESPACE.equals(root.getNamespaceURI())) {
                throw error(root, NLS.bind(Messages.Import_NotXProzess, XProzess.NAMESPACE), null);
            }
            String version = root.getAttribute("xprozessVersion");
            if (!version.isEmpty() && !version.startsWith("2")) {
                report.warning(ElementPath.of(root), "xprozessVersion=" + version, Messages.Import_Version);
            }
            Map<String, Element> classes = new LinkedHashMap<>();
            List<Element> processes = new ArrayList<>();
            for (Element child : Dom.children(root)) {
                switch (ElementPath.localName(child)) {
                    case "nachrichtenkopf" -> skip(child, null, Messages.Import_Header);
                    case "prozesskatalog" -> {
                        skip(Dom.child(child, "name"), Dom.text(child, "name"), Messages.Import_CatalogueName);
                        for (Element klasse : Dom.children(child, "prozessklasse")) {
                            classes.putIfAbsent(required(klasse, "id"), klasse);
                        }
                    }
                    case "prozessbibliothek" -> {
                        Element name = Dom.child(child, "name");
                        if (name != null && Dom.text(name) != null && target.getName() == null) {
                            target.setName(Dom.text(name));
                            mapped(name, "ProcessRegister.name");
                        } else {
                            skip(name, Dom.text(name), Messages.Import_RegisterName);
                        }
                        processes.addAll(Dom.children(child, "prozess"));
                    }
                    default -> {
                        // left to the final scan
                    }
                }
            }
            progress.setWorkRemaining(processes.size() + classes.size() + 1);
            for (Element prozess : processes) {
                progress.checkCanceled();
                String id = required(prozess, "id");
                importProcess(prozess, classes.remove(id));
                progress.worked(1);
            }
            for (Element klasse : classes.values()) {
                report.warning(ElementPath.of(klasse), Dom.text(klasse, "name"), Messages.Import_ClassOnly);
                importProcess(null, klasse);
                progress.worked(1);
            }
            leftovers(root);
        }

        private void importProcess(Element prozess, Element klasse) throws ExchangeException, IOException {
            Element main = prozess != null ? prozess : klasse;
            String id = required(main, "id");
            String name = required(main, "name");
            String version = first(prozess, klasse, "version");
            ProcessProfile profile = F.createProcessProfile();
            String profileId = UUID.nameUUIDFromBytes(("xprozess:" + id + ":" + (version == null ? "" : version))
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (ids.contains(profileId)) {
                report.warning(ElementPath.of(main), id, Messages.Import_IdTaken);
                profileId = UUID.randomUUID().toString();
            }
            ids.add(profileId);
            profile.setId(profileId);
            profile.setKey(id);
            mappedBoth(prozess, klasse, "id", "ProcessProfile.key");
            profile.setName(name);
            mappedBoth(prozess, klasse, "name", "ProcessProfile.name");
            XAttributes.VERSION.set(target, profile, version);
            mappedBoth(prozess, klasse, "version", "attribute " + XAttributes.VERSION.id());

            String bezeichnung = first(prozess, klasse, "bezeichnung");
            if (id.matches("99\\d{12}")) {
                CatalogueReference reference = F.createCatalogueReference();
                reference.setCatalogueId(XProzess.LEIKA);
                reference.setKey(id);
                reference.setLabel(bezeichnung);
                profile.getCatalogueReferences().add(reference);
                mappedBoth(prozess, klasse, "bezeichnung", "CatalogueReference(leika).label");
            } else {
                skip(Dom.child(main, "bezeichnung"), bezeichnung, NLS.bind(Messages.Import_NotModelled, "bezeichnung"));
            }
            String stelle = first(prozess, klasse, "fachlichFreigebendeStelle");
            XAttributes.FREIGEBENDE_STELLE.set(target, profile, stelle);
            mappedBoth(prozess, klasse, "fachlichFreigebendeStelle",
                    "attribute " + XAttributes.FREIGEBENDE_STELLE.id());
            tags(profile, prozess, klasse);

            if (klasse != null) {
                klasse(profile, klasse);
            }
            Element state = null;
            Integer detailLevel = null;
            if (prozess != null) {
                for (Element klassifikation : Dom.children(prozess, "klassifikation")) {
                    classification(klassifikation);
                }
                detailLevel = steckbrief(profile, Dom.child(prozess, "prozesssteckbrief"));
                structure(Dom.child(prozess, "prozessstrukturbeschreibung"));
                models(profile, Dom.child(prozess, "prozessmodell"));
                state = Dom.child(prozess, "zustandsangaben");
                if (klasse != null) {
                    Element classState = Dom.child(klasse, "zustandsangaben");
                    skip(classState, Dom.code(Dom.child(classState, "status")), Messages.Import_ClassState);
                }
            } else {
                state = Dom.child(klasse, "zustandsangaben");
            }
            if (detailLevel != null) {
                if (profile.getModelReferences().isEmpty()) {
                    XAttributes.DETAILLIERUNGSSTUFE.set(target, profile, Integer.toString(detailLevel));
                } else {
                    for (ProcessModelReference model : profile.getModelReferences()) {
                        model.setDetailLevel(detailLevel);
                    }
                }
            }
            state(profile, state);
            target.getUnfiledProfiles().add(profile);
            report.countProfile();
        }

        private void klasse(ProcessProfile profile, Element klasse) {
            Element definition = Dom.child(klasse, "definition");
            if (Dom.text(definition) != null) {
                profile.setDescription(Dom.text(definition));
                mapped(definition, "ProcessProfile.description");
            }
            for (Element grundlage : Dom.children(klasse, "handlungsgrundlage")) {
                LegalBasis basis = LegalBasisText.parse(Dom.text(grundlage, "name"));
                if (basis == null) {
                    continue; // nothing to map; the scan reports a lone uri
                }
                basis.setUrl(Dom.text(grundlage, "uri"));
                profile.getLegalBases().add(basis);
                report.mapped(ElementPath.of(grundlage), Dom.text(grundlage, "name"), "ProcessProfile.legalBases");
                done.add(Dom.child(grundlage, "name"));
                done.add(Dom.child(grundlage, "uri"));
                Element art = Dom.child(grundlage, "art");
                if (art != null) {
                    skip(art, Dom.code(art), Messages.Import_Art);
                }
            }
            code(profile, klasse, "zwecksetzung", XAttributes.ZWECKSETZUNG);
            code(profile, klasse, "operativesZiel", XAttributes.OPERATIVES_ZIEL);
            code(profile, klasse, "handlungsform", XAttributes.HANDLUNGSFORM);
            code(profile, klasse, "verfahrensart", XAttributes.VERFAHRENSART);
            for (Element merkmal : Dom.children(klasse, "merkmal")) {
                String merkmalName = Dom.text(merkmal, "merkmalName");
                String wert = Dom.text(merkmal, "merkmalWert");
                ProcessType type = "Prozessart".equalsIgnoreCase(merkmalName) ? processType(wert) : null;
                if (type != null) {
                    profile.setProcessType(type);
                    report.mapped(ElementPath.of(merkmal), merkmalName + " = " + wert, "ProcessProfile.processType");
                    done.add(merkmal);
                } else {
                    skip(merkmal, merkmalName + " = " + wert, Messages.Import_Merkmal);
                }
            }
            for (Element klassifikation : Dom.children(klasse, "klassifikation")) {
                classification(klassifikation);
            }
        }

        private Integer steckbrief(ProcessProfile profile, Element steckbrief) throws ExchangeException {
            if (steckbrief == null) {
                return null;
            }
            Element definition = Dom.child(steckbrief, "definition");
            if (Dom.text(definition) != null) {
                profile.setShortDescription(Dom.text(definition));
                mapped(definition, "ProcessProfile.shortDescription");
            }
            Element beschreibung = Dom.child(steckbrief, "beschreibung");
            if (Dom.text(beschreibung) != null) {
                if (profile.getDescription() == null) {
                    profile.setDescription(Dom.text(beschreibung));
                    mapped(beschreibung, "ProcessProfile.description");
                } else {
                    skip(beschreibung, Dom.text(beschreibung), Messages.Import_BeschreibungKept);
                }
            }
            Element ausloeser = Dom.child(steckbrief, "ausloeser");
            if (ausloeser != null && Dom.text(ausloeser) != null) {
                String form = Dom.text(ausloeser, "formularID");
                profile.setTrigger(form != null ? form : Dom.text(ausloeser));
                mapped(ausloeser, "ProcessProfile.trigger");
            }
            Element ergebnis = Dom.child(steckbrief, "ergebnis");
            if (ergebnis != null && Dom.text(ergebnis) != null) {
                profile.setResult(Dom.text(ergebnis));
                mapped(ergebnis, "ProcessProfile.result");
            }
            for (Element teilnehmer : Dom.children(steckbrief, "prozessteilnehmer")) {
                String unitName = Dom.text(teilnehmer, "name");
                if (unitName == null) {
                    continue;
                }
                Participation participation = F.createParticipation();
                participation.setUnit(unit(unitName, teilnehmer));
                participation.setRole(Dom.code(Dom.child(teilnehmer, "rolle")));
                profile.getParticipations().add(participation);
                mapped(teilnehmer, "ProcessProfile.participations");
            }
            Integer detailLevel = null;
            Element stufe = Dom.child(steckbrief, "detaillierungsstufe");
            if (stufe != null && Dom.code(stufe) != null) {
                try {
                    detailLevel = Integer.valueOf(Dom.code(stufe));
                    mapped(stufe, "ProcessModelReference.detailLevel");
                } catch (NumberFormatException e) {
                    reject(stufe, Dom.code(stufe), NLS.bind(Messages.Import_BadCode, Dom.code(stufe)));
                }
            }
            List<String> laender = new ArrayList<>();
            for (Element kodierung : Dom.children(steckbrief, "verwaltungspolitischeKodierung")) {
                Element bundesland = Dom.child(kodierung, "bundesland");
                if (bundesland != null && Dom.children(kodierung).size() == 1 && Dom.code(bundesland) != null) {
                    laender.add(Dom.code(bundesland));
                    done.add(kodierung);
                }
            }
            if (!laender.isEmpty()) {
                XAttributes.BUNDESLAENDER.set(target, profile, String.join(" ", laender));
                report.mapped(ElementPath.of(steckbrief) + "/verwaltungspolitischeKodierung",
                        String.join(" ", laender), "attribute " + XAttributes.BUNDESLAENDER.id());
            }
            return detailLevel;
        }

        private void structure(Element structure) {
            if (structure == null) {
                return;
            }
            Element fim = Dom.child(structure, "strukturbeschreibungFIM");
            for (Element gruppe : Dom.children(fim, "aktivitaetengruppe")) {
                int bases = Dom.children(gruppe, "handlungsgrundlage").size();
                report.skipped(ElementPath.of(gruppe),
                        Dom.text(gruppe, "id") + " \u201e" + Dom.text(gruppe, "name") + "\u201c",
                        NLS.bind(Messages.Import_ActivityGroup, bases));
                done.add(gruppe);
            }
            skip(structure, null, NLS.bind(Messages.Import_NotModelled, "prozessstrukturbeschreibung"));
        }

        private void models(ProcessProfile profile, Element prozessmodell) throws ExchangeException, IOException {
            if (prozessmodell == null) {
                return;
            }
            boolean first = true;
            for (Element datei : Dom.children(prozessmodell, "prozessmodelldatei")) {
                List<SafeZip.Entry> entries = unpack(datei);
                SafeZip.Entry model = entries.get(0);
                if (!first) {
                    skip(datei, Dom.text(datei, "dateiname"),
                            NLS.bind(Messages.Import_Attachment, model.name(), model.content().length));
                    continue;
                }
                first = false;
                for (int i = 1; i < entries.size(); i++) {
                    report.skipped(ElementPath.of(datei), entries.get(i).name(), Messages.Import_ExtraZipEntry);
                }
                Path base = request.baseDirectory();
                if (base == null) {
                    skip(datei, Dom.text(datei, "dateiname"), Messages.Import_NoRegisterFile);
                    continue;
                }
                String folder = request.option(OPTION_MODEL_FOLDER, "modelle");
                String fileName = profile.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".bpmn";
                Path file = base.resolve(folder).resolve(fileName);
                Files.createDirectories(file.getParent());
                Files.write(file, model.content());
                ProcessModelReference reference = F.createProcessModelReference();
                reference.setPath(folder.isEmpty() ? fileName : folder + "/" + fileName);
                reference.setTitle(Dom.text(datei, "dateiname"));
                profile.getModelReferences().add(reference);
                report.mapped(ElementPath.of(datei), model.name() + " (" + model.content().length + " Bytes)",
                        NLS.bind(Messages.Import_ModelWritten, reference.getPath()));
                done.add(datei);
            }
            for (String kind : List.of("visualisierungsdatei", "beschreibungsdatei")) {
                for (Element datei : Dom.children(prozessmodell, kind)) {
                    List<SafeZip.Entry> entries = unpack(datei);
                    skip(datei, Dom.text(datei, "dateiname"),
                            NLS.bind(Messages.Import_Attachment, entries.get(0).name(), entries.get(0).content().length));
                }
            }
        }

        /** Decodes and unpacks the {@code inhalt} of a file element; errors name the element. */
        private List<SafeZip.Entry> unpack(Element datei) throws ExchangeException {
            Element inhalt = Dom.child(datei, "inhalt");
            if (inhalt == null) {
                throw missing(datei, "inhalt");
            }
            String text = inhalt.getTextContent();
            if (text.length() > limits.maxBase64Chars()) {
                throw error(inhalt, NLS.bind(Messages.Import_Base64TooLong, limits.maxBase64Chars()), null);
            }
            byte[] zip;
            try {
                zip = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
            } catch (IllegalArgumentException e) {
                throw error(inhalt, NLS.bind(Messages.Import_Base64, e.getMessage()), e);
            }
            try {
                return SafeZip.unzip(zip, limits);
            } catch (IOException e) {
                throw error(inhalt, NLS.bind(Messages.Import_Zip, e.getMessage()), e);
            }
        }

        private void state(ProcessProfile profile, Element state) {
            if (state == null) {
                return;
            }
            Element status = Dom.child(state, "status");
            FimStatus fimStatus = null;
            if (status != null && Dom.code(status) != null) {
                try {
                    fimStatus = FimStatus.get(Integer.parseInt(Dom.code(status)));
                } catch (NumberFormatException e) {
                    fimStatus = null;
                }
                if (fimStatus == null) {
                    reject(status, Dom.code(status), NLS.bind(Messages.Import_BadCode, Dom.code(status)));
                } else {
                    profile.setStatus(fimStatus);
                    mapped(status, "ProcessProfile.status");
                }
            }
            Element period = Dom.child(state, "gueltigkeitszeitraum");
            profile.setValidFrom(date(Dom.child(period, "beginn"), "ProcessProfile.validFrom"));
            profile.setValidTo(date(Dom.child(period, "ende"), "ProcessProfile.validTo"));
            Element changed = Dom.child(state, "letzterAenderungszeitpunkt");
            Element editor = Dom.child(state, "letzterBearbeiter");
            Element remark = Dom.child(state, "anmerkungLetzteAenderung");
            Date when = date(changed, "StatusChange.when");
            if (when != null || Dom.text(editor) != null || Dom.text(remark) != null) {
                StatusChange change = F.createStatusChange();
                change.setTo(fimStatus);
                change.setWhen(when);
                change.setWho(Dom.text(editor));
                change.setComment(Dom.text(remark));
                profile.getStatusHistory().add(change);
                if (Dom.text(editor) != null) {
                    mapped(editor, "StatusChange.who");
                }
                if (Dom.text(remark) != null) {
                    mapped(remark, "StatusChange.comment");
                }
            }
            dateAttribute(profile, Dom.child(state, "fachlicherFreigabezeitpunkt"), XAttributes.FACHLICHE_FREIGABE);
            dateAttribute(profile, Dom.child(state, "formellerFreigabezeitpunkt"), XAttributes.FORMELLE_FREIGABE);
        }

        private void dateAttribute(ProcessProfile profile, Element element, XAttributes attribute) {
            Date date = date(element, "attribute " + attribute.id());
            if (date != null) {
                attribute.set(target, profile, date.toInstant().toString());
            }
        }

        private Date date(Element element, String feature) {
            String text = Dom.text(element);
            if (text == null) {
                return null;
            }
            try {
                Date date = parseDate(text);
                mapped(element, feature);
                return date;
            } catch (DateTimeParseException e) {
                reject(element, text, NLS.bind(Messages.Import_BadDate, e.getMessage()));
                return null;
            }
        }

        private void tags(ProcessProfile profile, Element prozess, Element klasse) {
            List<String> tags = new ArrayList<>();
            for (Element owner : new Element[] { prozess, klasse }) {
                for (Element schlagwort : Dom.children(owner, "schlagwort")) {
                    String text = Dom.text(schlagwort);
                    if (text != null) {
                        for (String tag : text.split("\\|")) {
                            if (!tag.isBlank() && !tags.contains(tag.strip())) {
                                tags.add(tag.strip());
                            }
                        }
                        mapped(schlagwort, "ProcessProfile.tags");
                    }
                }
            }
            profile.getTags().addAll(tags);
        }

        private void code(ProcessProfile profile, Element klasse, String name, XAttributes attribute) {
            Element element = Dom.child(klasse, name);
            if (element != null && Dom.code(element) != null) {
                attribute.set(target, profile, Dom.code(element));
                mapped(element, "attribute " + attribute.id());
            }
        }

        private void classification(Element klassifikation) {
            skip(klassifikation, Dom.text(klassifikation, "klasseID") + " " + Dom.text(klassifikation, "klasseName")
                    + " (" + Dom.text(klassifikation, "ordnungsrahmenName") + ")", Messages.Import_Classification);
        }

        private OrgUnit unit(String name, Element where) {
            OrgUnit unit = units.get(norm(name));
            if (unit != null) {
                report.mapped(ElementPath.of(where), name, Messages.Import_UnitFound);
                return unit;
            }
            unit = F.createOrgUnit();
            unit.setId("ou-" + UUID.nameUUIDFromBytes(("xprozess-unit:" + norm(name)).getBytes(StandardCharsets.UTF_8)));
            unit.setName(name);
            unit.setKind(OrgUnitKind.OTHER);
            target.getOrganisation().add(unit);
            units.put(norm(name), unit);
            report.created(ElementPath.of(where), name, Messages.Import_UnitCreated);
            return unit;
        }

        /** Reports every element with content that no rule consumed. */
        private void leftovers(Element element) {
            if (done.contains(element)) {
                return;
            }
            if (Dom.hasElementChildren(element)) {
                for (Element child : Dom.children(element)) {
                    leftovers(child);
                }
                return;
            }
            String text = Dom.text(element);
            if (text != null || hasOwnAttributes(element)) {
                report.skipped(ElementPath.of(element), text == null ? "" : abbreviate(text),
                        NLS.bind(Messages.Import_NotModelled, ElementPath.of(element)));
            }
        }

        private void mapped(Element element, String feature) {
            if (element == null) {
                return;
            }
            report.mapped(ElementPath.of(element), abbreviate(Dom.text(element) == null ? "" : Dom.text(element)),
                    NLS.bind(Messages.Feature, feature));
            done.add(element);
        }

        private void mappedBoth(Element prozess, Element klasse, String name, String feature) {
            mapped(Dom.child(prozess, name), feature);
            for (Element element : Dom.children(klasse, name)) {
                done.add(element);
            }
        }

        private void skip(Element element, String item, String reason) {
            if (element == null) {
                return;
            }
            report.skipped(ElementPath.of(element), item == null ? "" : abbreviate(item), reason);
            done.add(element);
        }

        private void reject(Element element, String item, String reason) {
            report.rejected(ElementPath.of(element), item == null ? "" : abbreviate(item), reason);
            done.add(element);
        }

        private String required(Element parent, String name) throws ExchangeException {
            String text = Dom.text(parent, name);
            if (text == null) {
                throw missing(parent, name);
            }
            return text;
        }

        private ExchangeException missing(Element parent, String name) {
            return new ExchangeException(source, PositionalDom.line(parent), PositionalDom.column(parent),
                    ElementPath.child(parent, name), NLS.bind(Messages.Import_Missing, name), null);
        }

        private ExchangeException error(Element element, String reason, Throwable cause) {
            return new ExchangeException(source, PositionalDom.line(element), PositionalDom.column(element),
                    ElementPath.of(element), reason, cause);
        }
    }

    private static String first(Element prozess, Element klasse, String name) {
        String text = Dom.text(prozess, name);
        return text != null ? text : Dom.text(klasse, name);
    }

    private static boolean hasOwnAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!name.equals("listURI") && !name.equals("listVersionID") && !name.startsWith("xmlns")) {
                return true;
            }
        }
        return false;
    }

    static ProcessType processType(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.GERMAN)) {
            case "kernprozess" -> ProcessType.CORE;
            case "unterstützungsprozess", "unterstuetzungsprozess", "supportprozess" -> ProcessType.SUPPORT;
            case "führungsprozess", "fuehrungsprozess", "managementprozess", "steuerungsprozess" ->
                ProcessType.MANAGEMENT;
            default -> null;
        };
    }

    static Date parseDate(String text) {
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                return Date.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    private static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() > 120 ? single.substring(0, 120) + "\u2026" : single;
    }
}

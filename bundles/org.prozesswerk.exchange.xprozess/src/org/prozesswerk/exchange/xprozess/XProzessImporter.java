package org.prozesswerk.exchange.xprozess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.xprozess.internal.Dom;
import org.prozesswerk.exchange.xprozess.internal.ElementPath;
import org.prozesswerk.exchange.xprozess.internal.ImportLedger;
import org.prozesswerk.exchange.xprozess.internal.Messages;
import org.prozesswerk.exchange.xprozess.internal.ModelFiles;
import org.prozesswerk.exchange.xprozess.internal.PositionalDom;
import org.prozesswerk.exchange.xprozess.internal.StateMapper;
import org.prozesswerk.exchange.xprozess.internal.SteckbriefMapper;
import org.prozesswerk.exchange.xprozess.internal.UnitDirectory;
import org.prozesswerk.exchange.xprozess.internal.XAttributes;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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

    /** One import: reads the message's structure and hands each part to the mapper of its concern. */
    private final class Run {

        private final ProcessRegister target;
        private final SubMonitor progress;
        private final ImportLedger ledger;
        private final SteckbriefMapper steckbriefe;
        private final ModelFiles models;
        private final StateMapper states;
        private final Set<String> ids = new HashSet<>();

        Run(ImportRequest request, String source, ExchangeReport report, SubMonitor progress) {
            this.target = request.target();
            this.progress = progress;
            this.ledger = new ImportLedger(source, report);
            this.steckbriefe = new SteckbriefMapper(target, ledger, new UnitDirectory(target, report));
            this.models = new ModelFiles(request, request.option(OPTION_MODEL_FOLDER, "modelle"), limits, ledger);
            this.states = new StateMapper(target, ledger);
            for (ProcessProfile profile : Steckbriefe.all(target)) {
                ids.add(profile.getId());
            }
        }

        void run(Element root) throws ExchangeException, IOException {
            ExchangeReport report = ledger.report();
            if (!XProzess.NAMESPACE.equals(root.getNamespaceURI())) {
                throw ledger.error(root, NLS.bind(Messages.Import_NotXProzess, XProzess.NAMESPACE), null);
            }
            String version = root.getAttribute("xprozessVersion");
            if (!version.isEmpty() && !version.startsWith("2")) {
                report.warning(ElementPath.of(root), "xprozessVersion=" + version, Messages.Import_Version);
            }
            Map<String, Element> classes = new LinkedHashMap<>();
            List<Element> processes = new ArrayList<>();
            for (Element child : Dom.children(root)) {
                switch (ElementPath.localName(child)) {
                    case "nachrichtenkopf" -> ledger.skip(child, null, Messages.Import_Header);
                    case "prozesskatalog" -> {
                        ledger.skip(Dom.child(child, "name"), Dom.text(child, "name"), Messages.Import_CatalogueName);
                        for (Element klasse : Dom.children(child, "prozessklasse")) {
                            classes.putIfAbsent(ledger.required(klasse, "id"), klasse);
                        }
                    }
                    case "prozessbibliothek" -> {
                        Element name = Dom.child(child, "name");
                        if (name != null && Dom.text(name) != null && target.getName() == null) {
                            target.setName(Dom.text(name));
                            ledger.mapped(name, "ProcessRegister.name");
                        } else {
                            ledger.skip(name, Dom.text(name), Messages.Import_RegisterName);
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
                String id = ledger.required(prozess, "id");
                importProcess(prozess, classes.remove(id));
                progress.worked(1);
            }
            for (Element klasse : classes.values()) {
                report.warning(ElementPath.of(klasse), Dom.text(klasse, "name"), Messages.Import_ClassOnly);
                importProcess(null, klasse);
                progress.worked(1);
            }
            ledger.leftovers(root);
        }

        private void importProcess(Element prozess, Element klasse) throws ExchangeException, IOException {
            Element main = prozess != null ? prozess : klasse;
            String id = ledger.required(main, "id");
            String name = ledger.required(main, "name");
            String version = first(prozess, klasse, "version");
            ProcessProfile profile = F.createProcessProfile();
            String profileId = UUID.nameUUIDFromBytes(("xprozess:" + id + ":" + (version == null ? "" : version))
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (ids.contains(profileId)) {
                ledger.report().warning(ElementPath.of(main), id, Messages.Import_IdTaken);
                profileId = UUID.randomUUID().toString();
            }
            ids.add(profileId);
            profile.setId(profileId);
            profile.setKey(id);
            ledger.mappedBoth(prozess, klasse, "id", "ProcessProfile.key");
            profile.setName(name);
            ledger.mappedBoth(prozess, klasse, "name", "ProcessProfile.name");
            XAttributes.VERSION.set(target, profile, version);
            ledger.mappedBoth(prozess, klasse, "version", "attribute " + XAttributes.VERSION.id());

            String bezeichnung = first(prozess, klasse, "bezeichnung");
            if (id.matches("99\\d{12}")) {
                CatalogueReference reference = F.createCatalogueReference();
                reference.setCatalogueId(XProzess.LEIKA);
                reference.setKey(id);
                reference.setLabel(bezeichnung);
                profile.getCatalogueReferences().add(reference);
                ledger.mappedBoth(prozess, klasse, "bezeichnung", "CatalogueReference(leika).label");
            } else {
                ledger.skip(Dom.child(main, "bezeichnung"), bezeichnung,
                        NLS.bind(Messages.Import_NotModelled, "bezeichnung"));
            }
            String stelle = first(prozess, klasse, "fachlichFreigebendeStelle");
            XAttributes.FREIGEBENDE_STELLE.set(target, profile, stelle);
            ledger.mappedBoth(prozess, klasse, "fachlichFreigebendeStelle",
                    "attribute " + XAttributes.FREIGEBENDE_STELLE.id());
            steckbriefe.tags(profile, prozess, klasse);

            if (klasse != null) {
                steckbriefe.klasse(profile, klasse);
            }
            Element state;
            Integer detailLevel = null;
            if (prozess != null) {
                for (Element klassifikation : Dom.children(prozess, "klassifikation")) {
                    steckbriefe.classification(klassifikation);
                }
                detailLevel = steckbriefe.steckbrief(profile, Dom.child(prozess, "prozesssteckbrief"));
                steckbriefe.structure(profile, Dom.child(prozess, "prozessstrukturbeschreibung"));
                models.models(profile, Dom.child(prozess, "prozessmodell"));
                state = Dom.child(prozess, "zustandsangaben");
                if (klasse != null) {
                    Element classState = Dom.child(klasse, "zustandsangaben");
                    ledger.skip(classState, Dom.code(Dom.child(classState, "status")), Messages.Import_ClassState);
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
            states.state(profile, state);
            target.getUnfiledProfiles().add(profile);
            ledger.report().countProfile();
        }
    }

    private static String first(Element prozess, Element klasse, String name) {
        String text = Dom.text(prozess, name);
        return text != null ? text : Dom.text(klasse, name);
    }
}

package org.prozesswerk.exchange.xprozess.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.xprozess.XProzess;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The content of a Steckbrief: the {@code prozessklasse} fields (definition, Handlungsgrundlagen, codes, Merkmale),
 * the {@code prozesssteckbrief}, the kept {@code prozessstrukturbeschreibung}, Schlagworte and classifications.
 */
public final class SteckbriefMapper {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private final ProcessRegister target;
    private final ImportLedger ledger;
    private final UnitDirectory units;

    public SteckbriefMapper(ProcessRegister target, ImportLedger ledger, UnitDirectory units) {
        this.target = target;
        this.ledger = ledger;
        this.units = units;
    }

    public void klasse(ProcessProfile profile, Element klasse) {
        Element definition = Dom.child(klasse, "definition");
        if (Dom.text(definition) != null) {
            profile.setDescription(Dom.text(definition));
            ledger.mapped(definition, "ProcessProfile.description");
        }
        for (Element grundlage : Dom.children(klasse, "handlungsgrundlage")) {
            LegalBasis basis = LegalBasisText.parse(Dom.text(grundlage, "name"));
            if (basis == null) {
                continue; // nothing to map; the scan reports a lone uri
            }
            basis.setUrl(Dom.text(grundlage, "uri"));
            profile.getLegalBases().add(basis);
            ledger.report().mapped(ElementPath.of(grundlage), Dom.text(grundlage, "name"), "ProcessProfile.legalBases");
            ledger.done(Dom.child(grundlage, "name"));
            ledger.done(Dom.child(grundlage, "uri"));
            Element art = Dom.child(grundlage, "art");
            if (art != null) {
                ledger.skip(art, Dom.code(art), Messages.Import_Art);
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
                ledger.report().mapped(ElementPath.of(merkmal), merkmalName + " = " + wert, "ProcessProfile.processType");
                ledger.done(merkmal);
            } else {
                ledger.skip(merkmal, merkmalName + " = " + wert, Messages.Import_Merkmal);
            }
        }
        for (Element klassifikation : Dom.children(klasse, "klassifikation")) {
            classification(klassifikation);
        }
    }

    public Integer steckbrief(ProcessProfile profile, Element steckbrief) throws ExchangeException {
        if (steckbrief == null) {
            return null;
        }
        Element definition = Dom.child(steckbrief, "definition");
        if (Dom.text(definition) != null) {
            profile.setShortDescription(Dom.text(definition));
            ledger.mapped(definition, "ProcessProfile.shortDescription");
        }
        Element beschreibung = Dom.child(steckbrief, "beschreibung");
        if (Dom.text(beschreibung) != null) {
            if (profile.getDescription() == null) {
                profile.setDescription(Dom.text(beschreibung));
                ledger.mapped(beschreibung, "ProcessProfile.description");
            } else {
                ledger.skip(beschreibung, Dom.text(beschreibung), Messages.Import_BeschreibungKept);
            }
        }
        Element ausloeser = Dom.child(steckbrief, "ausloeser");
        if (ausloeser != null && Dom.text(ausloeser) != null) {
            String form = Dom.text(ausloeser, "formularID");
            profile.setTrigger(form != null ? form : Dom.text(ausloeser));
            ledger.mapped(ausloeser, "ProcessProfile.trigger");
        }
        Element ergebnis = Dom.child(steckbrief, "ergebnis");
        if (ergebnis != null && Dom.text(ergebnis) != null) {
            profile.setResult(Dom.text(ergebnis));
            ledger.mapped(ergebnis, "ProcessProfile.result");
        }
        for (Element teilnehmer : Dom.children(steckbrief, "prozessteilnehmer")) {
            String unitName = Dom.text(teilnehmer, "name");
            if (unitName == null) {
                continue;
            }
            Participation participation = F.createParticipation();
            participation.setUnit(units.unit(unitName, teilnehmer));
            participation.setRole(Dom.code(Dom.child(teilnehmer, "rolle")));
            profile.getParticipations().add(participation);
            ledger.mapped(teilnehmer, "ProcessProfile.participations");
        }
        Integer detailLevel = null;
        Element stufe = Dom.child(steckbrief, "detaillierungsstufe");
        if (stufe != null && Dom.code(stufe) != null) {
            try {
                detailLevel = Integer.valueOf(Dom.code(stufe));
                ledger.mapped(stufe, "ProcessModelReference.detailLevel");
            } catch (NumberFormatException e) {
                ledger.reject(stufe, Dom.code(stufe), NLS.bind(Messages.Import_BadCode, Dom.code(stufe)));
            }
        }
        List<String> laender = new ArrayList<>();
        for (Element kodierung : Dom.children(steckbrief, "verwaltungspolitischeKodierung")) {
            Element bundesland = Dom.child(kodierung, "bundesland");
            if (bundesland != null && Dom.children(kodierung).size() == 1 && Dom.code(bundesland) != null) {
                laender.add(Dom.code(bundesland));
                ledger.done(kodierung);
            }
        }
        if (!laender.isEmpty()) {
            XAttributes.BUNDESLAENDER.set(target, profile, String.join(" ", laender));
            ledger.report().mapped(ElementPath.of(steckbrief) + "/verwaltungspolitischeKodierung",
                    String.join(" ", laender), "attribute " + XAttributes.BUNDESLAENDER.id());
        }
        return detailLevel;
    }

    /**
     * The structure description has no place in the metamodel: it is kept whole as XML (attribute
     * {@link XAttributes#STRUKTURBESCHREIBUNG}) and the export writes it back where it stood, Handlungsgrundlagen
     * of the activity groups included; each of those is listed in the report.
     */
    public void structure(ProcessProfile profile, Element structure) {
        if (structure == null) {
            return;
        }
        XAttributes attribute = XAttributes.STRUKTURBESCHREIBUNG;
        int groups = 0;
        for (Element gruppe : Dom.children(Dom.child(structure, "strukturbeschreibungFIM"), "aktivitaetengruppe")) {
            groups++;
        }
        NodeList grundlagen = structure.getElementsByTagNameNS(XProzess.NAMESPACE, "handlungsgrundlage");
        for (int i = 0; i < grundlagen.getLength(); i++) {
            Element grundlage = (Element) grundlagen.item(i);
            ledger.report().mapped(ElementPath.of(grundlage), Dom.text(grundlage, "name"),
                    NLS.bind(Messages.Import_StructureLegalBasis, attribute.id()));
        }
        attribute.set(target, profile, Dom.toXml(structure));
        ledger.report().mapped(ElementPath.of(structure), "",
                NLS.bind(Messages.Import_StructureKept, new Object[] { attribute.id(), groups, grundlagen.getLength() }));
        ledger.done(structure);
    }

    public void tags(ProcessProfile profile, Element prozess, Element klasse) {
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
                    ledger.mapped(schlagwort, "ProcessProfile.tags");
                }
            }
        }
        profile.getTags().addAll(tags);
    }

    private void code(ProcessProfile profile, Element klasse, String name, XAttributes attribute) {
        Element element = Dom.child(klasse, name);
        if (element != null && Dom.code(element) != null) {
            attribute.set(target, profile, Dom.code(element));
            ledger.mapped(element, "attribute " + attribute.id());
        }
    }

    public void classification(Element klassifikation) {
        ledger.skip(klassifikation, Dom.text(klassifikation, "klasseID") + " " + Dom.text(klassifikation, "klasseName")
                + " (" + Dom.text(klassifikation, "ordnungsrahmenName") + ")", Messages.Import_Classification);
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
}

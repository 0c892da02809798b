package org.prozesswerk.ui.editors.tests;

import static org.prozesswerk.tests.support.TestRegisters.change;
import static org.prozesswerk.tests.support.TestRegisters.definition;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.legalBasis;
import static org.prozesswerk.tests.support.TestRegisters.model;
import static org.prozesswerk.tests.support.TestRegisters.participation;
import static org.prozesswerk.tests.support.TestRegisters.profile;
import static org.prozesswerk.tests.support.TestRegisters.reference;
import static org.prozesswerk.tests.support.TestRegisters.unit;
import static org.prozesswerk.tests.support.TestRegisters.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * A small register as a municipality would keep it: a folder, an org chart, a Steckbrief "Abbruchgenehmigung
 * erteilen" with a real LeiKa reference (99012001001000), one that no longer resolves and one into a catalogue that
 * is not installed, a legal basis, an OAA, a BPMN model, register attributes and a status history.
 */
final class EditorFixture {

    static final String ABBRUCH_ID = "7f1c0e2a-0000-4000-8000-000000000101";
    static final String GEWERBE_ID = "7f1c0e2a-0000-4000-8000-000000000102";
    static final String LEIKA_KEY = "99012001001000";
    static final String LEIKA_LABEL = "Abbruchgenehmigung Erteilung";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    /** Two tasks, one gateway, one flow marked as a media break: what the Modelle page counts. */
    static final String ABBRUCH_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:prozesswerk="http://prozesswerk.org/bpmn/1.0" id="Abbruch" targetNamespace="urn:test">
              <bpmn:process id="P1" isExecutable="false">
                <bpmn:startEvent id="Start"/>
                <bpmn:task id="Pruefen" name="Antrag prüfen"/>
                <bpmn:exclusiveGateway id="Vollstaendig"/>
                <bpmn:task id="Bescheiden" name="Bescheid erstellen"/>
                <bpmn:endEvent id="Ende"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Pruefen"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Pruefen" targetRef="Vollstaendig"/>
                <bpmn:sequenceFlow id="F3" sourceRef="Vollstaendig" targetRef="Bescheiden" prozesswerk:mediaBreak="true"/>
                <bpmn:sequenceFlow id="F4" sourceRef="Bescheiden" targetRef="Ende"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private EditorFixture() {
    }

    static Path write(Path directory) throws IOException {
        Path file = directory.resolve("Kreisstadt.pwreg");
        Files.createDirectories(directory.resolve("modelle"));
        Files.writeString(directory.resolve("modelle/abbruch.bpmn"), ABBRUCH_BPMN);
        RegisterStore.save(register(), file);
        return file;
    }

    static ProcessRegister register() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("reg-kreisstadt");
        register.setName("Prozessregister Kreisstadt");
        register.setVersion("1.0");

        AttributeDefinition priority = definition("attr-priority", "Priorität", AttributeType.ENUMERATION, true);
        priority.getAllowedValues().add("hoch");
        priority.getAllowedValues().add("mittel");
        priority.getAllowedValues().add("niedrig");
        AttributeDefinition note = definition("attr-note", "Notiz", AttributeType.RICH_TEXT, false);
        AttributeDefinition staff = definition("attr-staff", "Stellenanteil (VZÄ)", AttributeType.NUMBER, false);
        AttributeDefinition reviewed = definition("attr-reviewed", "Zuletzt geprüft", AttributeType.DATE, false);
        AttributeDefinition open = definition("attr-open", "Öffentlich einsehbar", AttributeType.BOOLEAN, false);
        AttributeDefinition portal = definition("attr-portal", "Seite im Bürgerportal", AttributeType.LINK, false);
        AttributeDefinition owner = definition("attr-sponsor", "Fachliche Leitstelle", AttributeType.TEXT, true);
        register.getAttributeDefinitions().add(priority);
        register.getAttributeDefinitions().add(note);
        register.getAttributeDefinitions().add(staff);
        register.getAttributeDefinitions().add(reviewed);
        register.getAttributeDefinitions().add(open);
        register.getAttributeDefinitions().add(portal);
        register.getAttributeDefinitions().add(owner);

        OrgUnit dezernat = unit("ou-3", "Dezernat III Bauen", "III", OrgUnitKind.DEPARTMENT);
        OrgUnit bauamt = unit("ou-63", "Bauordnungsamt", "63", OrgUnitKind.OFFICE);
        bauamt.getRoles().add("Sachbearbeitung");
        bauamt.getRoles().add("Bauaufsicht");
        OrgUnit bauaufsicht = unit("ou-63-1", "Bauaufsicht", "63.1", OrgUnitKind.DIVISION);
        OrgUnit denkmal = unit("ou-63-2", "Untere Denkmalbehörde", "63.2", OrgUnitKind.DIVISION);
        bauamt.getChildren().add(bauaufsicht);
        bauamt.getChildren().add(denkmal);
        dezernat.getChildren().add(bauamt);
        OrgUnit umwelt = unit("ou-70", "Umweltamt", "70", OrgUnitKind.OFFICE);
        OrgUnit stab = unit("ou-stab", "Stabsstelle Digitalisierung", "S1", OrgUnitKind.STAFF);
        register.getOrganisation().add(dezernat);
        register.getOrganisation().add(umwelt);
        register.getOrganisation().add(stab);

        Folder bauen = folder("f-bauen", "Bauen und Wohnen");
        register.getRootFolders().add(bauen);

        ProcessProfile abbruch = profile(ABBRUCH_ID, "PW-000101", "Abbruchgenehmigung erteilen",
                FimStatus.METHODICALLY_RELEASED, bauaufsicht);
        abbruch.setShortDescription("Genehmigung für den Abbruch baulicher Anlagen");
        abbruch.setDescription("Prüfung des Abbruchantrags nach Landesbauordnung, Beteiligung der Denkmalbehörde "
                + "und des Umweltamts, Bescheid an die Bauherrin oder den Bauherrn.");
        abbruch.setProcessType(ProcessType.CORE);
        abbruch.setTrigger("Eingang des Antrags auf Abbruchgenehmigung");
        abbruch.setResult("Abbruchgenehmigung oder Ablehnungsbescheid");
        abbruch.getParticipations().add(participation(denkmal, "Stellungnahme"));
        abbruch.getParticipations().add(participation(umwelt, "Prüfung Schadstoffe"));
        abbruch.setProcessOwner("Frau Schneider (63.1)");
        abbruch.setCaseVolumePerYear(1400);
        abbruch.setProcessingMinutesPerCase(95.5);
        abbruch.setLeadTimeDays(21);
        abbruch.setDigitalisationDegree(2);
        abbruch.getStatusHistory().add(change(FimStatus.IN_PLANNING, FimStatus.IN_PROGRESS, "2024-02-01T09:00:00Z",
                "mueller", "Erhebung beginnt"));
        abbruch.getStatusHistory().add(change(FimStatus.IN_PROGRESS, FimStatus.DRAFT, "2024-03-12T14:30:00Z",
                "mueller", "Entwurf abgestimmt mit 63.1"));
        abbruch.getStatusHistory().add(change(FimStatus.DRAFT, FimStatus.METHODICALLY_RELEASED,
                "2024-04-02T08:15:00Z", "schneider", "Methodisch geprüft"));
        abbruch.setValidFrom(Date.from(Instant.parse("2024-01-01T00:00:00Z")));
        abbruch.getTags().add("Bauen");
        abbruch.getTags().add("Abbruch");
        abbruch.getCatalogueReferences().add(reference("leika", LEIKA_KEY, LEIKA_LABEL, "2019"));
        abbruch.getCatalogueReferences().add(reference("leika", "99012001999000", "Zurückgezogene Leistung", "2019"));
        abbruch.getCatalogueReferences().add(reference("xy.aufgaben", "6.3.1", "Bauaufsicht (Landeskatalog)", "2024"));
        abbruch.getLegalBases().add(legalBasis("BauGB", "§ 29", "Baugesetzbuch",
                "https://www.gesetze-im-internet.de/bbaug/__29.html", null));
        ProcessContext oaa = F.createProcessContext();
        oaa.setKind(ContextKind.OAA);
        oaa.setName("Bauportal – Abbruchantrag");
        oaa.setProvider("Land");
        oaa.setUrl("https://bauportal.example.org/abbruch");
        oaa.setDescription("Online-Antrag mit Upload der Bauvorlagen");
        abbruch.getContexts().add(oaa);
        ProcessContext fachverfahren = F.createProcessContext();
        fachverfahren.setKind(ContextKind.IT_PROCEDURE);
        fachverfahren.setName("Bauaufsichtsverfahren");
        fachverfahren.setProvider("Kommunales Rechenzentrum");
        abbruch.getContexts().add(fachverfahren);
        abbruch.getModelReferences().add(model("modelle/abbruch.bpmn", 103, "Abbruchgenehmigung (Stufe 3)"));
        abbruch.getModelReferences().add(model("modelle/abbruch-detail.bpmn", 105, "Abbruchgenehmigung (Stufe 5)"));
        abbruch.getAttributeValues().add(value(priority, "hoch"));
        abbruch.getAttributeValues().add(value(staff, "0.75"));
        abbruch.getAttributeValues().add(value(reviewed, "2024-05-01"));
        abbruch.getAttributeValues().add(value(open, "true"));
        abbruch.getAttributeValues().add(value(portal, "https://bauportal.example.org"));
        bauen.getProfiles().add(abbruch);

        ProcessProfile gewerbe = profile(GEWERBE_ID, "PW-000102", "Gewerbeanmeldung bearbeiten", FimStatus.IN_PLANNING,
                null);
        register.getUnfiledProfiles().add(gewerbe);
        return register;
    }
}

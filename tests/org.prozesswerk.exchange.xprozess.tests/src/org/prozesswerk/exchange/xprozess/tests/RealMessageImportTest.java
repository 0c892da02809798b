package org.prozesswerk.exchange.xprozess.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeReport.Kind;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.XmlFiles;
import org.w3c.dom.Document;

/** The real ADONIS export of FIM-Stammprozess 99006028261000 imports with the values it holds. */
class RealMessageImportTest {

    @TempDir
    Path folder;

    private ProcessRegister register;
    private ExchangeReport report;
    private ProcessProfile profile;

    @BeforeEach
    void importRealMessage() throws Exception {
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        report = new XProzessImporter().importInto(
                new ImportRequest(message, register, folder.resolve("register.pwreg"), Map.of()),
                new NullProgressMonitor());
        List<ProcessProfile> profiles = Steckbriefe.all(register);
        assertEquals(1, profiles.size());
        profile = profiles.get(0);
    }

    @Test
    void prozessklasseAndSteckbriefFields() {
        assertEquals(ExchangeFixtures.REAL_NAME, profile.getName());
        assertEquals("99006028261000", profile.getKey());
        assertEquals("leika", profile.getCatalogueReferences().get(0).getCatalogueId());
        assertEquals("99006028261000", profile.getCatalogueReferences().get(0).getKey());
        assertEquals("Benachrichtigung über die Beschäftigung einer schwangeren oder stillenden Frau Entgegennahme",
                profile.getCatalogueReferences().get(0).getLabel());
        assertTrue(profile.getDescription().startsWith("Eine Frau im Sinne des Mutterschutzgesetzes ist jede Person"));
        assertNull(profile.getShortDescription(), "prozesssteckbrief/definition is empty");
        assertEquals("D00000094", profile.getTrigger(), "ausloeser/formularID");
        assertEquals(ProcessType.CORE, profile.getProcessType(), "merkmal Prozessart = Kernprozess");
        assertEquals(List.of("Beschäftigungsverbot", "Mutter", "Mutterschaft", "Mutterschutz", "Schwangerschaft",
                "Stillzeit"), profile.getTags());
        assertEquals("Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten",
                ExchangeFixtures.REAL_NAME);
        assertEquals("FIM Prozessbibliothek Bund", register.getName(), "prozessbibliothek/name names the new register");
    }

    @Test
    void handlungsgrundlagenBecomeLegalBases() {
        List<LegalBasis> bases = profile.getLegalBases();
        assertEquals(3, bases.size(), "the three Handlungsgrundlagen of the Prozessklasse");
        assertEquals("§ 27", bases.get(0).getParagraph());
        assertEquals("MuSchG", bases.get(0).getAbbreviation());
        assertEquals("https://www.gesetze-im-internet.de/muschg_2018/__27.html", bases.get(0).getUrl());
        assertEquals("ArbSchG", bases.get(2).getAbbreviation());
        assertEquals("§ 5", bases.get(2).getParagraph());
        // the 12 activity groups and their 15 Handlungsgrundlagen are kept with the structure description (issue 18)
        assertTrue(report.mentions(Kind.MAPPED, "12 activity groups with 15 Handlungsgrundlagen")
                || report.mentions(Kind.MAPPED, "12 Aktivitätengruppen mit 15 Handlungsgrundlagen"), report.toString());
        assertEquals(15, report.entries(Kind.MAPPED).stream()
                .filter(e -> e.location().contains("aktivitaetengruppe") && e.location().contains("handlungsgrundlage"))
                .count(), "each Handlungsgrundlage of an activity group is listed");
        assertEquals(0, report.entries(Kind.SKIPPED).stream()
                .filter(e -> e.location().contains("aktivitaetengruppe")).count(), "no activity group is dropped");
    }

    @Test
    void prozessteilnehmerBecomeParticipationsOfNewUnits() {
        assertEquals(3, profile.getParticipations().size());
        assertEquals("Arbeitgeber", profile.getParticipations().get(0).getUnit().getName());
        assertEquals("1", profile.getParticipations().get(0).getRole(), "Prozessrolle code");
        assertEquals("Aufsichtsbehörde / Bundesministerium der Verteidigung",
                profile.getParticipations().get(1).getUnit().getName());
        assertEquals("Bundesministerium der Verteidigung (BMVg)", profile.getParticipations().get(2).getUnit().getName());
        assertEquals("2", profile.getParticipations().get(2).getRole());
        assertEquals(3, register.getOrganisation().size());
        assertEquals(3, report.count(Kind.CREATED));
    }

    @Test
    void statusAndValidity() {
        assertEquals(FimStatus.IN_PROGRESS, profile.getStatus(), "status code 2");
        assertEquals(Instant.parse("2019-12-31T23:00:00Z"), profile.getValidFrom().toInstant());
        assertNull(profile.getValidTo());
        assertEquals(1, profile.getStatusHistory().size());
        assertEquals("FIM-Baustein Prozesse", profile.getStatusHistory().get(0).getWho());
        assertEquals(Instant.parse("2022-04-04T16:00:00Z"), profile.getStatusHistory().get(0).getWhen().toInstant());
        assertEquals("Dokumentsteckbrief unter \"Auslöser\" im Prozesssteckbrief ergänzt.",
                profile.getStatusHistory().get(0).getComment());
        assertEquals("2021-08-13T12:00:00Z", attribute("xprozess.fachlicherFreigabezeitpunkt"));
        assertEquals("2021-08-19T09:45:00Z", attribute("xprozess.formellerFreigabezeitpunkt"));
        assertEquals("01.00.00", attribute("xprozess.version"));
        assertEquals("Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)",
                attribute("xprozess.fachlichFreigebendeStelle"));
        assertEquals("01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16", attribute("xprozess.bundeslaender"));
        assertEquals("314", attribute("xprozess.operativesZiel"));
    }

    @Test
    void bpmnIsUnzippedNextToTheRegisterAndParses() throws Exception {
        assertEquals(1, profile.getModelReferences().size());
        ProcessModelReference model = profile.getModelReferences().get(0);
        assertEquals("modelle/99006028261000.bpmn", model.getPath());
        assertEquals(101, model.getDetailLevel(), "detaillierungsstufe");
        assertEquals("BPMN DI-Export", model.getTitle());
        Path file = folder.resolve(model.getPath());
        assertEquals(345_903, Files.size(file), "the unpacked BPMN DI export");
        Document bpmn = XmlFiles.parse(file);
        assertEquals("definitions", bpmn.getDocumentElement().getLocalName());
        assertEquals("http://www.omg.org/spec/BPMN/20100524/MODEL", bpmn.getDocumentElement().getNamespaceURI());
        assertTrue(report.mentions(Kind.SKIPPED, "Modellgrafik"), "the PDF attachments are reported");
        assertTrue(report.mentions(Kind.SKIPPED, "Standard Report"));
    }

    @Test
    void reportAccountsForEverything() {
        assertEquals(0, report.count(Kind.REJECTED), report.toString());
        assertTrue(report.mentions(Kind.SKIPPED, "nachrichtenkopf"), report.toString());
        assertTrue(report.mentions(Kind.SKIPPED, "Gesundheitsschutz"), "klassifikation reported");
        assertTrue(report.mentions(Kind.SKIPPED, "/alleInhalte.export.0303/prozesskatalog/prozessklasse[1]/zustandsangaben"),
                report.toString());
        assertTrue(report.mentions(Kind.MAPPED, "ProcessProfile.name"));
        List<String> unexplained = report.entries(Kind.SKIPPED).stream()
                .filter(e -> e.message().contains("/alleInhalte")).map(Object::toString).toList();
        assertEquals(List.of(), unexplained, "no content left to the catch-all scan");
    }

    @Test
    void reportIsPrintedForTheRecord() {
        // The full report lands in the Surefire output (target/surefire-reports/*-output.txt).
        System.out.println(report);
        assertTrue(report.count(Kind.MAPPED) > 30, report.toString());
    }

    private String attribute(String id) {
        return profile.getAttributeValues().stream().filter(v -> id.equals(v.getDefinition().getId()))
                .map(AttributeValue::getValue).findFirst().orElse(null);
    }

    @Test
    void secondImportIntoTheSameRegisterReusesUnits() throws Exception {
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        ExchangeReport again = new XProzessImporter().importInto(
                new ImportRequest(message, register, folder.resolve("register.pwreg"), Map.of()),
                new NullProgressMonitor());
        assertEquals(3, register.getOrganisation().size(), "units found by name, not created again");
        assertEquals(0, again.count(Kind.CREATED));
        assertTrue(again.count(Kind.WARNING) > 0, "the id is taken: the second copy gets a random id");
        assertNotNull(Steckbriefe.all(register).get(1).getId());
    }
}

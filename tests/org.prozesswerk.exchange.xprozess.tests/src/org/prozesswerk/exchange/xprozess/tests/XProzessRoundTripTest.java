package org.prozesswerk.exchange.xprozess.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeReport.Kind;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.exchange.tests.support.ProfileEquality;
import org.prozesswerk.exchange.xprozess.XProzess;
import org.prozesswerk.exchange.xprozess.XProzessExporter;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.XmlFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Import → export → import gives an equal Steckbrief; the export has the reference message's structure. */
class XProzessRoundTripTest {

    private static final Map<String, String> FIXED = Map.of("created", "2026-01-02T03:04:05Z",
            "messageId", "00000000-0000-4000-8000-000000000000");

    @TempDir
    Path folder;

    private ProcessRegister importInto(Path message, Path registerFile) throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        new XProzessImporter().importInto(new ImportRequest(message, register, registerFile, Map.of()),
                new NullProgressMonitor());
        return register;
    }

    private ExchangeReport export(ProcessRegister register, Path registerFile, Path out) throws Exception {
        try (OutputStream stream = Files.newOutputStream(out)) {
            return new XProzessExporter().export(ExportRequest.of(register, registerFile, FIXED), stream,
                    new NullProgressMonitor());
        }
    }

    @Test
    void importExportImportGivesAnEqualSteckbrief() throws Exception {
        Path first = Files.createDirectories(folder.resolve("first"));
        ProcessRegister imported = importInto(ExchangeFixtures.realXProzessMessage(folder), first.resolve("r.pwreg"));
        Path exported = folder.resolve("export.xml");
        ExchangeReport report = export(imported, first.resolve("r.pwreg"), exported);
        assertEquals(1, report.profiles());
        assertEquals(0, report.count(Kind.SKIPPED), "everything imported can be exported again: " + report);

        Path second = Files.createDirectories(folder.resolve("second"));
        ProcessRegister again = importInto(exported, second.resolve("r.pwreg"));
        ProcessProfile before = Steckbriefe.all(imported).get(0);
        ProcessProfile after = Steckbriefe.all(again).get(0);
        assertTrue(EcoreUtil.equals(before, after), ProfileEquality.describeDifference(before, after));
        assertArrayEquals(Files.readAllBytes(first.resolve("modelle/99006028261000.bpmn")),
                Files.readAllBytes(second.resolve("modelle/99006028261000.bpmn")), "the BPMN model travelled unchanged");

        Path exportedAgain = folder.resolve("export2.xml");
        export(again, second.resolve("r.pwreg"), exportedAgain);
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(exportedAgain),
                "with fixed message id and time the export is byte-identical");
    }

    @Test
    void exportFollowsTheReferenceMessage() throws Exception {
        ProcessRegister imported = importInto(ExchangeFixtures.realXProzessMessage(folder), folder.resolve("r.pwreg"));
        Path exported = folder.resolve("export.xml");
        export(imported, folder.resolve("r.pwreg"), exported);
        Document ours = parse(exported);
        Document reference = parse(ExchangeFixtures.realXProzessMessage(folder));
        Element root = ours.getDocumentElement();
        assertEquals(XProzess.NAMESPACE, root.getNamespaceURI());
        assertEquals("xprozess:alleInhalte.export.0303", root.getTagName());
        assertEquals("2.0", root.getAttribute("xprozessVersion"));
        for (String path : List.of("", "prozesskatalog", "prozesskatalog/prozessklasse", "prozessbibliothek",
                "prozessbibliothek/prozess", "prozessbibliothek/prozess/prozesssteckbrief",
                "prozessbibliothek/prozess/prozessmodell/prozessmodelldatei", "prozessbibliothek/prozess/zustandsangaben",
                "prozesskatalog/prozessklasse/zustandsangaben", "nachrichtenkopf")) {
            List<String> ourOrder = distinct(childNames(find(root, path)));
            List<String> referenceOrder = distinct(childNames(find(reference.getDocumentElement(), path)));
            List<String> expected = new ArrayList<>(referenceOrder);
            expected.retainAll(ourOrder);
            assertEquals(expected, ourOrder, "element order below /" + path + " is the reference's (ours is a subset)");
        }
        Element code = (Element) ours.getElementsByTagNameNS(XProzess.NAMESPACE, "status").item(0).getFirstChild()
                .getNextSibling();
        assertEquals("code", code.getTagName(), "the code element is unqualified as in the reference");
        assertEquals(null, code.getNamespaceURI());
    }

    @Test
    void exportOfAnOrdinaryRegisterReportsWhatXProzessCannotCarry() throws Exception {
        Path out = folder.resolve("rich.xml");
        ExchangeReport report = export(ExchangeFixtures.rich(), null, out);
        assertEquals(4, report.profiles());
        assertTrue(report.mentions(Kind.SKIPPED, "contexts"), report.toString());
        assertTrue(report.mentions(Kind.SKIPPED, "informiert"), "a free-text role is not a Prozessrolle code");
        assertTrue(report.mentions(Kind.SKIPPED, "ozg 10172"));
        ProcessRegister back = importInto(out, folder.resolve("back.pwreg"));
        assertEquals(4, Steckbriefe.all(back).size());
        ProcessProfile first = Steckbriefe.all(back).stream().filter(p -> "PW-000001".equals(p.getKey())).findFirst()
                .orElseThrow();
        assertEquals("Gewerbeanmeldung bearbeiten", first.getName());
        assertEquals("PW-000001", first.getKey());
        assertEquals(2, first.getLegalBases().size());
        assertEquals("Eingang der Gewerbeanzeige", first.getTrigger());
        assertEquals("Empfangsbescheinigung", first.getResult());
    }

    private static Document parse(Path file) throws Exception {
        return XmlFiles.parse(file);
    }

    private static Element find(Element root, String path) {
        Element current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (String step : path.split("/")) {
            Element next = null;
            for (Node node = current.getFirstChild(); node != null && next == null; node = node.getNextSibling()) {
                if (node instanceof Element element && step.equals(element.getLocalName())) {
                    next = element;
                }
            }
            current = next;
        }
        return current;
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                names.add(child.getLocalName());
            }
        }
        return names;
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }

    /**
     * A register of an older version holding control characters (the CSV import took them before it refused them):
     * the export writes U+FFFD in their place and reports each element, and our own importer reads the message again
     * (before: the export stopped, nothing written).
     */
    @Test
    void controlCharactersOfAnOldRegisterAreReplacedAndReported() throws Exception {
        ProcessRegister register = ExchangeFixtures.rich();
        ProcessProfile profile = Steckbriefe.all(register).get(0);
        profile.setName("Titel\u001b]0;x\u0007 alt");
        profile.setShortDescription("Kurz\u0001beschreibung");
        Path exported = folder.resolve("alt.xml");
        ExchangeReport report = export(register, folder.resolve("r.pwreg"), exported);

        long warnings = report.entries(Kind.WARNING).stream().filter(e -> e.message().contains("U+FFFD")).count();
        assertEquals(3, warnings, "name in prozessklasse and prozess, definition of the Steckbrief: " + report);
        assertTrue(report.mentions(Kind.WARNING, "U+001B") && report.mentions(Kind.WARNING, "U+0001"),
                report.toString());
        assertEquals("Titel\u001b]0;x\u0007 alt", profile.getName(), "the register itself is unchanged");

        ProcessRegister again = importInto(exported, folder.resolve("again.pwreg"));
        List<String> names = Steckbriefe.all(again).stream().map(ProcessProfile::getName).toList();
        assertTrue(names.contains("Titel\uFFFD]0;x\uFFFD alt"), names.toString());
    }
}

package org.prozesswerk.exchange.xprozess.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeReport.Kind;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.xprozess.XProzess;
import org.prozesswerk.exchange.xprozess.XProzessExporter;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.XmlFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The real FIM message has 18 {@code handlungsgrundlage} elements: 3 of the Prozessklasse and 15 of activity groups
 * in the {@code prozessstrukturbeschreibung}. Import → export writes all 18 back, each under the same parent path, with
 * the same name and uri.
 */
class HandlungsgrundlagenRoundTripTest {

    private static final Path MESSAGE = Path.of("resources/99006028261000_xprozess2_alleInhalte.export.0303.xml");

    @TempDir
    Path folder;

    @Test
    void allEighteenHandlungsgrundlagenAreWrittenBackWhereTheyStood() throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        Path registerFile = folder.resolve("r.pwreg");
        ExchangeReport imported = new XProzessImporter().importInto(
                new ImportRequest(MESSAGE, register, registerFile, Map.of()), new NullProgressMonitor());
        assertEquals(15, imported.entries(Kind.MAPPED).stream()
                .filter(e -> e.location().contains("aktivitaetengruppe") && e.location().contains("handlungsgrundlage"))
                .count(), "each activity group's Handlungsgrundlage is listed in the import report: " + imported);

        Path exported = folder.resolve("export.xml");
        ExchangeReport report;
        try (OutputStream out = Files.newOutputStream(exported)) {
            report = new XProzessExporter().export(ExportRequest.of(register, registerFile,
                    Map.of("created", "2026-01-02T03:04:05Z")), out, new NullProgressMonitor());
        }
        assertEquals(0, report.count(Kind.SKIPPED), report.toString());

        List<String> before = grundlagen(MESSAGE);
        List<String> after = grundlagen(exported);
        assertEquals(18, before.size(), "the reference message has 18");
        assertEquals(before, after);

        // and the export reads back: the second round keeps them too
        ProcessRegister again = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        new XProzessImporter().importInto(new ImportRequest(exported, again, folder.resolve("again/r.pwreg"), Map.of()),
                new NullProgressMonitor());
        Path exportedAgain = folder.resolve("export2.xml");
        try (OutputStream out = Files.newOutputStream(exportedAgain)) {
            new XProzessExporter().export(ExportRequest.of(again, folder.resolve("again/r.pwreg"),
                    Map.of("created", "2026-01-02T03:04:05Z")), out, new NullProgressMonitor());
        }
        assertEquals(before, grundlagen(exportedAgain));
    }

    @Test
    void structureDescriptionIsWrittenBetweenSteckbriefAndModel() throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        Path registerFile = folder.resolve("r.pwreg");
        new XProzessImporter().importInto(new ImportRequest(MESSAGE, register, registerFile, Map.of()),
                new NullProgressMonitor());
        Path exported = folder.resolve("export.xml");
        try (OutputStream out = Files.newOutputStream(exported)) {
            new XProzessExporter().export(ExportRequest.of(register, registerFile, Map.of()), out,
                    new NullProgressMonitor());
        }
        Element prozess = (Element) parse(exported).getElementsByTagNameNS(XProzess.NAMESPACE, "prozess").item(0);
        List<String> names = new ArrayList<>();
        for (Node n = prozess.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        int structure = names.indexOf("prozessstrukturbeschreibung");
        assertTrue(structure > names.indexOf("prozesssteckbrief") && structure < names.indexOf("prozessmodell"),
                names.toString());
        assertEquals(12, parse(exported).getElementsByTagNameNS(XProzess.NAMESPACE, "aktivitaetengruppe").getLength());
    }

    /** Each handlungsgrundlage as "parent path | name | uri | art code", in document order. */
    private static List<String> grundlagen(Path file) throws Exception {
        NodeList all = parse(file).getElementsByTagNameNS(XProzess.NAMESPACE, "handlungsgrundlage");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            StringBuilder path = new StringBuilder();
            for (Node n = g.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
                path.insert(0, "/" + e.getLocalName());
            }
            result.add(path + " | " + text(g, "name") + " | " + text(g, "uri"));
        }
        return result;
    }

    private static String text(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(XProzess.NAMESPACE, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    private static Document parse(Path file) throws Exception {
        return XmlFiles.parse(file);
    }
}

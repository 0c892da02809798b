package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.BpmnParseException;
import org.prozesswerk.bpmn.internal.BpmnResourceImpl;

/** Input that is not BPMN 2.0, or not even XML, fails with a message naming file, line and cause. */
class NotBpmnTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static BpmnParseException fails(String name, String content) {
        return assertThrows(BpmnParseException.class,
                () -> BpmnIO.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Test
    void htmlIsNotBpmn() {
        BpmnParseException e = fails("seite.html", "<html><body>x</body></html>");
        assertTrue(e.getMessage().startsWith("seite.html"), e.getMessage());
        assertTrue(e.getMessage().contains("html"), e.getMessage());
        assertTrue(e.getMessage().contains(BPMN), e.getMessage());
    }

    @Test
    void anotherXmlVocabularyIsNotBpmn() throws IOException {
        Path xprozess = TestData.realData("xprozess-fim/99006028261000_xprozess2_alleInhalte.export.0303.xml");
        BpmnParseException e = assertThrows(BpmnParseException.class, () -> BpmnIO.load(xprozess));
        assertTrue(e.getMessage().contains(xprozess.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("xprozess"), e.getMessage());
    }

    @Test
    void preReleaseNamespaceIsNotBpmn20() {
        BpmnParseException e = fails("beta.bpmn",
                "<definitions xmlns='http://schema.omg.org/spec/BPMN/2.0' targetNamespace='x'><process id='p'/></definitions>");
        assertTrue(e.getMessage().contains("{http://schema.omg.org/spec/BPMN/2.0}definitions"), e.getMessage());
    }

    @Test
    void textIsNotXml() {
        BpmnParseException e = fails("notiz.txt", "Hallo Welt");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("notiz.txt"), e.getMessage());
    }

    @Test
    void emptyFile(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("leer.bpmn"));
        BpmnParseException e = assertThrows(BpmnParseException.class, () -> BpmnIO.load(empty));
        assertTrue(e.getMessage().contains("leer.bpmn"), e.getMessage());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        BpmnParseException e = assertThrows(BpmnParseException.class, () -> BpmnIO.load(dir.resolve("fehlt.bpmn")));
        assertTrue(e.getMessage().contains("fehlt.bpmn"), e.getMessage());
    }

    /** A refused file gives its SAX parser back to the pool (EMF itself returns it only after a successful parse). */
    @Test
    void aRefusedFileGivesItsParserBackToThePool() throws IOException {
        String good = "<definitions xmlns='" + BPMN + "' targetNamespace='x'><process id='p'/></definitions>";
        BpmnIO.load(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "gut.bpmn");
        long before = BpmnResourceImpl.parserPool().parsersCreated();
        for (int round = 0; round < 5; round++) {
            fails("kaputt.bpmn", "<definitions xmlns='" + BPMN + "' targetNamespace='x'><process id='p'>");
        }
        BpmnIO.load(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "gut.bpmn");
        assertEquals(before, BpmnResourceImpl.parserPool().parsersCreated(),
                "five refused files and a good one reuse the pooled parser");
    }

    @Test
    void malformedXmlNamesTheLine() {
        BpmnParseException e = fails("kaputt.bpmn", "<?xml version='1.0'?>\n<definitions xmlns='" + BPMN
                + "' targetNamespace='x'>\n<process id='p'>\n<task id='t'>\n</process>\n</definitions>");
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("kaputt.bpmn"), e.getMessage());
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void illegalValueIsKeptAndWarnedAboutWithItsLine() throws IOException {
        // Other tools write values the schema does not allow; the file loads, the value is kept as written and the
        // warning names file, line and value (issue 18).
        String content = "<?xml version='1.0'?>\n<definitions xmlns='" + BPMN
                + "' xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI' xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'"
                + " targetNamespace='x'>\n<bpmndi:BPMNDiagram><bpmndi:BPMNPlane><bpmndi:BPMNShape id='s'>\n"
                + "<dc:Bounds x='abc' y='1' width='2' height='3'/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"
                + "</definitions>";
        BpmnModel model = BpmnIO.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "wert.bpmn");
        assertEquals(1, model.warnings().size(), model.warnings().toString());
        String warning = model.warnings().get(0);
        assertTrue(warning.startsWith("wert.bpmn, ") && warning.matches("(?s).*(line|Zeile) 4,.*") && warning.contains("abc"),
                warning);
        assertTrue(BpmnIO.toXml(model).contains("x=\"abc\""), BpmnIO.toXml(model));
    }

    @Test
    void invalidUtf8NamesTheLine(@TempDir Path dir) throws IOException {
        // the XML parser reports undecodable bytes without a position; the message must still say where (issue 18)
        byte[] head = ("<?xml version='1.0' encoding='UTF-8'?>\n<definitions xmlns='" + BPMN
                + "' targetNamespace='x'>\n<process id='p' name='Gr").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "'/>\n</definitions>\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        Path file = Files.write(dir.resolve("kaputt.bpmn"), bytes);
        BpmnParseException e = assertThrows(BpmnParseException.class, () -> BpmnIO.load(file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("kaputt.bpmn"), e.getMessage());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM");
        BpmnParseException e = fails("xxe.bpmn", "<?xml version='1.0'?>\n<!DOCTYPE d [<!ENTITY x SYSTEM '"
                + secret.toUri() + "'>]>\n<definitions xmlns='" + BPMN + "' targetNamespace='x'><process id='p' name='&x;'/></definitions>");
        assertEquals(2, e.line(), e.getMessage());
        assertFalse(e.getMessage().contains("GEHEIM"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void controlCharactersOfAnXml11FileAreRefusedWithLineColumnAndCharacter() throws IOException {
        // XML 1.1 can carry them as character references; every reader refuses them (docs/reliability.md)
        String head = "<?xml version='1.1' encoding='UTF-8'?>\n<definitions xmlns='" + BPMN + "' targetNamespace='x'>\n";
        BpmnParseException inAttribute = fails("attribut.bpmn", head
                + "<process id='p'>\n  <task id='t' name='Antrag &#x1B;[31m pr\u00fcfen'/>\n</process>\n</definitions>\n");
        assertEquals(4, inAttribute.line(), inAttribute.getMessage());
        assertTrue(inAttribute.getMessage().startsWith("attribut.bpmn"), inAttribute.getMessage());
        assertTrue(inAttribute.getMessage().contains("U+001B"), inAttribute.getMessage());

        BpmnParseException inText = fails("text.bpmn", head
                + "<process id='p'>\n  <documentation>Zeile eins\n  mit &#x7; Glocke</documentation>\n</process>\n</definitions>\n");
        assertTrue(inText.line() >= 4 && inText.line() <= 5, inText.getMessage());
        assertTrue(inText.column() > 0, inText.getMessage());
        assertTrue(inText.getMessage().contains("U+0007"), inText.getMessage());

        // XML 1.1 itself, TAB and line breaks as references are read
        BpmnModel model = BpmnIO.load(new ByteArrayInputStream((head
                + "<process id='p'>\n  <task id='t' name='Antrag&#x9;pr\u00fcfen'/>\n</process>\n</definitions>\n")
                .getBytes(StandardCharsets.UTF_8)), "gut.bpmn");
        assertTrue(BpmnIO.toXml(model).contains("Antrag"), BpmnIO.toXml(model));
    }
}

package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.bpmndi.BPMNDiagram;
import org.prozesswerk.bpmn.bpmndi.BPMNEdge;
import org.prozesswerk.bpmn.bpmndi.BPMNShape;
import org.prozesswerk.bpmn.model.CallActivity;

/**
 * Files in the style of other modelling tools (hand-written, in resources/foreign/): what those tools write although
 * the schema forbids it loads, is kept, is reported as a warning with its line, and survives load → save → load.
 */
class ForeignToolQuirksTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "signavio-style-empty-references.bpmn", "openbpmn-style-unprefixed-references.bpmn",
            "bizagi-style-two-planes.bpmn" })
    void roundTripKeepsEverything(String name) throws IOException {
        Path file = TestData.resource("foreign/" + name);
        BpmnModel original = BpmnIO.load(file);
        byte[] saved = save(original);
        BpmnModel reloaded = BpmnIO.load(new ByteArrayInputStream(saved), name + " (saved)");
        SemanticComparator.Result result = SemanticComparator.compare(original, reloaded);
        assertTrue(result.equal(), () -> name + " changed in the round trip:\n  " + String.join("\n  ", result.differences()));
        assertTrue(result.elements() > 10 && result.bounds() > 3, result.toString());
        // what was kept as written is warned about again; a second plane is in a diagram of its own after the first save
        assertTrue(reloaded.warnings().size() <= original.warnings().size(), reloaded.warnings().toString());
        assertArrayEquals(saved, save(reloaded), name + ": saving the reloaded model must give the same bytes");
        String xml = new String(saved, StandardCharsets.UTF_8);
        assertFalse(xml.matches("(?s).*\"_\\d+:.*"), "no generated prefix in a reference:\n" + xml);
    }

    @Test
    void emptyQNameReferencesAreKeptAndWarnedAboutWithTheirLine() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.resource("foreign/signavio-style-empty-references.bpmn"));
        List<String> warnings = model.warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertContains(warnings.get(0), "signavio-style-empty-references.bpmn");
        assertContains(warnings.get(0), "messageRef");
        assertTrue(warnings.get(0).matches("(?s).*(line|Zeile) 13\\b.*"), warnings.get(0));
        assertContains(warnings.get(1), "calledElement");
        assertTrue(warnings.get(1).matches("(?s).*(line|Zeile) 15\\b.*"), warnings.get(1));
        CallActivity call = model.all(CallActivity.class).get(0);
        assertEquals(null, call.getCalledElement(), "the illegal value is not interpreted");

        String xml = BpmnIO.toXml(model);
        assertContains(xml, "calledElement=\"\"");
        assertContains(xml, "messageRef=\"\"");
        assertContains(xml, "bpmnElement=\"sid-task-1\"");
        assertContains(xml, "<incoming>sid-flow-1</incoming>");
    }

    @Test
    void unprefixedReferencesAreWrittenWithoutPrefix() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.resource("foreign/openbpmn-style-unprefixed-references.bpmn"));
        assertEquals(List.of(), model.warnings());
        String xml = BpmnIO.toXml(model);
        assertContains(xml, "bpmnElement=\"Task_1\"");
        assertContains(xml, "bpmnElement=\"collaboration_1\"");
        assertContains(xml, "processRef=\"process_1\"");
        assertContains(xml, "<bpmn2:incoming>SequenceFlow_1</bpmn2:incoming>");
        // and every shape still finds its element
        for (BPMNShape shape : model.all(BPMNShape.class)) {
            assertTrue(model.resolve(shape.getBpmnElement()).isPresent(), shape.getId());
        }
        BpmnModel signavio = BpmnIO.load(TestData.resource("foreign/signavio-style-empty-references.bpmn"));
        for (BPMNShape shape : signavio.all(BPMNShape.class)) {
            assertTrue(signavio.resolve(shape.getBpmnElement()).isPresent(), shape.getId());
        }
    }

    @Test
    void secondPlaneOfADiagramIsKeptInADiagramOfItsOwnAndReported() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.resource("foreign/bizagi-style-two-planes.bpmn"));
        List<BPMNDiagram> diagrams = model.definitions().getBPMNDiagram();
        assertEquals(2, diagrams.size());
        assertEquals("Plane_1", diagrams.get(0).getBPMNPlane().getId());
        assertEquals("Plane_2", diagrams.get(1).getBPMNPlane().getId());
        assertEquals("Hauptprozess", diagrams.get(0).getName());
        assertEquals(4, model.all(BPMNShape.class).size(), "every shape of both planes");
        assertEquals(1, model.all(BPMNEdge.class).size());
        List<String> warnings = model.warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertContains(warnings.get(0), "isExecutable");
        assertContains(warnings.get(1), "Plane_1");
        assertTrue(warnings.get(1).matches("(?s).*(line|Zeile) 34\\b.*"), warnings.get(1));

        String xml = BpmnIO.toXml(model);
        assertContains(xml, "isExecutable=\"True\"");
        assertContains(xml, "id=\"DiagramElement_t2\"");
        assertContains(xml, "id=\"DiagramElement_p1\"");
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
    }

    private static byte[] save(BpmnModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BpmnIO.save(model, out);
        return out.toByteArray();
    }
}

package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.internal.ForeignAttributes;
import org.prozesswerk.bpmn.model.Process;
import org.prozesswerk.bpmn.model.ScriptTask;
import org.prozesswerk.bpmn.model.UserTask;

/** Vendor extensions (camunda:, signavio:, adonis:, an unknown acme:) survive load → save → load. */
class VendorExtensionTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @Test
    void vendorAttributesAndElementsSurviveTheRoundTrip() throws IOException {
        BpmnModel original = BpmnIO.load(TestData.resource("vendor-extensions.bpmn"));
        String xml = BpmnIO.toXml(original);

        // attributes of other namespaces, on semantic elements and on DI elements
        assertContains(xml, "camunda:historyTimeToLive=\"P180D\"");
        assertContains(xml, "adonis:processType=\"Stammprozess\"");
        assertContains(xml, "camunda:assignee=\"${sachbearbeiter}\"");
        assertContains(xml, "camunda:asyncBefore=\"true\"");
        assertContains(xml, "signavio:color=\"#ff0000\"");
        // dc:Bounds has no attribute wildcard: kept by lax loading all the same
        assertContains(xml, "acme:snap=\"grid\"");
        // extension elements with nested content and text
        assertContains(xml, "<camunda:property name=\"owner\" value=\"63\"/>");
        assertContains(xml, "<camunda:inputParameter name=\"frist\">P14D</camunda:inputParameter>");
        assertContains(xml, "<signavio:signavioMetaData metaKey=\"bgcolor\" metaValue=\"#ffffcc\"/>");
        assertContains(xml, "<acme:note lang=\"de\">Freitext <acme:b>fett</acme:b> danach</acme:note>");
        // an element the schema does not allow where it stands
        assertContains(xml, "<acme:unknownFlowElement id=\"Acme_1\" acme:weight=\"3\">outside any wildcard</acme:unknownFlowElement>");
        // our own attributes
        assertContains(xml, "prozesswerk:orgUnit=\"ou-63-1\"");
        assertContains(xml, "prozesswerk:mediaBreak=\"true\"");
        // CDATA, comments in mixed content, non-ASCII
        assertContains(xml, "<![CDATA[if (a < b && c) { print(\"<Bescheid>\"); }]]>");
        assertContains(xml, "<!-- a comment inside mixed content -->");
        assertContains(xml, "Antrag prüfen");
        // original prefixes
        assertContains(xml, "<bpmn:definitions");
        assertContains(xml, "xmlns:acme=\"urn:acme:bpmn\"");
        // non-integral coordinates keep their fraction, integral ones are written without ".0"
        assertContains(xml, "x=\"219.25\"");
        assertContains(xml, "width=\"600.5\"");
        assertContains(xml, "<dc:Bounds height=\"80\" width=\"100\" x=\"250\" y=\"120\"/>");

        BpmnModel reloaded = BpmnIO.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "saved");
        SemanticComparator.Result result = SemanticComparator.compare(original, reloaded);
        assertTrue(result.equal(), String.join("\n", result.differences()));
        assertTrue(result.foreignEntries() >= 8, result.toString());
    }

    @Test
    void vendorAttributesAreReadableThroughTheModel() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.resource("vendor-extensions.bpmn"));
        Process process = model.all(Process.class).get(0);
        assertEquals("P180D", ForeignAttributes.get(process, CAMUNDA, "historyTimeToLive"));
        UserTask task = model.all(UserTask.class).get(0);
        assertEquals("true", ForeignAttributes.get(task, CAMUNDA, "asyncBefore"));
        ScriptTask script = model.all(ScriptTask.class).get(0);
        assertEquals("if (a < b && c) { print(\"<Bescheid>\"); }", script.getScript().getMixed().getValue(0));
    }

    @Test
    void addedVendorAttributeIsWrittenWithTheFilesPrefix() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.resource("vendor-extensions.bpmn"));
        UserTask task = model.all(UserTask.class).get(0);
        ForeignAttributes.set(task, CAMUNDA, "cam", "candidateGroups", "sachbearbeitung");
        String xml = BpmnIO.toXml(model);
        assertContains(xml, "camunda:candidateGroups=\"sachbearbeitung\"");
    }

    private static void assertContains(String xml, String expected) {
        assertTrue(xml.contains(expected), () -> "missing " + expected + " in\n" + xml);
    }
}

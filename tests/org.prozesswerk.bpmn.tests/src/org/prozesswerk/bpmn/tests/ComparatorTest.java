package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.junit.jupiter.api.Test;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.dc.Point;
import org.prozesswerk.bpmn.model.ExtensionElements;
import org.prozesswerk.bpmn.model.Process;
import org.prozesswerk.bpmn.model.SequenceFlow;

/** The comparator is only proof if it notices changes: each kind of loss must show up as a difference. */
class ComparatorTest {

    private static BpmnModel load() throws IOException {
        return BpmnIO.load(TestData.resource("vendor-extensions.bpmn"));
    }

    @Test
    void identicalModelsAreEqual() throws IOException {
        assertTrue(SemanticComparator.compare(load(), load()).equal());
    }

    @Test
    void movedWaypointIsADifference() throws IOException {
        BpmnModel changed = load();
        changed.all(Point.class).get(1).setX(220);
        assertDifference(changed, "219.25");
    }

    @Test
    void changedReferenceIsADifference() throws IOException {
        BpmnModel changed = load();
        changed.all(SequenceFlow.class).get(0).setTargetRef("Task_2");
        assertDifference(changed, "targetRef");
    }

    @Test
    void lostVendorAttributeIsADifference() throws IOException {
        BpmnModel changed = load();
        FeatureMap attributes = changed.all(Process.class).get(0).getAnyAttribute();
        attributes.remove(0);
        assertDifference(changed, "anyAttribute");
    }

    @Test
    void lostExtensionElementIsADifference() throws IOException {
        BpmnModel changed = load();
        FeatureMap any = changed.all(ExtensionElements.class).get(0).getAny();
        any.remove(any.size() - 1);
        assertDifference(changed, "any");
    }

    @Test
    void lostUnknownElementOutsideWildcardsIsADifference() throws IOException {
        BpmnModel changed = load();
        changed.resource().getEObjectToExtensionMap().clear();
        assertDifference(changed, "{extension}");
    }

    @Test
    void changedMixedTextIsADifference() throws IOException {
        BpmnModel changed = load();
        var doc = changed.all(Process.class).get(0).getDocumentation().get(0);
        doc.getMixed().add(FeatureMapUtil.createTextEntry("!"));
        assertDifference(changed, "mixed");
    }

    private static void assertDifference(BpmnModel changed, String expectedInMessage) throws IOException {
        SemanticComparator.Result result = SemanticComparator.compare(load(), changed);
        assertFalse(result.equal(), "the change was not noticed");
        assertTrue(String.join("\n", result.differences()).contains(expectedInMessage), result.differences().toString());
    }
}

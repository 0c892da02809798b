package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;

/**
 * The 21 reference models of the OMG BPMN Model Interchange Working Group load, and load → save → load keeps every
 * element, attribute, reference, DI bound and waypoint, extension element and namespace prefix.
 */
class MiwgRoundTripTest {

    static List<Path> miwg() {
        return TestData.miwgReferenceModels();
    }

    @Test
    void allTwentyOneReferenceModelsArePresent() {
        assertEquals(21, miwg().size(), "MIWG reference models: " + miwg());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("miwg")
    void roundTripKeepsTheModel(Path file) throws IOException {
        assertRoundTrip(file);
    }

    @Test
    void adonisExportOfAFimStammprozessRoundTrips() throws IOException {
        SemanticComparator.Result result = assertRoundTrip(TestData.adonisExport());
        assertTrue(result.foreignEntries() > 0, "the ADONIS export carries adonis: extensions: " + result);
    }

    /** Also checks that saving is stable: the second save writes the same bytes as the first. */
    static SemanticComparator.Result assertRoundTrip(Path file) throws IOException {
        BpmnModel original = BpmnIO.load(file);
        assertTrue(original.warnings().isEmpty(), file + ": " + original.warnings());
        byte[] saved = save(original);
        BpmnModel reloaded = BpmnIO.load(new ByteArrayInputStream(saved), file.getFileName() + " (saved)");

        SemanticComparator.Result result = SemanticComparator.compare(original, reloaded);
        assertTrue(result.equal(), () -> file + " changed in the round trip:\n  " + String.join("\n  ", result.differences()));
        assertTrue(result.elements() > 10 && result.ids() > 5 && result.bounds() > 0,
                "the comparison must have covered the model: " + result);

        assertArrayEquals(saved, save(reloaded), file + ": saving the reloaded model must give the same bytes");
        return result;
    }

    private static byte[] save(BpmnModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BpmnIO.save(model, out);
        return out.toByteArray();
    }
}

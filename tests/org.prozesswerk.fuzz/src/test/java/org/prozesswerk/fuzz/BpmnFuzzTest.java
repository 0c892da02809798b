package org.prozesswerk.fuzz;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Timeout;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.BpmnParseException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** BPMN 2.0 XML (BpmnIO.load, as the editor, `bpmn stats` and the register links read it). */
class BpmnFuzzTest {

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    @Timeout(60)
    void load(byte[] input) throws Exception {
        Readers.expect("fuzz.bpmn", () -> {
            BpmnModel model = BpmnIO.load(new ByteArrayInputStream(input), "fuzz.bpmn");
            model.warnings();
            model.statistics();
        }, BpmnParseException.class);
    }
}

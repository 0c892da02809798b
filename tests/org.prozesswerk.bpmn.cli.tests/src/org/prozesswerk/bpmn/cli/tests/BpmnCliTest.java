package org.prozesswerk.bpmn.cli.tests;

import org.prozesswerk.tests.support.RealData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.ProzesswerkCli;

/** {@code prozesswerk bpmn stats|roundtrip} as a user calls them, through the CLI's extension point. */
class BpmnCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return ProzesswerkCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path miwg(String name) {
        return RealData.file("bpmn-miwg-reference/" + name);
    }

    @Test
    void bpmnIsListedInTheHelp() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("bpmn"), out.toString());
    }

    @Test
    void bpmnHelpListsItsSubcommands() {
        assertEquals(ExitCodes.OK, run("bpmn", "--help"));
        assertTrue(out.toString().contains("stats"), out.toString());
        assertTrue(out.toString().contains("roundtrip"), out.toString());
        // the subcommands' headers, in the language the test runs in
        String stats = Locale.getDefault().getLanguage().equals("de") ? "Zählt die Elemente" : "Count the elements";
        assertTrue(out.toString().contains(stats), out.toString());
    }

    @Test
    void bpmnWithoutSubcommandIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("bpmn"));
        assertTrue(err.toString().contains("stats"), err.toString());
    }

    @Test
    void statsAsText() {
        assertEquals(ExitCodes.OK, run("bpmn", "stats", miwg("A.1.0.bpmn").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("A.1.0.bpmn"), text);
        assertTrue(text.contains("task 3"), text);
        assertEquals("", err.toString());
    }

    @Test
    void statsAsJsonForSeveralFiles() {
        assertEquals(ExitCodes.OK, run("bpmn", "stats", "--format", "json", miwg("A.1.0.bpmn").toString(),
                miwg("C.9.0.bpmn").toString()), err.toString());
        String json = out.toString().strip();
        assertTrue(json.startsWith("[") && json.endsWith("]"), json);
        assertTrue(json.contains("\"activities\": 3"), json);
        assertTrue(json.contains("\"sequenceFlows\": 21"), json);
        assertTrue(json.contains("C.9.0.bpmn"), json);
        assertFalse(json.contains("\"error\": {"), "no file failed (C.9.0 has two bpmn:error elements): " + json);
    }

    @Test
    void statsReportsAFileThatIsNotBpmnAndExitsTwo() throws IOException {
        Path html = Files.writeString(tmp.resolve("seite.html"), "<html><body/></html>");
        assertEquals(ExitCodes.INPUT_ERROR, run("bpmn", "stats", "--format", "json", miwg("A.1.0.bpmn").toString(),
                html.toString()));
        assertTrue(out.toString().contains("\"activities\": 3"), "the good file is still counted: " + out);
        assertTrue(out.toString().contains("\"error\": {\"message\""), out.toString());
        assertTrue(err.toString().contains("seite.html"), err.toString());
        assertTrue(err.toString().contains("BPMN"), err.toString());
    }

    @Test
    void statsOfAFileWithToleratedOdditiesPrintsItsWarnings() throws IOException {
        // calledElement="" is not a legal QName: the file is read, the value kept, and the user told where (issue 18)
        Path file = Files.writeString(tmp.resolve("signavio.bpmn"), "<?xml version='1.0'?>\n<definitions xmlns="
                + "'http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='x'>\n<process id='p'>\n"
                + "<callActivity id='c' calledElement=''/>\n</process>\n</definitions>\n");
        assertEquals(ExitCodes.OK, run("bpmn", "stats", file.toString()), err.toString());
        assertTrue(err.toString().contains("signavio.bpmn") && err.toString().contains("calledElement")
                && err.toString().matches("(?s).*(line|Zeile) 4\\b.*"), err.toString());
        Path target = tmp.resolve("zurueck.bpmn");
        assertEquals(ExitCodes.OK, run("bpmn", "roundtrip", file.toString(), "--out", target.toString()));
        assertTrue(Files.readString(target).contains("calledElement=\"\""), Files.readString(target));
    }

    @Test
    void statsOfAMissingFileExitsTwo() {
        assertEquals(ExitCodes.INPUT_ERROR, run("bpmn", "stats", tmp.resolve("fehlt.bpmn").toString()));
        assertTrue(err.toString().contains("fehlt.bpmn"), err.toString());
    }

    @Test
    void roundtripWritesAnEquivalentFile() throws IOException {
        Path target = tmp.resolve("out/C.9.0.bpmn");
        assertEquals(ExitCodes.OK, run("bpmn", "roundtrip", miwg("C.9.0.bpmn").toString(), "--out", target.toString()),
                err.toString());
        String xml = Files.readString(target);
        assertTrue(xml.contains("<zeebe:taskDefinition"), "vendor extensions are kept");
        assertEquals(BpmnIO.load(miwg("C.9.0.bpmn")).statistics().categories(),
                BpmnIO.load(target).statistics().categories());
    }

    @Test
    void roundtripOfAFileThatIsNotBpmnExitsTwoWithAClearMessage() throws IOException {
        Path text = Files.writeString(tmp.resolve("notiz.bpmn"), "kein XML");
        Path target = tmp.resolve("x.bpmn");
        assertEquals(ExitCodes.INPUT_ERROR, run("bpmn", "roundtrip", text.toString(), "--out", target.toString()));
        assertTrue(err.toString().contains("notiz.bpmn"), err.toString());
        assertTrue(err.toString().contains("1"), "names the line: " + err);
        assertFalse(err.toString().contains("\tat "), "no stack trace for input errors: " + err);
        assertFalse(Files.exists(target));
    }

    @Test
    void roundtripWithoutOutIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("bpmn", "roundtrip", miwg("A.1.0.bpmn").toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
    }
}

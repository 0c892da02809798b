package org.prozesswerk.bpmn.cli.tests;

import org.prozesswerk.tests.support.RealData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;

/** {@code prozesswerk bpmn stats|roundtrip} as a user calls them, through the CLI's extension point. */
class BpmnCliTest {

    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path tmp;

    private static Path miwg(String name) {
        return RealData.file("bpmn-miwg-reference/" + name);
    }

    @Test
    void bpmnIsListedInTheHelp() {
        assertEquals(ExitCodes.OK, cli.run("--help"));
        assertTrue(cli.out().contains("bpmn"), cli.out());
    }

    @Test
    void bpmnHelpListsItsSubcommands() {
        assertEquals(ExitCodes.OK, cli.run("bpmn", "--help"));
        assertTrue(cli.out().contains("stats"), cli.out());
        assertTrue(cli.out().contains("roundtrip"), cli.out());
        // the subcommands' headers, in the language the test runs in
        String stats = Locale.getDefault().getLanguage().equals("de") ? "Zählt die Elemente" : "Count the elements";
        assertTrue(cli.out().contains(stats), cli.out());
    }

    @Test
    void bpmnWithoutSubcommandIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("bpmn"));
        assertTrue(cli.err().contains("stats"), cli.err());
    }

    @Test
    void statsAsText() {
        assertEquals(ExitCodes.OK, cli.run("bpmn", "stats", miwg("A.1.0.bpmn").toString()), cli.err());
        String text = cli.out();
        assertTrue(text.contains("A.1.0.bpmn"), text);
        assertTrue(text.contains("task 3"), text);
        assertEquals("", cli.err());
    }

    @Test
    void statsAsJsonForSeveralFiles() {
        assertEquals(ExitCodes.OK, cli.run("bpmn", "stats", "--format", "json", miwg("A.1.0.bpmn").toString(),
                miwg("C.9.0.bpmn").toString()), cli.err());
        String json = cli.out().strip();
        assertTrue(json.startsWith("[") && json.endsWith("]"), json);
        assertTrue(json.contains("\"activities\": 3"), json);
        assertTrue(json.contains("\"sequenceFlows\": 21"), json);
        assertTrue(json.contains("C.9.0.bpmn"), json);
        assertFalse(json.contains("\"error\": {"), "no file failed (C.9.0 has two bpmn:error elements): " + json);
    }

    @Test
    void statsReportsAFileThatIsNotBpmnAndExitsTwo() throws IOException {
        Path html = Files.writeString(tmp.resolve("seite.html"), "<html><body/></html>");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("bpmn", "stats", "--format", "json", miwg("A.1.0.bpmn").toString(),
                html.toString()));
        assertTrue(cli.out().contains("\"activities\": 3"), "the good file is still counted: " + cli.out());
        assertTrue(cli.out().contains("\"error\": {\"message\""), cli.out());
        assertTrue(cli.err().contains("seite.html"), cli.err());
        assertTrue(cli.err().contains("BPMN"), cli.err());
    }

    @Test
    void statsOfAFileWithToleratedOdditiesPrintsItsWarnings() throws IOException {
        // calledElement="" is not a legal QName: the file is read, the value kept, and the user told where (issue 18)
        Path file = Files.writeString(tmp.resolve("signavio.bpmn"), "<?xml version='1.0'?>\n<definitions xmlns="
                + "'http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='x'>\n<process id='p'>\n"
                + "<callActivity id='c' calledElement=''/>\n</process>\n</definitions>\n");
        assertEquals(ExitCodes.OK, cli.run("bpmn", "stats", file.toString()), cli.err());
        assertTrue(cli.err().contains("signavio.bpmn") && cli.err().contains("calledElement")
                && cli.err().matches("(?s).*(line|Zeile) 4\\b.*"), cli.err());
        Path target = tmp.resolve("zurueck.bpmn");
        assertEquals(ExitCodes.OK, cli.run("bpmn", "roundtrip", file.toString(), "--out", target.toString()));
        assertTrue(Files.readString(target).contains("calledElement=\"\""), Files.readString(target));
    }

    @Test
    void statsOfAMissingFileExitsTwo() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("bpmn", "stats", tmp.resolve("fehlt.bpmn").toString()));
        assertTrue(cli.err().contains("fehlt.bpmn"), cli.err());
    }

    @Test
    void roundtripWritesAnEquivalentFile() throws IOException {
        Path target = tmp.resolve("out/C.9.0.bpmn");
        assertEquals(ExitCodes.OK, cli.run("bpmn", "roundtrip", miwg("C.9.0.bpmn").toString(), "--out", target.toString()),
                cli.err());
        String xml = Files.readString(target);
        assertTrue(xml.contains("<zeebe:taskDefinition"), "vendor extensions are kept");
        assertEquals(BpmnIO.load(miwg("C.9.0.bpmn")).statistics().categories(),
                BpmnIO.load(target).statistics().categories());
    }

    @Test
    void roundtripOfAFileThatIsNotBpmnExitsTwoWithAClearMessage() throws IOException {
        Path text = Files.writeString(tmp.resolve("notiz.bpmn"), "kein XML");
        Path target = tmp.resolve("x.bpmn");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("bpmn", "roundtrip", text.toString(), "--out", target.toString()));
        assertTrue(cli.err().contains("notiz.bpmn"), cli.err());
        assertTrue(cli.err().contains("1"), "names the line: " + cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace for input errors: " + cli.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void roundtripWithoutOutIsAUsageError() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("bpmn", "roundtrip", miwg("A.1.0.bpmn").toString()));
        assertTrue(cli.err().contains("--out"), cli.err());
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.tests.support.InProcessCli;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code prozesswerk validate} as CI uses it: exit codes, the three formats, extra and broken rule files. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    private Path save(Registers r) throws IOException {
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(r.register, file);
        return file;
    }

    private static Registers broken() {
        Registers r = Registers.clean();
        r.pw1.setResponsibleUnit(null); // error MPQ-01
        r.register.getRootFolders().add(Registers.folder("f-leer", "Leer")); // warning MPQ-21
        return r;
    }

    @Test
    void helpNeedsNoRegisterAndNamesEveryOption() {
        assertEquals(ExitCodes.OK, cli.run("validate", "--help"), cli.err());
        String help = cli.out();
        for (String option : new String[] { "--rules", "--no-default-rules", "--format", "FILE" }) {
            assertTrue(help.contains(option), help);
        }
    }

    @Test
    void cleanRegisterExitsZero() throws IOException {
        assertEquals(ExitCodes.OK, cli.run("validate", save(Registers.clean()).toString()), cli.err());
        assertTrue(cli.out().contains("0 "), cli.out());
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Registers r = Registers.clean();
        r.register.getRootFolders().add(Registers.folder("f-leer", "Leer"));
        assertEquals(ExitCodes.OK, cli.run("validate", save(r).toString()), cli.err());
        assertTrue(cli.out().contains("MPQ-21"), cli.out());
    }

    @Test
    void errorsExitOneAndListRuleElementAndMessage() throws IOException {
        assertEquals(ExitCodes.FINDINGS, cli.run("validate", save(broken()).toString()), cli.err());
        String text = cli.out();
        assertTrue(text.contains("MPQ-01   Musterregister/Bauen/Steckbrief PW-1: Steckbrief PW-1"), text);
        assertTrue(text.contains("MPQ-21"), text);
    }

    @Test
    void jsonFormat() throws IOException {
        assertEquals(ExitCodes.FINDINGS, cli.run("validate", save(broken()).toString(), "--format", "json"));
        String json = cli.out();
        assertTrue(json.contains("\"errors\": 1,"), json);
        assertTrue(json.contains("\"warnings\": 1,"), json);
        assertTrue(json.contains("{\"rule\": \"MPQ-01\", \"severity\": \"error\", \"element\": "
                + "\"Musterregister/Bauen/Steckbrief PW-1\""), json);
    }

    @Test
    void junitFormatHasOneTestCasePerRuleAndAFailurePerError() throws Exception {
        assertEquals(ExitCodes.FINDINGS, cli.run("validate", save(broken()).toString(), "--format", "junit"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(cli.out().strip().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(28, cases.getLength(), "27 rules and the EMF model constraints");
        NodeList failures = xml.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failed = (Element) failures.item(0).getParentNode();
        assertTrue(failed.getAttribute("name").startsWith("MPQ-01 "), failed.getAttribute("name"));
        assertEquals("Musterprozessregister-Qualität", failed.getAttribute("classname"));
        assertEquals("1", ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    @Test
    void extraRuleFilesOnly() throws IOException {
        Path rules = dir.resolve("eigen.pwrules");
        Files.writeString(rules, """
                regel EIGEN-1 "Eigentümer benannt"
                    für Steckbrief
                    schweregrad fehler
                    prüfe processOwner ist gesetzt
                    meldung "{key} ohne Eigentümer"
                """);
        assertEquals(ExitCodes.FINDINGS, cli.run("validate", save(broken()).toString(), "--rules", rules.toString(),
                "--no-default-rules"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("EIGEN-1") && text.contains("PW-1 ohne Eigentümer"), text);
        assertTrue(!text.contains("MPQ-01"), text);
    }

    @Test
    void brokenRuleFileIsAnInputError() throws IOException {
        Path rules = dir.resolve("kaputt.pwrules");
        Files.writeString(rules, "regel K-1 \"x\" für Steckbrief schweregrad fehler\nprüfe nmae ist gesetzt meldung \"m\"\n");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("validate", save(broken()).toString(), "--rules", rules.toString()));
        assertTrue(cli.err().contains("kaputt.pwrules:2:"), cli.err());
    }

    @Test
    void missingRegisterIsAnInputError() {
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("validate", dir.resolve("fehlt.pwreg").toString()));
        assertTrue(cli.err().contains("fehlt.pwreg"), cli.err());
    }
}

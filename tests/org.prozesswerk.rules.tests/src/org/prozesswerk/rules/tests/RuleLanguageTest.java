/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;
import org.prozesswerk.rules.validation.RulesLinkingDiagnosticMessageProvider;
import org.prozesswerk.rules.validation.RulesValidator;

/** Parsing, name resolution against the register metamodel, type checks and imports, with the lines reported. */
class RuleLanguageTest {

    @TempDir
    Path dir;

    private RuleSetLoad load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return RuleSetLoader.load(List.of(URI.createFileURI(file.toString())), Map.of(), reference -> true);
    }

    private static String rule(String type, String check) {
        return """
                regel T-1 "Test"
                    für %s
                    schweregrad fehler
                    prüfe %s
                    meldung "m"
                """.formatted(type, check);
    }

    private static RuleProblem single(RuleSetLoad load) {
        List<RuleProblem> errors = load.problems().stream().filter(RuleProblem::isError).toList();
        assertEquals(1, errors.size(), load.problems().toString());
        return errors.get(0);
    }

    @Test
    void validFileCompiles() throws IOException {
        RuleSetLoad load = load("ok.pwrules", rule("Steckbrief", "name ist gesetzt und anzahl(legalBases) >= 0"));
        assertEquals(List.of(), load.problems());
        assertEquals("T-1", load.orElseThrow().rules().get(0).id());
        assertEquals(1, load.orElseThrow().rules().get(0).line());
    }

    @Test
    void misspeltFeatureIsAnErrorWithItsLine() throws IOException {
        RuleProblem problem = single(load("typo.pwrules", "// Kommentar\n" + rule("Steckbrief", "nmae ist gesetzt")));
        assertEquals(5, problem.line(), problem.toString());
        assertEquals(RulesLinkingDiagnosticMessageProvider.UNKNOWN_NAME, problem.code());
        assertTrue(problem.message().contains("nmae"), problem.message());
        assertTrue(problem.message().contains("ProcessProfile"), problem.message());
    }

    @Test
    void misspeltFeatureAfterDotNamesTheReceiverType() throws IOException {
        RuleProblem problem = single(load("dot.pwrules", rule("Steckbrief", "responsibleUnit.shortcode ist gesetzt")));
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("shortcode") && problem.message().contains("OrgUnit"),
                problem.message());
    }

    @Test
    void featuresAreResolvedPerElementType() throws IOException {
        // "shortCode" exists on OrgUnit, not on Steckbrief
        assertFalse(load("a.pwrules", rule("Organisationseinheit", "shortCode ist gesetzt")).hasErrors());
        assertEquals(RulesLinkingDiagnosticMessageProvider.UNKNOWN_NAME,
                single(load("b.pwrules", rule("Steckbrief", "shortCode ist gesetzt"))).code());
    }

    @Test
    void unknownElementTypeIsAnError() throws IOException {
        RuleProblem problem = single(load("type.pwrules", rule("Steckbriefe", "name ist gesetzt")));
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("Steckbriefe"), problem.message());
    }

    @Test
    void metamodelClassNamesWorkAsElementTypes() throws IOException {
        assertFalse(load("c.pwrules", rule("LegalBasis", "url passt zu \"https://.*\"")).hasErrors());
    }

    @Test
    void dotAfterCollectionIsAnError() throws IOException {
        RuleProblem problem = single(load("coll.pwrules", rule("Steckbrief", "legalBases.url ist gesetzt")));
        assertTrue(problem.message().contains("legalBases") || problem.message().contains("url"), problem.message());
    }

    @Test
    void syntaxErrorHasItsLine() throws IOException {
        RuleProblem problem = single(load("syntax.pwrules", rule("Steckbrief", "name ist ist gesetzt")));
        assertEquals(4, problem.line(), problem.toString());
    }

    @Test
    void typeErrors() throws IOException {
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t1.pwrules", rule("Steckbrief", "name = 3"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t2.pwrules", rule("Steckbrief", "name ist auflösbar"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t2b.pwrules", rule("Steckbrief", "catalogueReferences ist entfallen"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t3.pwrules", rule("Steckbrief", "caseVolumePerYear"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t4.pwrules", rule("Steckbrief", "für alle x in name gilt (x ist gesetzt)"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t5.pwrules", rule("Steckbrief", "status < OFFICE"))).code());
        assertEquals(RulesValidator.TYPE_MISMATCH,
                single(load("t6.pwrules", rule("Folder", "hat katalogverweis(\"leika\")"))).code());
    }

    @Test
    void badRegularExpression() throws IOException {
        assertEquals(RulesValidator.BAD_PATTERN, single(load("re.pwrules", rule("Steckbrief", "key passt zu \"([\""))).code());
    }

    @Test
    void placeholdersAreChecked() throws IOException {
        String text = rule("Steckbrief", "name ist gesetzt").replace("meldung \"m\"",
                "meldung \"{key} {responsibleUnit.nam}\"");
        RuleProblem problem = single(load("ph.pwrules", text));
        assertEquals(RulesValidator.BAD_PLACEHOLDER, problem.code());
        assertEquals(5, problem.line());
    }

    @Test
    void variablesAreOnlyVisibleInTheBody() throws IOException {
        assertFalse(load("v1.pwrules", rule("Steckbrief", "für alle v in legalBases gilt (v.url ist gesetzt)")).hasErrors());
        assertEquals(RulesLinkingDiagnosticMessageProvider.UNKNOWN_NAME, single(load("v2.pwrules",
                rule("Steckbrief", "(für alle v in legalBases gilt (v.url ist gesetzt)) und v.url ist gesetzt"))).code());
    }

    @Test
    void duplicateRuleIds() throws IOException {
        assertEquals(RulesValidator.DUPLICATE,
                single(load("dup.pwrules", rule("Steckbrief", "wahr") + rule("Ordner", "wahr"))).code());
    }

    @Test
    void importedConditionsResolveAndImportedRulesBelongToTheSet() throws IOException {
        Files.writeString(dir.resolve("basis.pwrules"), """
                bedingung Benannt für Steckbrief: name ist gesetzt
                regel B-1 "Basis" für Register schweregrad hinweis prüfe wahr meldung "b"
                """);
        RuleSetLoad load = load("main.pwrules", "importiere \"basis.pwrules\"\n" + rule("Steckbrief", "Benannt"));
        assertEquals(List.of(), load.problems());
        assertEquals(List.of("T-1", "B-1"), load.orElseThrow().rules().stream().map(r -> r.id()).toList());
    }

    @Test
    void conditionsMustFitTheElementType() throws IOException {
        String text = "bedingung Benannt für Ordner: name ist gesetzt\n" + rule("Steckbrief", "Benannt");
        assertEquals(RulesValidator.TYPE_MISMATCH, single(load("cond.pwrules", text)).code());
    }

    @Test
    void missingImportIsAnError() throws IOException {
        RuleProblem problem = single(load("imp.pwrules", "importiere \"fehlt.pwrules\"\n" + rule("Steckbrief", "wahr")));
        assertEquals(RulesValidator.BAD_IMPORT, problem.code());
        assertEquals(1, problem.line());
    }

    @Test
    void duplicateRuleIdsAcrossFiles() throws IOException {
        Files.writeString(dir.resolve("other.pwrules"), rule("Ordner", "wahr"));
        RuleSetLoad load = load("first.pwrules", "importiere \"other.pwrules\"\n" + rule("Steckbrief", "wahr"));
        assertEquals(RulesValidator.DUPLICATE, single(load).code());
    }

    @Test
    void defaultRuleSetHasNoProblems() {
        assertEquals(List.of(), DefaultRules.load().problems());
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.lib.PersonIdent;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSets;

/** Registers, rule set, identities and the standard git client for the library tests. */
final class Fixtures {

    static final PersonIdent ALICE = new PersonIdent("Stadt Aachen", "aachen@example.org");
    static final PersonIdent BOB = new PersonIdent("Stadt Bonn", "bonn@example.org");

    private Fixtures() {
    }

    /** A register of {@code publisher} with {@code n} Steckbriefe (keys PREFIX-1..n), one with a BPMN model. */
    static ProcessRegister register(String publisher, String prefix, int n, Path registerFile) throws IOException {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister r = f.createProcessRegister();
        r.setId("reg-" + prefix);
        r.setName("Register " + publisher);
        r.setPublisher(publisher);
        OrgUnit unit = f.createOrgUnit();
        unit.setId("ou-1");
        unit.setName("Ordnungsamt");
        r.getOrganisation().add(unit);
        for (int i = 1; i <= n; i++) {
            ProcessProfile p = f.createProcessProfile();
            p.setId(prefix + "-id-" + i);
            p.setKey(prefix + "-" + i);
            p.setName("Gewerbeanmeldung Variante " + i);
            p.setShortDescription("Anmeldung eines Gewerbes, Fall " + i);
            p.setDescription("Zeile eins\nZeile zwei \"zitiert\" und ein Umlaut: ä");
            p.setProcessType(ProcessType.CORE);
            p.setTrigger("Antrag");
            p.setResult("Gewerbeschein");
            p.setStatus(FimStatus.METHODICALLY_RELEASED);
            p.setValidFrom(Date.from(Instant.parse("2024-01-01T00:00:00Z")));
            p.getTags().add("Gewerbe");
            p.setResponsibleUnit(unit);
            p.setCaseVolumePerYear(1200 + i);
            p.setProcessOwner("Frau Lokal");
            CatalogueReference ref = f.createCatalogueReference();
            ref.setCatalogueId("leika");
            ref.setKey("99050012104000");
            ref.setLabel("Gewerbeanmeldung");
            p.getCatalogueReferences().add(ref);
            LegalBasis law = f.createLegalBasis();
            law.setAbbreviation("GewO");
            law.setParagraph("§ 14");
            p.getLegalBases().add(law);
            r.getUnfiledProfiles().add(p);
        }
        if (registerFile != null) {
            Files.createDirectories(registerFile.getParent());
        }
        if (n > 0 && registerFile != null) {
            Files.writeString(registerFile.resolveSibling("ablauf.bpmn"), "<?xml version=\"1.0\"?>\n<definitions "
                    + "xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d1\"/>\n");
            ProcessModelReference m = f.createProcessModelReference();
            m.setPath("ablauf.bpmn");
            m.setDetailLevel(103);
            m.setTitle("Ablauf");
            r.getUnfiledProfiles().get(0).getModelReferences().add(m);
        }
        if (registerFile != null) {
            RegisterStore.save(r, registerFile);
        }
        return r;
    }

    static List<ProcessProfile> all(ProcessRegister r) {
        return org.prozesswerk.exchange.Steckbriefe.all(r);
    }

    static ProcessProfile byKey(ProcessRegister r, String key) {
        return org.prozesswerk.exchange.Steckbriefe.all(r).stream().filter(p -> key.equals(p.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no Steckbrief " + key));
    }

    static ProcessProfile byName(ProcessRegister r, String name) {
        return org.prozesswerk.exchange.Steckbriefe.all(r).stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no Steckbrief named " + name));
    }

    /** The test rule set (data/library-test.pwrules): LIB-01, names of at least 5 characters. */
    static RuleSet rules() throws IOException {
        URL url = FileLocator.toFileURL(Platform.getBundle("org.prozesswerk.library.tests") == null
                ? Fixtures.class.getResource("/data/library-test.pwrules")
                : Platform.getBundle("org.prozesswerk.library.tests").getEntry("data/library-test.pwrules"));
        RuleSetLoad load = RuleSets.load(List.of(), List.of(URI.createURI(url.toString())),
                ReferenceResolver.catalogues());
        assertFalse(load.hasErrors(), load.problems().toString());
        return load.orElseThrow();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Runs the standard git client; returns its output; fails the test when the exit code differs. */
    static String git(Path dir, int expectedExit, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toAbsolutePath().toString());
        pb.environment().put("GIT_AUTHOR_NAME", "Git Client");
        pb.environment().put("GIT_AUTHOR_EMAIL", "git@example.org");
        pb.environment().put("GIT_COMMITTER_NAME", "Git Client");
        pb.environment().put("GIT_COMMITTER_EMAIL", "git@example.org");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " timed out");
        }
        if (expectedExit >= 0) {
            assertEquals(expectedExit, p.exitValue(), "git " + String.join(" ", args) + ":\n" + out);
        }
        return out;
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.library.server.UsersFile;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * Two public bodies share a library through this product's server (Jetty + GitServlet on loopback, basic auth,
 * validating pre-receive hook), and the standard git client works against the same server.
 */
class LibraryServerTest {

    @TempDir
    Path tmp;

    private LibraryServer server;
    private String url;
    private RuleSet rules;
    private final UsernamePasswordCredentialsProvider alice = new UsernamePasswordCredentialsProvider("alice",
            "alice-secret-1");
    private final UsernamePasswordCredentialsProvider bob = new UsernamePasswordCredentialsProvider("bob",
            "bob-secret-22");

    @BeforeEach
    void start() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("server"));
        Library.createBare(root.resolve("land.git"), "Landesbibliothek", "Land Testland", "CC-BY-4.0",
                Fixtures.ALICE);
        Path users = tmp.resolve("users.txt");
        UsersFile.setPassword(users, "alice", "alice-secret-1".toCharArray());
        UsersFile.setPassword(users, "bob", "bob-secret-22".toCharArray());
        assertFalse(Files.readString(users).contains("secret"), "no plain passwords in the users file");
        rules = Fixtures.rules();
        server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users, null, null, rules,
                null));
        url = server.baseUri() + "land.git";
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void twoBodiesPublishAdoptEditConcurrentlyAndUpdate() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        Path regB = tmp.resolve("bonn/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 3, regA);
        ProcessRegister b = Fixtures.register("Stadt Bonn", "BN", 1, regB);
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice);
                Library libB = Library.cloneFrom(url, tmp.resolve("bonn/lib"), bob)) {
            // Aachen publishes three Steckbriefe.
            Library.Published first = libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE);
            assertEquals(List.of("stadt-aachen.ac-1", "stadt-aachen.ac-2", "stadt-aachen.ac-3"), first.itemIds());
            assertTrue(Files.isRegularFile(libA.workTree().resolve("items/stadt-aachen.ac-1/models/ablauf.bpmn")));
            RegisterStore.save(a, regA);

            // Bonn adopts two of them into a folder, with its own responsible unit.
            libB.pull();
            var unit = b.getOrganisation().get(0);
            Library.Adopted adopted = libB.adopt(b, regB, List.of("stadt-aachen.ac-1", "stadt-aachen.ac-2"), null,
                    unit);
            assertEquals(2, adopted.profiles().size());
            ProcessProfile bAc1 = Fixtures.byKey(b, "AC-1");
            assertEquals(unit, bAc1.getResponsibleUnit());
            assertEquals("stadt-aachen.ac-1", ModelMapping.provenance(bAc1, ModelMapping.SOURCE_ITEM));
            assertEquals(first.commit().name(), ModelMapping.provenance(bAc1, ModelMapping.SOURCE_COMMIT));
            assertTrue(Files.isRegularFile(regB.resolveSibling(bAc1.getModelReferences().get(0).getPath())));
            RegisterStore.save(b, regB);
            assertTrue(libB.updates(b).isEmpty());

            // Concurrent work: Aachen changes AC-1's trigger and AC-2's result and publishes;
            // Bonn (not pulled) changes AC-2's short description and publishes its own BN-1 and AC-2.
            Fixtures.byKey(a, "AC-1").setTrigger("Elektronischer Antrag");
            Fixtures.byKey(a, "AC-2").setResult("Gewerbeschein digital");
            libA.publish(a, regA, List.of(Fixtures.byKey(a, "AC-1"), Fixtures.byKey(a, "AC-2")), rules, null,
                    Fixtures.ALICE);
            Fixtures.byKey(b, "AC-2").setShortDescription("Bonner Kurzbeschreibung");
            Library.Published bonn = libB.publish(b, regB, List.of(Fixtures.byKey(b, "BN-1"),
                    Fixtures.byKey(b, "AC-2")), rules, null, Fixtures.BOB);
            assertTrue(bonn.attempts() >= 2, "the first push was rejected and retried after a semantic merge");

            // Nothing lost: both changes to AC-2 are in the library, no conflict markers anywhere.
            libA.pull();
            LibraryItem ac2 = libA.item("stadt-aachen.ac-2");
            assertEquals("Gewerbeschein digital", ac2.steckbrief().result());
            assertEquals("Bonner Kurzbeschreibung", ac2.steckbrief().shortDescription());
            assertEquals("Stadt Aachen", ac2.publisher());
            assertTrue(libA.itemIds().contains("stadt-bonn.bn-1"));
            for (String id : libA.itemIds()) {
                String text = Files.readString(libA.workTree().resolve(LibraryLayout.itemFile(id)));
                assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), text);
            }

            // Bonn: AC-1 changed in the library since adoption; a local edit is kept when taking it in.
            bAc1.setDescription("Bonner Beschreibung");
            List<Library.Update> updates = libB.updates(b);
            assertEquals(List.of("stadt-aachen.ac-1"), updates.stream().map(Library.Update::itemId).toList());
            Library.Applied applied = libB.applyUpdate(b, regB, updates.get(0));
            assertTrue(applied.conflicts().isEmpty(), applied.conflicts().toString());
            assertEquals("Elektronischer Antrag", bAc1.getTrigger());
            assertEquals("Bonner Beschreibung", bAc1.getDescription());
            assertEquals(unit, bAc1.getResponsibleUnit());
            assertTrue(libB.updates(b).isEmpty());

            // The standard git client sees the same history.
            Path gitHome = Files.createDirectories(tmp.resolve("gitclient"));
            String authUrl = url.replace("http://", "http://alice:alice-secret-1@");
            Fixtures.git(gitHome, 0, Map.of(), "clone", "-q", authUrl, "land");
            Path clone = gitHome.resolve("land");
            String gitLog = Fixtures.git(clone, 0, Map.of(), "log", "--format=%H").strip();
            List<String> jgitLog = new ArrayList<>();
            for (RevCommit c : org.eclipse.jgit.api.Git.wrap(libA.repository()).log().call()) {
                jgitLog.add(c.name());
            }
            assertEquals(String.join("\n", jgitLog), gitLog);
            String itemLog = Fixtures.git(clone, 0, Map.of(), "log", "--format=%an", "--",
                    "items/stadt-aachen.ac-2").strip();
            assertEquals(libA.history("stadt-aachen.ac-2").size(), itemLog.lines().count(), itemLog);
            assertTrue(itemLog.contains("Stadt Bonn") && itemLog.contains("Stadt Aachen"), itemLog);
        }
    }

    @Test
    void serverHookRejectsInvalidItemsPushedWithPlainGit() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 1, regA);
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice)) {
            libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE);
            ObjectId serverHead = libA.head();
            Path gitHome = Files.createDirectories(tmp.resolve("gitclient"));
            Fixtures.git(gitHome, 0, Map.of(), "clone", "-q", url.replace("http://", "http://bob:bob-secret-22@"),
                    "land");
            Path clone = gitHome.resolve("land");
            Path item = clone.resolve("items/stadt-aachen.ac-1/item.json");

            // A rule error (LIB-01: name shorter than 5 characters).
            String good = Files.readString(item);
            Files.writeString(item, good.replace("\"name\": \"Gewerbeanmeldung Variante 1\"", "\"name\": \"Abc\""));
            Fixtures.git(clone, 0, Map.of(), "commit", "-qam", "kurzer Name");
            String out = Fixtures.git(clone, 1, Map.of(), "push", "origin", "main");
            assertTrue(out.contains("LIB-01") && out.contains("kürzer als 5 Zeichen"), out);
            assertTrue(out.contains("rejected"), out);

            // Hand-edited into invalid JSON: the message names file and line.
            Files.writeString(item, good.replace("\"trigger\": \"Antrag\",", "\"trigger\": \"Antrag\""));
            Fixtures.git(clone, 0, Map.of(), "commit", "-qam", "kaputt");
            out = Fixtures.git(clone, 1, Map.of(), "push", "origin", "main");
            assertTrue(out.contains("items/stadt-aachen.ac-1/item.json:"), out);

            // Force-push of rewritten history is refused.
            Fixtures.git(clone, 0, Map.of(), "reset", "-q", "--hard", "HEAD~3");
            Files.writeString(clone.resolve("README.md"), "umgeschrieben\n");
            Fixtures.git(clone, 0, Map.of(), "commit", "-qam", "Historie umgeschrieben");
            out = Fixtures.git(clone, 1, Map.of(), "push", "--force", "origin", "main");
            assertTrue(out.contains("rejected"), out);

            libA.pull();
            assertEquals(serverHead, libA.head(), "nothing of the rejected pushes reached the server");
            assertEquals("Gewerbeanmeldung Variante 1", libA.item("stadt-aachen.ac-1").steckbrief().name());
        }
    }

    @Test
    void publishBlockedByRuleErrorsChangesNothing() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 2, regA);
        Fixtures.byKey(a, "AC-2").setName("Abc");
        RegisterStore.save(a, regA);
        byte[] before = Files.readAllBytes(regA);
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice)) {
            ObjectId head = libA.head();
            LibraryException e = assertThrows(LibraryException.class,
                    () -> libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE));
            assertEquals(LibraryException.Kind.VALIDATION, e.kind());
            assertTrue(e.getMessage().contains("LIB-01"), e.getMessage());
            assertEquals(head, libA.head());
            assertFalse(Files.exists(libA.workTree().resolve("items")), "nothing written");
            assertArrayEquals(before, Files.readAllBytes(regA));
        }
    }

    @Test
    void wrongCredentialsAndUnreachableUrlAreClearMessages() throws Exception {
        Path target = tmp.resolve("x");
        LibraryException auth = assertThrows(LibraryException.class, () -> Library.cloneFrom(url, target,
                new UsernamePasswordCredentialsProvider("alice", "falsch")));
        assertEquals(LibraryException.Kind.AUTHENTICATION, auth.kind(), auth.getMessage());
        assertTrue(auth.getMessage().contains(url), auth.getMessage());
        assertFalse(Files.exists(target.resolve(".git")));
        LibraryException none = assertThrows(LibraryException.class, () -> Library.cloneFrom(url, target, null));
        assertEquals(LibraryException.Kind.AUTHENTICATION, none.kind(), none.getMessage());
        // Port 1 (tcpmux) has no listener: a connection is refused at once. A port that was free a moment ago can be
        // taken meanwhile (a CI run once found a library server there and got "refused the credentials").
        String dead = "http://127.0.0.1:1/land.git";
        LibraryException unreachable = assertThrows(LibraryException.class,
                () -> Library.cloneFrom(dead, tmp.resolve("y"), alice));
        assertEquals(LibraryException.Kind.UNREACHABLE, unreachable.kind(), unreachable.getMessage());
        assertTrue(unreachable.getMessage().contains(dead), unreachable.getMessage());
    }

    @Test
    void itemFileRoundTripsThroughTheServerByteForByte() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 1, regA);
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice)) {
            libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE);
            String text = Files.readString(libA.workTree().resolve(LibraryLayout.itemFile("stadt-aachen.ac-1")));
            assertEquals(text, ItemCodec.write(libA.item("stadt-aachen.ac-1")));
            Library.Published again = libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE);
            assertEquals(List.of("stadt-aachen.ac-1"), again.unchanged(), "no change, no commit");
            assertNotNull(libA.head());
        }
    }

    @Test
    void serverRejectionIsTheMessageAndTheCloneMatchesTheServerAgain() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 1, regA);
        Fixtures.byKey(a, "AC-1").setName("Abc");
        RegisterStore.save(a, regA);
        byte[] before = Files.readAllBytes(regA);
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice)) {
            ObjectId head = libA.head();
            // No local rule check: the server's pre-receive hook is the gate.
            LibraryException e = assertThrows(LibraryException.class,
                    () -> libA.publish(a, regA, Fixtures.all(a), null, null, Fixtures.ALICE));
            assertEquals(LibraryException.Kind.REJECTED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("LIB-01") && e.getMessage().contains("kürzer als 5 Zeichen"),
                    e.getMessage());
            assertEquals(head, libA.head(), "the refused commit was dropped locally");
            assertTrue(org.eclipse.jgit.api.Git.wrap(libA.repository()).status().call().isClean());
            assertArrayEquals(before, Files.readAllBytes(regA));
            assertEquals(null, ModelMapping.provenance(Fixtures.byKey(a, "AC-1"), ModelMapping.SOURCE_ITEM));
        }
    }

    @Test
    void publishCancelledReportsItsStepsAndChangesNothing() throws Exception {
        Path regA = tmp.resolve("aachen/register.pwreg");
        ProcessRegister a = Fixtures.register("Stadt Aachen", "AC", 2, regA);
        byte[] before = Files.readAllBytes(regA);
        List<String> steps = new ArrayList<>();
        // cancelled as soon as the library starts writing: after the check, before commit and push
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                steps.add(name);
                if (steps.size() == 2) {
                    setCanceled(true);
                }
            }
        };
        try (Library libA = Library.cloneFrom(url, tmp.resolve("aachen/lib"), alice)) {
            ObjectId head = libA.head();
            assertThrows(OperationCanceledException.class,
                    () -> libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE, monitor));
            assertEquals(2, steps.size(), steps.toString());
            assertEquals(head, libA.head(), "nothing committed");
            assertTrue(org.eclipse.jgit.api.Git.wrap(libA.repository()).status().call().isClean(),
                    "the written items are taken back");
            assertArrayEquals(before, Files.readAllBytes(regA));
            assertEquals(null, ModelMapping.provenance(Fixtures.byKey(a, "AC-1"), ModelMapping.SOURCE_ITEM));
        }
        try (Git server = Git.open(tmp.resolve("server/land.git").toFile())) {
            assertEquals(1, StreamSupport.stream(server.log().call().spliterator(), false).count(),
                    "the server has only the library's first commit");
        }

        // the same publication without cancelling goes through all steps
        steps.clear();
        try (Library libA = Library.open(tmp.resolve("aachen/lib"), alice)) {
            Library.Published done = libA.publish(a, regA, Fixtures.all(a), rules, null, Fixtures.ALICE,
                    new NullProgressMonitor() {
                        @Override
                        public void subTask(String name) {
                            steps.add(name);
                        }
                    });
            assertEquals(2, done.itemIds().size());
            assertEquals(4, steps.size(), "check, write, commit, push: " + steps);
        }
    }

    @Test
    void aRightPasswordCachedForOneUserDoesNotLetAWrongOneIn() throws Exception {
        try (Library ok = Library.cloneFrom(url, tmp.resolve("a"), alice)) {
            assertNotNull(ok.head());
        }
        // alice's right password is now remembered by the server; a wrong one must still be refused, for her and bob
        for (UsernamePasswordCredentialsProvider wrong : List.of(new UsernamePasswordCredentialsProvider("alice",
                "alice-secret-2"), new UsernamePasswordCredentialsProvider("bob", "alice-secret-1"))) {
            LibraryException e = assertThrows(LibraryException.class, () -> Library.cloneFrom(url,
                    tmp.resolve("b"), wrong));
            assertEquals(LibraryException.Kind.AUTHENTICATION, e.kind(), e.getMessage());
        }
        try (Library again = Library.cloneFrom(url, tmp.resolve("c"), alice)) {
            assertNotNull(again.head());
        }
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.model.ProcessRegister;

/**
 * The same library operations against a plain bare repository served by Debian's {@code git daemon} on loopback
 * (git:// protocol, push enabled): any Git host can serve a library.
 */
class GitDaemonTest {

    @TempDir
    Path tmp;

    private Process daemon;
    private String url;

    @BeforeEach
    void start() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("daemon"));
        Library.createBare(root.resolve("werkstatt.git"), "Prozesswerkstatt", "Landkreis Test", "CC-BY-4.0",
                Fixtures.ALICE);
        int port = Fixtures.freePort();
        daemon = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
                "--base-path=" + root, "--listen=127.0.0.1", "--port=" + port, root.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("daemon.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("git daemon did not start: " + Files.readString(tmp.resolve("daemon.log")));
                }
                Thread.sleep(50);
            }
        }
        url = "git://127.0.0.1:" + port + "/werkstatt.git";
    }

    @AfterEach
    void stop() throws Exception {
        daemon.destroy();
        daemon.waitFor();
    }

    @Test
    void concurrentPublishersLoseNothingAndGitSeesTheSameHistory() throws Exception {
        int bodies = 4;
        List<Callable<Library.Published>> work = new ArrayList<>();
        List<Library> libraries = new ArrayList<>();
        for (int i = 0; i < bodies; i++) {
            Path reg = tmp.resolve("body" + i + "/register.pwreg");
            ProcessRegister r = Fixtures.register("Gemeinde " + i, "G" + i, 3, reg);
            Library lib = Library.cloneFrom(url, tmp.resolve("body" + i + "/lib"), null);
            libraries.add(lib);
            work.add(() -> lib.publish(r, reg, Fixtures.all(r), Fixtures.rules(), null, Fixtures.BOB));
        }
        ExecutorService pool = Executors.newFixedThreadPool(bodies);
        try {
            for (Future<Library.Published> f : pool.invokeAll(work)) {
                assertEquals(3, f.get().itemIds().size());
            }
        } finally {
            pool.shutdown();
        }
        Library check = libraries.get(0);
        check.pull();
        assertEquals(bodies * 3, check.itemIds().size(), check.itemIds().toString());

        Path gitHome = Files.createDirectories(tmp.resolve("gitclient"));
        Fixtures.git(gitHome, 0, Map.of(), "clone", "-q", url, "w");
        String gitLog = Fixtures.git(gitHome.resolve("w"), 0, Map.of(), "log", "--format=%H").strip();
        List<String> jgit = new ArrayList<>();
        for (RevCommit c : org.eclipse.jgit.api.Git.wrap(check.repository()).log().call()) {
            jgit.add(c.name());
        }
        assertEquals(String.join("\n", jgit), gitLog);
        for (Library l : libraries) {
            l.close();
        }
    }

    @Test
    void handEditedInvalidItemAndForcePushedHistoryLeaveTheRegisterUntouched() throws Exception {
        Path reg = tmp.resolve("a/register.pwreg");
        ProcessRegister r = Fixtures.register("Stadt Aachen", "AC", 2, reg);
        Path regB = tmp.resolve("b/register.pwreg");
        ProcessRegister b = Fixtures.register("Stadt Bonn", "BN", 0, regB);
        try (Library a = Library.cloneFrom(url, tmp.resolve("a/lib"), null);
                Library lb = Library.cloneFrom(url, tmp.resolve("b/lib"), null)) {
            a.publish(r, reg, Fixtures.all(r), null, null, Fixtures.ALICE);
            lb.pull();
            lb.adopt(b, regB, List.of("stadt-aachen.ac-1"), null, null);
            RegisterStore.save(b, regB);
            byte[] registerBefore = Files.readAllBytes(regB);

            // Someone edits an item by hand into invalid JSON and pushes with plain git (git daemon has no hook).
            Path gitHome = Files.createDirectories(tmp.resolve("gitclient"));
            Fixtures.git(gitHome, 0, Map.of(), "clone", "-q", url, "w");
            Path w = gitHome.resolve("w");
            Path item = w.resolve("items/stadt-aachen.ac-1/item.json");
            Files.writeString(item, Files.readString(item).replace("\"trigger\": \"Antrag\",", "\"trigger\": \"Antrag\""));
            Fixtures.git(w, 0, Map.of(), "commit", "-qam", "von Hand kaputt");
            Fixtures.git(w, 0, Map.of(), "push", "-q", "origin", "main");
            lb.pull();
            List<Library.Update> updates = lb.updates(b);
            assertEquals(1, updates.size());
            LibraryException invalid = org.junit.jupiter.api.Assertions.assertThrows(LibraryException.class,
                    () -> lb.applyUpdate(b, regB, updates.get(0)));
            assertEquals(LibraryException.Kind.INVALID_ITEM, invalid.kind());
            assertTrue(invalid.getMessage().contains("items/stadt-aachen.ac-1/item.json@"), invalid.getMessage());
            assertTrue(invalid.getMessage().matches("(?s).*item\\.json@[0-9a-f]+:\\d+:\\d+: .*"), invalid.getMessage());
            LibraryException adopt = org.junit.jupiter.api.Assertions.assertThrows(LibraryException.class,
                    () -> lb.adopt(b, regB, List.of("stadt-aachen.ac-1"), null, null));
            assertTrue(adopt.getMessage().contains("items/stadt-aachen.ac-1/item.json:"), adopt.getMessage());
            assertEquals(1, Fixtures.all(b).size(), "the failed adoption added nothing");

            // Someone rewrites the history and force-pushes.
            ObjectId before = lb.head();
            Fixtures.git(w, 0, Map.of(), "reset", "-q", "--hard", "HEAD~2");
            Files.writeString(w.resolve("README.md"), "neu\n");
            Fixtures.git(w, 0, Map.of(), "commit", "-qam", "umgeschrieben");
            Fixtures.git(w, 0, Map.of(), "push", "-q", "--force", "origin", "main");
            LibraryException rewritten = org.junit.jupiter.api.Assertions.assertThrows(LibraryException.class,
                    lb::pull);
            assertEquals(LibraryException.Kind.HISTORY_REWRITTEN, rewritten.kind(), rewritten.getMessage());
            assertEquals(before, lb.head(), "local library untouched");
            assertArrayEquals(registerBefore, Files.readAllBytes(regB), "register file untouched");
        }
    }
}

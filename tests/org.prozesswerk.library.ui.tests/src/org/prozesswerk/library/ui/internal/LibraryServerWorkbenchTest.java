/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.library.server.UsersFile;
import org.prozesswerk.merge.ui.internal.UpdateRegisterDialog;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;

/**
 * The workbench paths against this product's library server on loopback over http with credentials (basic auth,
 * passwords in secure storage), as a state's library is used: A (alice) connects through the connect dialog, adopts
 * through the adopt dialog and publishes (Job, the server's hook validates); B (bob) sees the update and takes it in.
 * Bad input each gives a clear German message and leaves the register untouched: a hand-edited invalid item in the
 * clone, wrong stored credentials, an unreachable server, a force-pushed (rewritten) history. Screenshots in
 * target/screenshots.
 */
class LibraryServerWorkbenchTest extends LibraryUiTestBase {

    @Override
    String messageScreenshots() {
        return "library-server-message-";
    }

    private static String xmi(RegisterDocument d) {
        return new String(RegisterStore.toBytes(d.register(), RegisterFormat.XMI), StandardCharsets.UTF_8);
    }

    /** Publishes in a Job and waits for it and its report; returns the report's text. */
    private String publishAndWait(RegisterDocument doc, ProcessProfile p, LibraryConnections.Connection c,
            String reportContains) {
        closedDialogs.clear();
        Job job = PublishHandler.publish(Display.getCurrent(), doc, List.of(p), c);
        EventLoop.waitUntil("publish finished", () -> job.getResult() != null, WAIT);
        EventLoop.waitUntil("publish report", () -> closedDialogs.stream().anyMatch(t -> t.contains(reportContains)),
                WAIT);
        return closedDialogs.stream().filter(t -> t.contains(reportContains)).findFirst().orElseThrow();
    }

    @Test
    void adoptPublishAndUpdateOverHttpWithCredentialsAndBadInputKeepsTheRegister() throws Exception {
        // the server: a state's library with the five Steckbriefe of Gemeinde Musterstadt, users alice and bob
        Path root = dir.resolve("root");
        Path bare = seedLibrary(root.resolve("land.git"));
        Path users = dir.resolve("users.txt");
        UsersFile.setPassword(users, "alice", "alice-geheim-1".toCharArray());
        UsersFile.setPassword(users, "bob", "bob-geheim-22".toCharArray());
        LibraryServer server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users, null, null,
                LibraryWork.ruleSet(), null));
        String url = server.baseUri() + "land.git";
        try {
            ISecurePreferences secureA = secureStorage("secureA");
            LibraryConnections bodyA = new LibraryConnections(dir.resolve("stateA"), secureA);
            LibraryConnections bodyB = new LibraryConnections(dir.resolve("stateB"), secureStorage("secureB"));

            // A connects through the dialog: http URL, user and password
            LibraryConnections.setDefault(bodyA);
            LibraryView view = (LibraryView) page.showView(LibraryView.ID);
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            Shell shell = view.getSite().getShell();
            ConnectDialog connect = new ConnectDialog(shell, bodyA);
            connect.setBlockOnOpen(false);
            connect.open();
            connect.url().setText(url);
            connect.name().setText("Landesbibliothek");
            connect.user().setText("alice");
            connect.password().setText("alice-geheim-1");
            Screenshots.take(connect.getShell(), "library-server-01-connect-http");
            click(connect.okButton());
            EventLoop.waitUntil("connected", () -> connect.getShell() == null, WAIT);
            LibraryConnections.Connection connA = bodyA.connections().get(0);
            assertEquals(url, connA.url());
            assertEquals("alice", connA.user());
            EventLoop.waitUntil("items shown", () -> view.rows().size() == 5, WAIT);
            String itemId = view.rows().stream().filter(r -> r.item().steckbrief().name().equals("Gewerbe anmelden"))
                    .findFirst().orElseThrow().item().id();
            view.select(List.of(itemId));
            EventLoop.drain();
            Screenshots.take(shell, "library-server-02-view-over-http");

            // B (bob) adopts the item first and changes the description locally
            RegisterDocument docB = openRegister("gemeinde-sued", "Gemeinde Süd");
            LibraryConnections.Connection connB = bodyB.connect("Land", url, "bob", "bob-geheim-22".toCharArray());
            try (Library lb = bodyB.open(connB)) {
                LibraryWork.adopt(docB, lb, List.of(itemId), null, null);
            }
            ProcessProfile inB = byName(docB.register(), "Gewerbe anmelden");
            docB.editingDomain().getCommandStack().execute(SetCommand.create(docB.editingDomain(), inB,
                    Literals.PROCESS_PROFILE__DESCRIPTION, "Anzeige im Bürgerbüro Süd"));

            // A adopts through the adopt dialog into folder and unit
            RegisterDocument docA = openRegister("gemeinde-nord", "Gemeinde Nord");
            AdoptDialog adopt = answeredAdoptDialog(shell, docA);
            click(adopt.okButton());
            assertEquals(Window.OK, adopt.getReturnCode());
            assertNotNull(AdoptHandler.adopt(shell, connA, view.selectedItems(), adopt));
            ProcessProfile inA = byName(docA.register(), "Gewerbe anmelden");
            assertEquals(url, ModelMapping.provenance(inA, ModelMapping.SOURCE_LIBRARY));
            String adopted = ModelMapping.provenance(inA, ModelMapping.SOURCE_COMMIT);

            // A completes the Steckbrief (the default rules want trigger, result and a legal basis) and publishes
            var domain = docA.editingDomain();
            domain.getCommandStack().execute(SetCommand.create(domain, inA, Literals.PROCESS_PROFILE__SHORT_DESCRIPTION,
                    "Gewerbeanzeige, überarbeitet von Gemeinde Nord"));
            completeAndSave(docA, inA);

            // bad input 1: the clone's item file edited by hand into invalid content: clear message naming the
            // file, nothing pushed, the register untouched
            Path itemFile = Path.of(connA.dir()).resolve("items/" + itemId + "/item.json");
            String good = Files.readString(itemFile);
            Files.writeString(itemFile, good.replace("\"format\"", "\"formaat\""));
            String beforeA = xmi(docA);
            String report = publishAndWait(docA, inA, connA, "item.json");
            assertTrue(report.contains("ungültig") && report.contains(itemId), report);
            assertEquals(beforeA, xmi(docA), "register untouched");
            assertEquals(adopted, head(bare), "nothing pushed");
            Files.writeString(itemFile, good);

            // bad input 2: wrong credentials in secure storage: German message, register untouched
            ISecurePreferences node = secureA.node(LibraryConnections.SECURE_ROOT + "/"
                    + EncodingUtils.encodeSlashes(url));
            node.put("password", "falsch-falsch", true);
            report = publishAndWait(docA, inA, connA, "Anmeldedaten");
            assertTrue(report.contains("abgelehnt"), report);
            assertEquals(beforeA, xmi(docA));
            assertEquals(adopted, head(bare));
            node.put("password", "alice-geheim-1", true);

            // publish over http: the server's hook validates, the register remembers the pushed commit
            report = publishAndWait(docA, inA, connA, Messages.publishTitle);
            assertFalse(report.contains("abgelehnt"), report);
            String published = ModelMapping.provenance(byName(docA.register(), "Gewerbe anmelden"),
                    ModelMapping.SOURCE_COMMIT);
            assertEquals(head(bare), published);
            try (Git g = Git.open(bare.toFile())) {
                var last = g.log().call().iterator().next();
                assertTrue(last.getFullMessage().contains(itemId), last.getFullMessage());
            }

            // B takes the update in over http: the library's change, the local change kept
            closedDialogs.clear();
            int taken = CheckUpdatesHandler.check(shell, docB, bodyB, dialog -> applyUpdate(dialog));
            assertEquals(1, taken, closedDialogs.toString());
            inB = byName(docB.register(), "Gewerbe anmelden");
            assertEquals("Gewerbeanzeige, überarbeitet von Gemeinde Nord", inB.getShortDescription());
            assertEquals("Anzeige im Bürgerbüro Süd", inB.getDescription());
            assertEquals(published, ModelMapping.provenance(inB, ModelMapping.SOURCE_COMMIT));

            // both change the short description; A publishes first, B's retry merge finds the conflict: nothing
            // is published, the conflict is named and the merge preview offered, B's register stays as it was
            domain.getCommandStack().execute(SetCommand.create(domain, byName(docA.register(), "Gewerbe anmelden"),
                    Literals.PROCESS_PROFILE__SHORT_DESCRIPTION, "Gewerbeanzeige, Fassung Nord"));
            report = publishAndWait(docA, byName(docA.register(), "Gewerbe anmelden"), connA, Messages.publishTitle);
            assertFalse(report.contains("Konflikt"), report);
            docB.editingDomain().getCommandStack().execute(SetCommand.create(docB.editingDomain(), inB,
                    Literals.PROCESS_PROFILE__RESPONSIBLE_UNIT, docB.register().getOrganisation().get(0)));
            docB.editingDomain().getCommandStack().execute(SetCommand.create(docB.editingDomain(), inB,
                    Literals.PROCESS_PROFILE__SHORT_DESCRIPTION, "Gewerbeanzeige, Fassung Süd"));
            String beforeConflict = xmi(docB);
            LibraryConnections.setDefault(bodyB);
            report = publishAndWait(docB, inB, connB, "Konflikt");
            assertTrue(report.contains(Messages.publishConflicts) && report.contains(itemId), report);
            assertTrue(report.contains(Messages.publishPreview), report);
            assertEquals(beforeConflict, xmi(docB), "register untouched");
            try (Library check = Library.cloneFrom(bare.toUri().toString(), dir.resolve("check"), null)) {
                assertEquals("Gewerbeanzeige, Fassung Nord", check.item(itemId).steckbrief().shortDescription(),
                        "the server keeps A's version");
            }
            LibraryConnections.setDefault(bodyA);

            // bad input 3: the server's history rewritten (a force-push by an administrator on the host):
            // the update check refuses with a German message, B's register and clone stay as they were
            Path other = dir.resolve("other.git");
            Library.createBare(other, "Andere Bibliothek", "Land Y", "CC-BY-4.0", SEEDER);
            try (Git g = Git.open(bare.toFile())) {
                g.fetch().setRemote(other.toUri().toString())
                        .setRefSpecs(new RefSpec("+refs/heads/main:refs/heads/main")).call();
            }
            String beforeB = xmi(docB);
            String cloneHeadB = head(Path.of(connB.dir()).resolve(".git"));
            closedDialogs.clear();
            assertEquals(0, CheckUpdatesHandler.check(shell, docB, bodyB, dialog -> {
                throw new AssertionError("no update dialog for a rewritten history");
            }));
            EventLoop.waitUntil("message", () -> !closedDialogs.isEmpty(), WAIT);
            assertTrue(closedDialogs.get(0).contains("Historie") && closedDialogs.get(0).contains("umgeschrieben"),
                    closedDialogs.toString());
            assertEquals(beforeB, xmi(docB), "register untouched");
            assertEquals(cloneHeadB, head(Path.of(connB.dir()).resolve(".git")), "clone untouched");
        } finally {
            server.close();
        }

        // bad input 4: the server is gone (unreachable): German message, the register untouched
        RegisterDocument docB = opened.get(0);
        String beforeB = xmi(docB);
        closedDialogs.clear();
        LibraryConnections bodyB = new LibraryConnections(dir.resolve("stateB"), secureStorage("secureB"));
        assertEquals(0, CheckUpdatesHandler.check(page.getWorkbenchWindow().getShell(), docB, bodyB, dialog -> {
            throw new AssertionError("no update dialog without a server");
        }));
        EventLoop.waitUntil("message", () -> !closedDialogs.isEmpty(), WAIT);
        assertTrue(closedDialogs.get(0).contains("nicht erreichbar") || closedDialogs.get(0).contains(
                "fehlgeschlagen"), closedDialogs.toString());
        assertTrue(closedDialogs.get(0).contains(url), closedDialogs.toString());
        assertEquals(beforeB, xmi(docB));
    }

    private int applyUpdate(UpdateRegisterDialog dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        EventLoop.drain();
        try {
            Screenshots.take(dialog.getShell(), "library-server-03-update-dialog");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        click(findButton(dialog.getShell(), org.prozesswerk.merge.ui.internal.Messages.apply));
        return dialog.getReturnCode();
    }

    private static String head(Path gitDir) throws Exception {
        try (Git g = Git.open(gitDir.toFile())) {
            return g.getRepository().resolve("refs/heads/main").name();
        }
    }
}

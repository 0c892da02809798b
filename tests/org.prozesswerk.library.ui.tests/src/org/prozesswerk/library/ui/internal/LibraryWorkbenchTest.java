/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.library.server.UsersFile;
import org.prozesswerk.merge.ui.internal.CompareEditor;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;

/**
 * The library in the real workbench (Xvfb): two bodies with their own connections (state folder, secure storage,
 * clone) and registers. A connects a library on a file URL through the connect dialog, browses and filters it in the
 * Bibliothek view, adopts through the adopt dialog, edits and publishes (Job); B, which adopted the same item earlier
 * and changed another field locally, sees the update and takes it in through the register update dialog; the view
 * compares the two versions. Bad input: an unreachable URL and wrong credentials against the library server on
 * loopback leave a clear message and nothing connected; an invalid item adopts nothing. Screenshots in
 * target/screenshots.
 */
class LibraryWorkbenchTest extends LibraryUiTestBase {

    private LibraryView showView(LibraryConnections connections) throws Exception {
        IViewPart old = page.findView(LibraryView.ID);
        if (old != null) {
            page.hideView(old);
        }
        LibraryConnections.setDefault(connections);
        LibraryView view = (LibraryView) page.showView(LibraryView.ID);
        // maximized, so that the screenshots show the whole view
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.drain();
        return view;
    }

    @Test
    void connectBrowseAdoptEditPublishAndUpdateInASecondBody() throws Exception {
        Path bare = seedLibrary(dir.resolve("server/land.git"));
        String url = bare.toUri().toString();
        LibraryConnections bodyA = new LibraryConnections(dir.resolve("stateA"), secureStorage("secureA"));
        LibraryConnections bodyB = new LibraryConnections(dir.resolve("stateB"), secureStorage("secureB"));

        // first start: nothing connected, the view offers the demo library
        LibraryView view = showView(bodyA);
        Shell shell = view.getSite().getShell();
        assertNotNull(findButton((Composite) view.items().getControl().getParent().getParent().getParent(),
                Messages.offerDemo), "demo library offered");
        Screenshots.take(shell, "library-01-first-start-offer");

        // connect through the dialog (file URL)
        ConnectDialog connect = new ConnectDialog(shell, bodyA);
        connect.setBlockOnOpen(false);
        connect.open();
        connect.url().setText(url);
        connect.name().setText("Landesbibliothek");
        Screenshots.take(connect.getShell(), "library-02-connect-dialog");
        click(connect.okButton());
        EventLoop.waitUntil("connected", () -> connect.getShell() == null, WAIT);
        assertEquals(1, bodyA.connections().size());
        assertTrue(Files.isRegularFile(dir.resolve("stateA/libraries.json")));

        view = showView(bodyA);
        LibraryView v = view;
        EventLoop.waitUntil("items shown", () -> v.rows().size() == 5, WAIT);
        assertEquals(5, view.items().getTable().getItemCount());
        view.search().setText("erteilen");
        EventLoop.drain();
        assertEquals(2, view.items().getTable().getItemCount(), "search: the two 'erteilen' Steckbriefe");
        view.search().setText("");
        view.status().select(java.util.Arrays.asList(view.status().getItems()).indexOf(
                Steckbriefs.label("FimStatus", FimStatus.DRAFT.getName())));
        view.status().notifyListeners(SWT.Selection, new Event());
        EventLoop.drain();
        assertEquals(2, view.items().getTable().getItemCount(), "FIM status filter: two drafts");
        view.status().select(0);
        view.status().notifyListeners(SWT.Selection, new Event());
        String itemId = view.rows().stream().filter(r -> r.item().steckbrief().name().equals("Gewerbe anmelden"))
                .findFirst().orElseThrow().item().id();
        view.select(List.of(itemId));
        EventLoop.drain();
        assertTrue(view.preview().getText().contains("Gewerbe anmelden"), view.preview().getText());
        assertEquals(1, ((List<?>) view.history().getInput()).size(), "history: the first publication");
        Screenshots.take(shell, "library-03-view-item");

        // B adopts the item first (the other body), and changes a field of its own
        RegisterDocument docB = openRegister("gemeinde-sued", "Gemeinde Süd");
        LibraryConnections.Connection connB = bodyB.connect("Land", url, null, null);
        try (Library lb = bodyB.open(connB)) {
            LibraryWork.adopt(docB, lb, List.of(itemId), null, null);
        }
        ProcessProfile inB = byName(docB.register(), "Gewerbe anmelden");
        String adoptedCommit = ModelMapping.provenance(inB, ModelMapping.SOURCE_COMMIT);
        docB.editingDomain().getCommandStack().execute(SetCommand.create(docB.editingDomain(), inB,
                Literals.PROCESS_PROFILE__DESCRIPTION, "Anzeige im Bürgerbüro Süd"));

        // A adopts through the dialog: register, folder, responsible unit
        RegisterDocument docA = openRegister("gemeinde-nord", "Gemeinde Nord");
        int before = Steckbriefe.all(docA.register()).size();
        AdoptDialog adopt = answeredAdoptDialog(shell, docA);
        Screenshots.take(adopt.getShell(), "library-04-adopt-dialog");
        click(adopt.okButton());
        assertEquals(Window.OK, adopt.getReturnCode());
        assertEquals(docA, adopt.document());
        LibraryWork.Adoption done = AdoptHandler.adopt(shell, bodyA.connections().get(0), view.selectedItems(), adopt);
        assertNotNull(done);
        ProcessProfile inA = byName(docA.register(), "Gewerbe anmelden");
        assertEquals(before + 1, Steckbriefe.all(docA.register()).size());
        assertEquals("Aus der Bibliothek", ((org.prozesswerk.model.Folder) inA.eContainer()).getName());
        assertEquals("Ordnungsamt", inA.getResponsibleUnit().getName());
        assertEquals(itemId, ModelMapping.provenance(inA, ModelMapping.SOURCE_ITEM));
        assertEquals(url, ModelMapping.provenance(inA, ModelMapping.SOURCE_LIBRARY));
        // one command: one undo takes the adoption back, redo brings it again
        docA.editingDomain().getCommandStack().undo();
        assertEquals(before, Steckbriefe.all(docA.register()).size());
        docA.editingDomain().getCommandStack().redo();
        inA = byName(docA.register(), "Gewerbe anmelden");

        // A edits and publishes (Job): the rule sets find errors (released gold without legal basis, trigger,
        // result), which block; nothing is pushed and the register keeps its provenance
        docA.editingDomain().getCommandStack().execute(SetCommand.create(docA.editingDomain(), inA,
                Literals.PROCESS_PROFILE__SHORT_DESCRIPTION, "Gewerbeanzeige, überarbeitet von Gemeinde Nord"));
        String adoptedInA = ModelMapping.provenance(inA, ModelMapping.SOURCE_COMMIT);
        Job blocked = PublishHandler.publish(Display.getCurrent(), docA, List.of(inA), bodyA.connections().get(0));
        EventLoop.waitUntil("publish checked", () -> blocked.getResult() != null, WAIT);
        EventLoop.waitUntil("findings shown", () -> closedDialogs.stream().anyMatch(t -> t.contains("MPQ-05")), WAIT);
        assertFalse(blocked.getResult().isOK());
        assertEquals(adoptedInA, ModelMapping.provenance(inA, ModelMapping.SOURCE_COMMIT));
        try (Git server = Git.open(bare.toFile())) {
            assertEquals(adoptedInA, server.getRepository().resolve("refs/heads/main").name(), "nothing pushed");
        }
        closedDialogs.clear();
        completeAndSave(docA, inA);
        Job job = PublishHandler.publish(Display.getCurrent(), docA, List.of(inA), bodyA.connections().get(0));
        EventLoop.waitUntil("published", () -> job.getResult() != null, WAIT);
        EventLoop.waitUntil("publish report", () -> closedDialogs.stream().anyMatch(t -> t.startsWith(
                Messages.publishTitle)), WAIT);
        assertTrue(job.getResult().isOK(), job.getResult().toString() + " " + closedDialogs);
        String published = ModelMapping.provenance(byName(docA.register(), "Gewerbe anmelden"),
                ModelMapping.SOURCE_COMMIT);
        try (Git server = Git.open(bare.toFile())) {
            assertEquals(server.getRepository().resolve("refs/heads/main").name(), published,
                    "the register remembers the pushed commit");
            String log = server.log().call().iterator().next().getFullMessage();
            assertTrue(log.contains(itemId), log);
        }

        // B checks for updates: the update dialog with the three-way preview, applied as one command
        closedDialogs.clear();
        List<String> seen = new ArrayList<>();
        int taken = CheckUpdatesHandler.check(shell, docB, bodyB, dialog -> {
            dialog.setBlockOnOpen(false);
            dialog.open();
            EventLoop.drain();
            try {
                Screenshots.take(dialog.getShell(), "library-05-update-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            seen.add(dialog.getShell().getText());
            Button apply = findButton(dialog.getShell(), org.prozesswerk.merge.ui.internal.Messages.apply);
            click(apply);
            return dialog.getReturnCode();
        });
        assertEquals(1, taken, closedDialogs.toString());
        inB = byName(docB.register(), "Gewerbe anmelden");
        assertEquals("Gewerbeanzeige, überarbeitet von Gemeinde Nord", inB.getShortDescription(),
                "the library's change is taken in");
        assertEquals("Anzeige im Bürgerbüro Süd", inB.getDescription(), "the local change is kept");
        assertEquals("Gewerbeanzeige", inB.getTrigger());
        assertEquals(published, ModelMapping.provenance(inB, ModelMapping.SOURCE_COMMIT));
        assertNotEquals(adoptedCommit, published);
        docB.editingDomain().getCommandStack().undo();
        assertEquals(adoptedCommit, ModelMapping.provenance(byName(docB.register(), "Gewerbe anmelden"),
                ModelMapping.SOURCE_COMMIT), "one undo takes the update back");
        docB.editingDomain().getCommandStack().redo();

        // the view: fetch, the item's history has both versions, compare them in the compare editor
        try (Library la = bodyA.open(bodyA.connections().get(0))) {
            la.pull();
        }
        view = showView(bodyA);
        LibraryView v2 = view;
        EventLoop.waitUntil("items shown again", () -> v2.rows().size() == 5, WAIT);
        view.select(List.of(itemId));
        EventLoop.drain();
        assertEquals(2, ((List<?>) view.history().getInput()).size());
        assertTrue(view.preview().getText().contains("überarbeitet von Gemeinde Nord"));
        Screenshots.take(shell, "library-06-view-history");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        view.compareVersions();
        EventLoop.drain();
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof CompareEditor, String.valueOf(editor));
        var tree = ((CompareEditor) editor).tree().viewer().getTree();
        assertEquals(1, tree.getItemCount(), "only the item's Steckbrief differs, not the register around it");
        Screenshots.take(shell, "library-07-compare-versions");
    }

    @Test
    void unreachableUrlAndWrongCredentialsAreClearAndKeepNothing() throws Exception {
        LibraryConnections body = new LibraryConnections(dir.resolve("state"), secureStorage("secure"));
        LibraryView view = showView(body);
        Shell shell = view.getSite().getShell();

        ConnectDialog dialog = new ConnectDialog(shell, body);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.url().setText("http://127.0.0.1:9/keine-bibliothek.git");
        click(dialog.okButton());
        EventLoop.drain();
        assertNotNull(dialog.getShell(), "the dialog stays open");
        assertNotNull(dialog.getErrorMessage());
        assertTrue(dialog.getErrorMessage().contains("127.0.0.1:9"), dialog.getErrorMessage());
        Screenshots.take(dialog.getShell(), "library-08-unreachable");
        assertTrue(body.connections().isEmpty());
        dialog.close();

        // the library server on loopback: wrong password, then the right one
        Path root = dir.resolve("root");
        Files.createDirectories(root);
        Library.createBare(root.resolve("land.git"), "Landesbibliothek", "Land X", "CC-BY-4.0", SEEDER);
        Path users = dir.resolve("users.txt");
        UsersFile.setPassword(users, "alice", "richtig-geheim".toCharArray());
        try (LibraryServer server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users,
                null, null, LibraryWork.ruleSet(), null))) {
            String url = server.baseUri() + "land.git";
            ConnectDialog wrong = new ConnectDialog(shell, body);
            wrong.setBlockOnOpen(false);
            wrong.open();
            wrong.url().setText(url);
            wrong.user().setText("alice");
            wrong.password().setText("falsch");
            click(wrong.okButton());
            EventLoop.drain();
            assertNotNull(wrong.getShell());
            assertNotNull(wrong.getErrorMessage());
            Screenshots.take(wrong.getShell(), "library-09-wrong-credentials");
            assertTrue(body.connections().isEmpty());
            try (Stream<Path> clones = Files.list(dir.resolve("state/clones"))) {
                assertEquals(0, clones.count(), "no half clone is left");
            }
            wrong.password().setText("richtig-geheim");
            click(wrong.okButton());
            EventLoop.waitUntil("connected", () -> wrong.getShell() == null, WAIT);
            assertEquals(Dialog.OK, wrong.getReturnCode());
            LibraryConnections.Connection c = body.connections().get(0);
            assertNotNull(body.credentials(c), "the password comes from secure storage");
            // never in plain text: neither in the list of libraries nor in the secure storage file
            for (String f : List.of("state/libraries.json", "secure")) {
                String content = Files.readString(dir.resolve(f), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains("richtig-geheim"), f);
            }
            // remembered across restarts: a new instance on the same state and storage reads it back
            LibraryConnections again = new LibraryConnections(dir.resolve("state"), secureStorage("secure"));
            assertEquals(List.of(c), again.connections());
            assertNotNull(again.credentials(c));
        }

        // an item edited by hand into invalid JSON adopts nothing: the register is untouched
        RegisterDocument doc = openRegister("gemeinde-west", "Gemeinde West");
        Path bare = seedLibrary(dir.resolve("server/land.git"));
        LibraryConnections.Connection c = body.connect("Land", bare.toUri().toString(), null, null);
        try (Library l = body.open(c)) {
            List<String> ids = l.itemIds();
            Files.writeString(l.workTree().resolve("items/" + ids.get(1) + "/item.json"), "{ \"format\": ");
            String before = new String(RegisterStore.toBytes(doc.register(),
                    RegisterFormat.XMI), StandardCharsets.UTF_8);
            LibraryException e = assertThrows(LibraryException.class, () -> LibraryWork.adopt(doc, l, ids, null,
                    null));
            assertTrue(e.getMessage().contains("item.json"), e.getMessage());
            assertFalse(doc.editingDomain().getCommandStack().canUndo(), "no command ran");
            assertEquals(before, new String(RegisterStore.toBytes(doc.register(),
                    RegisterFormat.XMI), StandardCharsets.UTF_8));
        }
    }

    @Test
    void firstStartDemoLibraryIsBuiltFromRealDataAndConnected() throws Exception {
        LibraryConnections body = new LibraryConnections(dir.resolve("state"), secureStorage("secure"));
        LibraryView view = showView(body);
        LibraryConnections.Connection demo = DemoSetup.create(body, dir.resolve(DemoSetup.FOLDER));
        assertEquals(List.of(demo), body.connections());
        EventLoop.waitUntil("demo items shown", () -> view.rows().size() == DemoSetup.COUNT + 1, WAIT);
        view.search().setText("schwangeren");
        EventLoop.drain();
        assertEquals(1, view.items().getTable().getItemCount(), "the FIM Stammprozess 99006028261000");
        LibraryView.Row stamm = (LibraryView.Row) view.items().getElementAt(0);
        view.select(List.of(stamm.item().id()));
        EventLoop.drain();
        assertEquals(1, stamm.item().steckbrief().models().size());
        assertTrue(view.preview().getText().contains("99006028261000"), view.preview().getText());
        try (Library l = body.open(demo)) {
            Path model = l.workTree().resolve("items/" + stamm.item().id()).resolve(stamm.item().steckbrief()
                    .models().get(0).path());
            assertTrue(Files.readString(model).contains("bpmn"), model.toString());
        }
        Screenshots.take(view.getSite().getShell(), "library-10-demo-library");
    }
}

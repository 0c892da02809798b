/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.library.Library;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.DialogWatcher;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * What the library's workbench tests share: the page, message dialogs closed as they appear (their texts kept, and
 * optionally a screenshot of each new one), secure storage with a test master password, registers opened as
 * documents, and finding and pressing buttons.
 */
abstract class LibraryUiTestBase {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final PersonIdent SEEDER = new PersonIdent("Stadt Musterstadt", "seed@prozesswerk.invalid");

    @TempDir
    Path dir;

    IWorkbenchPage page;
    final List<String> closedDialogs = new ArrayList<>();
    final List<RegisterDocument> opened = new ArrayList<>();
    private final DialogWatcher messageDialogs = new DialogWatcher(s -> s.getData() instanceof MessageDialog,
            this::closeMessageDialog);
    private int messages;

    /** Name prefix of the screenshots of message dialogs, or null for none. */
    String messageScreenshots() {
        return null;
    }

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        messageDialogs.start(Display.getCurrent());
    }

    @AfterEach
    void tearDown() {
        messageDialogs.stop();
        page.closeAllEditors(false);
        for (RegisterDocument d : opened) {
            RegisterDocuments.getDefault().close(d);
        }
        IViewPart view = page.findView(LibraryView.ID);
        if (view != null) {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            page.hideView(view);
        }
        LibraryConnections.setDefault(null);
        org.prozesswerk.tests.support.EventLoop.drain();
    }

    /** Closes a message dialog (a report of a handler or job) as it appears, remembering its text. */
    private void closeMessageDialog(Shell s) {
        String text = s.getText() + ": " + text(s);
        if (messageScreenshots() != null && closedDialogs.stream().noneMatch(t -> t.equals(text))) {
            try {
                Screenshots.take(s, messageScreenshots() + (++messages));
            } catch (java.io.IOException e) {
                // the text is what the tests check; a missing screenshot is no failure of the product
            }
        }
        closedDialogs.add(text);
        // as the user closing the window: a question is answered "no" (MessageDialog.close() would
        // leave the return code at 0, the first button, "Ja")
        s.close();
    }

    static String text(Composite c) {
        return Controls.labels(c);
    }

    ISecurePreferences secureStorage(String name) throws Exception {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return SecurePreferencesFactory.open(dir.resolve(name).toUri().toURL(), options);
    }

    /** A bare library at {@code bare} with the five Steckbriefe of Gemeinde Musterstadt, published by Stadt Musterstadt. */
    Path seedLibrary(Path bare) throws Exception {
        Files.createDirectories(bare.getParent());
        Library.createBare(bare, "Landesbibliothek", "Land X", "CC-BY-4.0", SEEDER);
        ProcessRegister seed = TestRegisters.musterstadt();
        seed.setPublisher("Stadt Musterstadt");
        Path seedFile = dir.resolve("seed/register.pwreg");
        Files.createDirectories(seedFile.getParent());
        RegisterStore.save(seed, seedFile);
        try (Library l = Library.cloneFrom(bare.toUri().toString(), dir.resolve("seed/clone"), null)) {
            l.publish(seed, seedFile, Steckbriefe.all(seed), null, null, SEEDER);
        }
        return bare;
    }

    /** A small register of {@code body} with the unit „Ordnungsamt“ and the folder „Aus der Bibliothek“, opened. */
    RegisterDocument openRegister(String name, String body) throws Exception {
        ProcessRegister r = TestRegisters.small(name);
        r.setPublisher(body);
        r.getOrganisation().add(TestRegisters.unit("ou-32", "Ordnungsamt", "32", null));
        r.getRootFolders().add(TestRegisters.folder("f-bib", "Aus der Bibliothek"));
        Path file = dir.resolve(name + "/register.pwreg");
        Files.createDirectories(file.getParent());
        RegisterStore.save(r, file);
        RegisterDocument d = RegisterDocuments.getDefault().open(file);
        opened.add(d);
        return d;
    }

    /**
     * Gives an adopted Steckbrief what the default rules want before it is published (trigger, result, a legal basis),
     * each as a command on the register's stack, and saves the register.
     */
    static void completeAndSave(RegisterDocument document, ProcessProfile profile) throws Exception {
        var domain = document.editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, profile, Literals.PROCESS_PROFILE__TRIGGER,
                "Gewerbeanzeige"));
        domain.getCommandStack().execute(SetCommand.create(domain, profile, Literals.PROCESS_PROFILE__RESULT,
                "Empfangsbescheinigung"));
        domain.getCommandStack().execute(AddCommand.create(domain, profile, Literals.PROCESS_PROFILE__LEGAL_BASES,
                TestRegisters.legalBasis("GewO", "§ 14", "Anzeigepflicht")));
        document.save();
    }

    /** The adopt dialog for one item, opened, with the register, its first folder and its first unit chosen. */
    static AdoptDialog answeredAdoptDialog(Shell shell, RegisterDocument document) {
        AdoptDialog adopt = new AdoptDialog(shell, 1);
        adopt.setBlockOnOpen(false);
        adopt.open();
        adopt.registerCombo().select(RegisterDocuments.getDefault().documents().indexOf(document));
        adopt.registerCombo().notifyListeners(SWT.Selection, new Event());
        adopt.folderCombo().select(1);
        adopt.unitCombo().select(1);
        return adopt;
    }

    static void click(Button b) {
        assertTrue(b.isEnabled(), "enabled: " + b.getText());
        b.notifyListeners(SWT.Selection, new Event());
    }

    static Button findButton(Composite c, String text) {
        return Controls.buttonOrNull(c, text);
    }

    static ProcessProfile byName(ProcessRegister r, String name) {
        return Steckbriefe.all(r).stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
    }
}

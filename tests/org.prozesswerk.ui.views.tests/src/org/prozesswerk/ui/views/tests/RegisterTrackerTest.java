package org.prozesswerk.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.RegisterTracker;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.HandCountedRegister;

/**
 * The one helper the views follow the open registers with: opening and closing is heard at once, a burst of commands
 * once after the quiet delay, only on followed registers, and nothing after dispose.
 */
class RegisterTrackerTest {

    private static final int DELAY = 150;

    @TempDir
    Path directory;

    private final AtomicInteger documentsChanged = new AtomicInteger();
    private final AtomicInteger modelChanged = new AtomicInteger();
    private RegisterTracker tracker;
    private RegisterDocument first;
    private RegisterDocument second;

    @AfterEach
    void close() {
        if (tracker != null) {
            tracker.dispose();
        }
        for (RegisterDocument d : new RegisterDocument[] { first, second }) {
            if (d != null && RegisterDocuments.getDefault().documents().contains(d)) {
                RegisterDocuments.getDefault().close(d);
            }
        }
    }

    private RegisterDocument open(String folder) throws Exception {
        Path file = HandCountedRegister.write(Files.createDirectories(directory.resolve(folder)));
        return RegisterDocuments.getDefault().open(file);
    }

    private static void rename(RegisterDocument document, String name) {
        // the constructor, not SetCommand.create: it works on a closed register's stack too (no item providers)
        ProcessProfile profile = HandCountedRegister.profile(document.register(), "p1");
        Command command = new SetCommand(document.editingDomain(), profile,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME, name);
        document.editingDomain().getCommandStack().execute(command);
    }

    /** Runs the event loop for {@code millis}, so that a debounced call has had its chance. */
    private static void idle(long millis) {
        EventLoop.waitFor(() -> false, millis);
    }

    @Test
    void followsOneRegisterDebounced() throws Exception {
        first = open("a");
        second = open("b");
        tracker = new RegisterTracker(DELAY, documentsChanged::incrementAndGet, modelChanged::incrementAndGet);
        tracker.follow(first);

        rename(first, "eins");
        rename(first, "zwei");
        rename(first, "drei");
        assertEquals(0, modelChanged.get(), "not before the quiet delay");
        assertEquals(3, tracker.generation());
        assertTrue(EventLoop.waitFor(() -> modelChanged.get() == 1, 5_000), "one call after the burst");
        idle(3 * DELAY);
        assertEquals(1, modelChanged.get(), "and only one");

        rename(second, "anders");
        idle(3 * DELAY);
        assertEquals(1, modelChanged.get(), "a register not followed is not heard");
        assertEquals(3, tracker.generation());

        tracker.follow(second);
        rename(first, "vier");
        rename(second, "fünf");
        assertTrue(EventLoop.waitFor(() -> modelChanged.get() == 2, 5_000));
        assertEquals(4, tracker.generation(), "follow(second) stopped following the first");
    }

    @Test
    void followsAllOpenRegistersAndHearsOpeningAndClosing() throws Exception {
        first = open("a");
        tracker = new RegisterTracker(DELAY, documentsChanged::incrementAndGet, modelChanged::incrementAndGet);
        tracker.followAll();

        second = open("b");
        assertEquals(1, documentsChanged.get(), "opening is heard at once");
        assertEquals(2, tracker.documents().size());
        rename(second, "neu");
        assertTrue(EventLoop.waitFor(() -> modelChanged.get() == 1, 5_000), "a register opened later is followed too");

        RegisterDocuments.getDefault().close(first);
        assertEquals(2, documentsChanged.get(), "closing is heard at once");
        rename(first, "nach dem Schließen");
        idle(3 * DELAY);
        assertEquals(1, modelChanged.get(), "a closed register is no longer followed");
    }

    @Test
    void nothingAfterDispose() throws Exception {
        first = open("a");
        tracker = new RegisterTracker(DELAY, documentsChanged::incrementAndGet, modelChanged::incrementAndGet);
        tracker.followAll();
        rename(first, "eins");
        tracker.dispose();
        idle(3 * DELAY);
        second = open("b");
        assertEquals(0, modelChanged.get(), "the pending call was dropped");
        assertEquals(0, documentsChanged.get(), "no longer listening");
        tracker = null;
    }

    @Test
    void sizeCountsFiledAndUnfiledSteckbriefe() throws Exception {
        first = open("a");
        assertEquals(6, RegisterTracker.size(first));
    }
}

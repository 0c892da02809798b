package org.prozesswerk.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.io.internal.WriteHooks;
import org.prozesswerk.tests.support.TestFiles;

/**
 * A save that dies half-way must leave the previous file untouched. The crash is simulated with the writer's
 * package-private stream hook: the temporary file's stream throws after a number of bytes.
 */
class AtomicSaveTest {

    @TempDir
    Path dir;

    @AfterEach
    void resetHook() {
        WriteHooks.streamDecorator = out -> out;
    }

    private static void failAfter(int bytes) {
        WriteHooks.streamDecorator = out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > bytes) {
                    throw new IOException("disk full (simulated)");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    private List<String> fileNames() throws IOException {
        return TestFiles.names(dir);
    }

    @Test
    void secondSaveKeepsThePreviousContentAsBackup() throws Exception {
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(TestRegisters.small("Version 1"), file);
        byte[] first = Files.readAllBytes(file);
        assertEquals(List.of("register.pwreg"), fileNames(), "no backup and no temporary file after a first save");

        RegisterStore.save(TestRegisters.small("Version 2"), file);

        assertArrayEquals(first, Files.readAllBytes(dir.resolve("register.pwreg.bak")));
        assertEquals("Version 2", RegisterStore.load(file).getName());
        assertEquals(List.of("register.pwreg", "register.pwreg.bak"), fileNames());
    }

    @Test
    void interruptedSaveLeavesOldFileAndBackupIntact() throws Exception {
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(TestRegisters.small("Version 1"), file);
        RegisterStore.save(TestRegisters.small("Version 2"), file);
        byte[] current = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(AtomicFileWriter.backupOf(file));

        failAfter(100);
        IOException e = assertThrows(IOException.class,
                () -> RegisterStore.save(TestRegisters.rich(), file));

        assertTrue(String.valueOf(e.getMessage()).contains("simulated")
                || String.valueOf(e.getCause()).contains("simulated"), e.toString());
        assertArrayEquals(current, Files.readAllBytes(file), "the register file is unchanged");
        assertArrayEquals(backup, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the backup is unchanged");
        assertEquals(List.of("register.pwreg", "register.pwreg.bak"), fileNames(), "the temporary file is gone");
        assertEquals("Version 2", RegisterStore.load(file).getName());
    }

    @Test
    void interruptedFirstSaveCreatesNothing() throws Exception {
        failAfter(10);
        Path file = dir.resolve("neu.pwregb");
        assertThrows(IOException.class, () -> RegisterStore.save(TestRegisters.rich(), file));
        assertEquals(List.of(), fileNames());
    }

    @Test
    void hookSeesTheWholeContent() throws Exception {
        // Proves the hook sits on the real write path: with a limit above the size, the save succeeds.
        byte[] expected = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.XMI);
        failAfter(expected.length);
        Path file = dir.resolve("genau.pwreg");
        RegisterStore.save(TestRegisters.rich(), file);
        assertArrayEquals(expected, Files.readAllBytes(file));
        failAfter(expected.length - 1);
        assertThrows(IOException.class, () -> RegisterStore.save(TestRegisters.rich(), file));
        assertFalse(Files.exists(dir.resolve("genau.pwreg.bak")), "a failed save does not touch the backup");
    }

    @Test
    void savedFileIsNotPrivateToTheOwner() throws Exception {
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(TestRegisters.small("x"), file);
        Path reference = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file),
                "the atomic save keeps the usual permissions (not the 0600 of temp files)");
    }
}

package org.prozesswerk.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.io.AtomicFileWriter;

/** The one atomic writer on a real file system: temporary files, permissions, cleanup after a killed save. */
class AtomicFileWriterTest {

    /** Above Linux's pid_max (2^22): no process can have it, like the pid of a save that was killed. */
    private static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void staleTemporaryOfAKilledSaveIsRemovedByTheNextSave() throws Exception {
        Path target = dir.resolve("register.pwreg");
        Files.writeString(target, "alt");
        Path stale = Files.writeString(dir.resolve(".register.pwreg." + DEAD_PID + "-7.tmp"), "halb geschrieben");
        Path running = Files.writeString(dir.resolve(".register.pwreg.1-3.tmp"), "pid 1 lebt"); // init is alive
        Path other = Files.writeString(dir.resolve(".anderes.pwreg." + DEAD_PID + "-1.tmp"), "anderes Ziel");
        assertTrue(AtomicFileWriter.isTemporaryOf(target, stale));

        AtomicFileWriter.write(target, "neu".getBytes(StandardCharsets.UTF_8));

        assertEquals("neu", Files.readString(target));
        assertFalse(Files.exists(stale), "the temporary file of a dead process is removed");
        assertTrue(Files.exists(running), "the temporary file of a running process stays");
        assertTrue(Files.exists(other), "temporary files of other targets are not touched");
    }

    @Test
    void overwritingKeepsThePermissionsOfTheExistingFile() throws Exception {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "alt");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.write(target, "neu".getBytes(StandardCharsets.UTF_8));

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aNewFileGetsTheUsualModeNotTheOwnerOnlyModeOfTempFiles() throws Exception {
        Path target = dir.resolve("neu.html");
        AtomicFileWriter.write(target, "<p>".getBytes(StandardCharsets.UTF_8));
        Path reference = Files.createFile(dir.resolve("vergleich.txt"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("register.pwreg");
        Files.writeString(target, "alt");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("neu, aber nur halb".getBytes(StandardCharsets.UTF_8));
            throw new IOException("Platte voll (simuliert)");
        }));
        assertEquals("Platte voll (simuliert)", e.getMessage());
        assertEquals("alt", Files.readString(target));
        assertEquals(List.of("register.pwreg"), names());
        assertThrows(OutOfMemoryError.class, () -> AtomicFileWriter.write(target, out -> {
            throw new OutOfMemoryError("simuliert");
        }));
        assertEquals(List.of("register.pwreg"), names(), "also after an Error");
    }

    @Test
    void backupKeepsThePreviousContent() throws Exception {
        Path target = dir.resolve("modell.bpmn");
        AtomicFileWriter.writeKeepingBackup(target, out -> out.write('1'));
        assertEquals(List.of("modell.bpmn"), names());
        AtomicFileWriter.writeKeepingBackup(target, out -> out.write('2'));
        assertArrayEquals(new byte[] { '1' }, Files.readAllBytes(AtomicFileWriter.backupOf(target)));
        assertArrayEquals(new byte[] { '2' }, Files.readAllBytes(target));
        assertEquals(List.of("modell.bpmn", "modell.bpmn.bak"), names());
    }

    @Test
    void twoThreadsWritingTheSameFileLeaveOneCompleteFile() throws Exception {
        Path target = dir.resolve("gleichzeitig.txt");
        byte[] a = "A".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        byte[] b = "B".repeat(300_000).getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 20; round++) {
            Thread first = new Thread(() -> writeQuietly(target, a));
            Thread second = new Thread(() -> writeQuietly(target, b));
            first.start();
            second.start();
            first.join();
            second.join();
            byte[] content = Files.readAllBytes(target);
            assertTrue(java.util.Arrays.equals(a, content) || java.util.Arrays.equals(b, content), "round " + round);
            // The backup exists once a writer found the file already there (not so if both started on none).
            List<String> left = names();
            assertTrue(left.contains("gleichzeitig.txt") && left.stream()
                    .allMatch(n -> n.equals("gleichzeitig.txt") || n.equals("gleichzeitig.txt.bak")),
                    "no temporary file left: " + left);
        }
    }

    private static void writeQuietly(Path target, byte[] content) {
        try {
            AtomicFileWriter.writeKeepingBackup(target, out -> out.write(content));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

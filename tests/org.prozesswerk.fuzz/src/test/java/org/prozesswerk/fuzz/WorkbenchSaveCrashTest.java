package org.prozesswerk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Crash safety of the workbench's save (issue 18): {@link SaveLoop}, a process of its own that saves an open
 * register through the workbench's save path again and again, is killed with SIGKILL at random moments, at least 100
 * times (system property {@code crash.kills}): half of them within one and a half first-save durations after it
 * opened the register, half as long after its first save was done. After every kill the file must load and be complete: the register as
 * before the process started, or one of the versions it saved. After the next save that completes, no temporary file
 * of the killed processes may be left. (The command line's writers have the same test through the built product:
 * releng/org.prozesswerk.product/crash-test.sh.)
 */
class WorkbenchSaveCrashTest {

    private static final int STECKBRIEFE = 500;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrACompleteNewRegister(@TempDir Path dir) throws Exception {
        int kills = Integer.getInteger("crash.kills", 100);
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(register(STECKBRIEFE), file);

        // how long a process's first save takes here (the kills are timed with it)
        Run calibration = run(file, "0", 3, false, -1);
        assertEquals(0, calibration.exitCode, calibration.output.toString());
        long firstSaveMillis = Math.max(20, calibration.firstSaveMillis);
        String expectedName = SaveLoop.name("0", 3);
        assertEquals(expectedName, RegisterStore.load(file).getName());

        Random random = new Random(18);
        int killedWhileTemporaryExisted = 0;
        int newVersions = 0;
        for (int k = 1; k <= kills; k++) {
            String tag = Integer.toString(k);
            // half of the kills during or right after the process's first save, half during or after its second
            boolean afterFirstSave = random.nextBoolean();
            Run run = run(file, tag, 0, afterFirstSave, (long) (random.nextDouble() * 1.5 * firstSaveMillis));
            assertTrue(run.killed, "run " + k + " ended before the kill: " + run.output);
            if (hasTemporary(file)) {
                killedWhileTemporaryExisted++;
            }
            ProcessRegister now;
            try {
                now = RegisterStore.load(file);
            } catch (Exception e) {
                fail("after kill " + k + " (" + run.saves + " saves done) the file does not load: " + e, e);
                return;
            }
            assertEquals(STECKBRIEFE, Steckbriefe.all(now).size(), "after kill " + k + " the register is complete");
            String name = now.getName();
            if (name.equals(expectedName)) {
                assertEquals(0, run.saves, "kill " + k + ": a save was reported done, but the file is the older one");
            } else {
                // the save just reported as done, or the one after it (written, killed before it was reported)
                assertTrue(name.equals(SaveLoop.name(tag, run.saves)) || name.equals(SaveLoop.name(tag, run.saves + 1)),
                        "kill " + k + " after " + run.saves + " saves: unexpected register name " + name);
                expectedName = name;
                newVersions++;
            }
        }
        System.out.printf("WorkbenchSaveCrashTest: %d SIGKILLs, %d left a new version, %d hit a save in progress"
                + " (temporary file present), 0 corrupt%n", kills, newVersions, killedWhileTemporaryExisted);
        // the kills must have hit both moments, or the test proves little
        assertTrue(killedWhileTemporaryExisted > 0, "no kill hit a save in progress");
        assertTrue(newVersions > 0, "no kill came after a completed save");

        Run next = run(file, "final", 1, false, -1);
        assertEquals(0, next.exitCode, next.output.toString());
        assertEquals(SaveLoop.name("final", 1), RegisterStore.load(file).getName());
        assertEquals(List.of(), temporaries(file), "temporary files left after the next successful save");
    }

    /** A register of {@code count} Steckbriefe in ten folders, each with a description of some length. */
    private static ProcessRegister register(int count) {
        ProzesswerkFactory factory = ProzesswerkFactory.eINSTANCE;
        ProcessRegister register = factory.createProcessRegister();
        register.setName("Ausgangsstand");
        for (int f = 0; f < 10; f++) {
            Folder folder = factory.createFolder();
            folder.setName("Themenfeld " + f);
            register.getRootFolders().add(folder);
            for (int i = f; i < count; i += 10) {
                ProcessProfile profile = factory.createProcessProfile();
                profile.setKey(String.format("PW-%06d", i));
                profile.setName("Antrag Nr. " + i + " prüfen und bescheiden");
                profile.setDescription("Prüfung des Antrags und Erteilung des Bescheids. ".repeat(20));
                folder.getProfiles().add(profile);
            }
        }
        return register;
    }

    private static boolean hasTemporary(Path file) throws IOException {
        return !temporaries(file).isEmpty();
    }

    private static List<Path> temporaries(Path file) throws IOException {
        try (Stream<Path> entries = Files.list(file.getParent())) {
            return entries.filter(p -> AtomicFileWriter.isTemporaryOf(file, p)).toList();
        }
    }

    private record Run(int exitCode, boolean killed, int saves, long firstSaveMillis, List<String> output) {
    }

    /**
     * Runs {@link SaveLoop}; with {@code killAfterMillis >= 0} it is killed (SIGKILL) that long after it reported
     * the register open, or (with {@code afterFirstSave}) its first save done.
     */
    private static Run run(Path file, String tag, int saves, boolean afterFirstSave, long killAfterMillis)
            throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), file.toString(), tag, Integer.toString(saves));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        int done = 0;
        long firstMillis = -1;
        String killAt = afterFirstSave ? "saved 1 " : "loaded";
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.startsWith("saved ")) {
                    String[] parts = line.split(" ");
                    done = Integer.parseInt(parts[1]);
                    if (done == 1) {
                        firstMillis = Long.parseLong(parts[2]);
                    }
                }
                if (killAfterMillis >= 0 && (line + " ").startsWith(killAt)) {
                    Thread.sleep(killAfterMillis);
                    // SIGKILL on Linux; through the handle, so that our end of its output stays open (Process's own
                    // destroyForcibly closes it) and every save it reported before it died is read below
                    process.toHandle().destroyForcibly();
                    process.waitFor(60, TimeUnit.SECONDS);
                    // what it printed before the kill took effect
                    while ((line = reader.readLine()) != null) {
                        output.add(line);
                        if (line.startsWith("saved ")) {
                            done = Integer.parseInt(line.split(" ")[1]);
                        }
                    }
                    break;
                }
            }
        }
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("SaveLoop did not end: " + output);
        }
        return new Run(process.exitValue(), killAfterMillis >= 0, done, firstMillis, output);
    }
}

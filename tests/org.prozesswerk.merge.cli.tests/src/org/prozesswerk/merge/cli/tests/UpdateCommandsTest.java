package org.prozesswerk.merge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code demo --version}, {@code diff} and {@code update} in-process on real files: the real update V1 → V2.1 of the
 * demo municipality "Musterstadt" (figures printed for docs/musterregister.md).
 */
class UpdateCommandsTest {

    @TempDir
    static Path dir;

    static Path v1;
    static Path v21;
    static Path local;

    private final InProcessCli cli = new InProcessCli();

    @BeforeAll
    static void versions() {
        v1 = dir.resolve("v1.pwreg");
        v21 = dir.resolve("v21.pwreg");
        local = dir.resolve("musterstadt.pwreg");
        UpdateCommandsTest t = new UpdateCommandsTest();
        assertEquals(ExitCodes.OK, t.cli.run("demo", "--version", "V1", "--out", v1.toString()), t.cli::err);
        System.out.println("demo V1:\n" + t.cli.out());
        assertEquals(ExitCodes.OK, t.cli.run("demo", "--version", "V2.1", "--out", v21.toString()), t.cli::err);
        System.out.println("demo V2.1:\n" + t.cli.out());
        assertEquals(ExitCodes.OK, t.cli.run("demo", "--version", "local", "--out", local.toString()), t.cli::err);
        System.out.println("demo local:\n" + t.cli.out());
    }

    @Test
    void versionsAreDeterministic() throws Exception {
        Path again = dir.resolve("v21-again.pwreg");
        assertEquals(ExitCodes.OK, cli.run("demo", "--version", "V2.1", "--out", again.toString()), cli::err);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(v21), Files.readAllBytes(again)));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("demo", "--version", "V3", "--out", again.toString()));
        assertTrue(cli.err().contains("V3"), cli::err);
    }

    @Test
    void diffOfTheVersions() {
        assertEquals(ExitCodes.FINDINGS, cli.run("diff", "V1", v21.toString(), "--format", "json"), cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        System.out.println("diff V1 V2.1 by kind: " + json.get("byKind") + " total " + json.get("count"));
        JsonObject byKind = json.getAsJsonObject("byKind");
        assertTrue(byKind.get("PROFILE ADDED").getAsInt() > 0);
        assertTrue(byKind.get("PROFILE DELETED").getAsInt() > 0);
        assertTrue(byKind.get("PROFILE MOVED").getAsInt() > 0);
        assertTrue(byKind.get("FOLDER ADDED").getAsInt() > 0);
        assertEquals(ExitCodes.OK, cli.run("diff", v1.toString(), "V1"), cli::err);
        assertTrue(cli.out().contains("Keine Unterschiede") || cli.out().contains("No differences"),
                cli::out);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("diff", "nosuchfile.pwreg", "V1"));
        assertTrue(cli.err().contains("nosuchfile.pwreg"), cli::err);
    }

    @Test
    void realUpdateOfTheMunicipalityHasConflictsAndWritesNothing() throws Exception {
        Path merged = dir.resolve("open.pwreg");
        assertEquals(ExitCodes.FINDINGS, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                "V2.1", "--out", merged.toString(), "--report", "json"), cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        System.out.println("update V1 -> V2.1 of Musterstadt: autoMerged=" + json.get("autoMerged") + " "
                + json.get("autoMergedByKind") + " conflicts=" + json.get("conflicts") + " "
                + json.get("conflictsByKind") + " retired=" + json.getAsJsonArray("retired").size()
                + " oursChanges=" + json.get("oursChanges") + " theirsChanges=" + json.get("theirsChanges"));
        assertFalse(Files.exists(merged), "nothing is written while conflicts are open");
        assertTrue(json.get("conflicts").getAsInt() > 0);
        assertEquals(json.get("conflicts").getAsInt(), json.getAsJsonArray("openConflicts").size());
        assertTrue(json.getAsJsonArray("retired").size() > 0);
        assertTrue(json.get("written").isJsonNull());
    }

    @Test
    void keepConflictsWritesTheMergedRegisterWithItsNewBase() throws Exception {
        Path merged = dir.resolve("merged.pwreg");
        assertEquals(ExitCodes.FINDINGS, cli.run("update", "--base", v1.toString(), "--ours", local.toString(),
                "--theirs", "V2.1", "--out", merged.toString(), "--keep-conflicts", "ours"), cli::err);
        System.out.println("update text report:\n" + cli.out());
        ProcessRegister result = RegisterStore.load(merged);
        assertEquals(List.of(), RegisterIntegrity.check(result));
        assertEquals("V2.1", result.getBaseVersion());
        ProcessRegister localRegister = RegisterStore.load(local);
        // every local own Steckbrief (MST-…) survives, the local name of the register too
        long own = profiles(localRegister).stream().filter(p -> p.getKey().startsWith("MST-")).count();
        assertEquals(own, profiles(result).stream().filter(p -> p.getKey().startsWith("MST-")).count());
        assertEquals(localRegister.getName(), result.getName());
        assertTrue(profiles(result).stream().anyMatch(p -> p.getTags().contains(MergeResult.RETIRED_TAG)));
        assertTrue(result.getRootFolders().size() > 10, "the thematic folders of V2.1 arrived");
    }

    @Test
    void jsonReportAfterWritingListsTheChangesOfBothSides() throws Exception {
        // The report is built after the merge command ran on the local register: the change lists must still
        // describe base -> ours and base -> theirs (they once crashed on elements the merge had removed).
        Path merged = dir.resolve("merged-json.pwreg");
        assertEquals(ExitCodes.FINDINGS, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                "V2.1", "--out", merged.toString(), "--keep-conflicts", "theirs", "--report", "json"),
                cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(146, json.get("conflicts").getAsInt(), cli::out);
        assertTrue(json.get("oursChanges").getAsInt() > 0, cli::out);
        assertTrue(json.get("theirsChanges").getAsInt() > 0, cli::out);
        assertTrue(Files.isRegularFile(merged));
    }

    @Test
    void decisionsFileDecidesEverythingAndExitIsZero() throws Exception {
        Path decisions = dir.resolve("decisions.json");
        Files.writeString(decisions, """
                {"rules": [{"feature": "name", "side": "OURS"}], "followSuggestions": true, "defaultSide": "THEIRS"}
                """, StandardCharsets.UTF_8);
        Path merged = dir.resolve("decided.pwreg");
        assertEquals(ExitCodes.OK, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                v21.toString(), "--out", merged.toString(), "--decisions", decisions.toString()), cli::err);
        ProcessRegister result = RegisterStore.load(merged);
        assertEquals(List.of(), RegisterIntegrity.check(result));
        assertEquals(v21.toAbsolutePath().normalize().toString(), result.getBaseVersion());
        assertEquals(64, result.getBaseChecksum().length());
    }

    @Test
    void nextUpdateTakesTheRememberedBaseAlsoAfterMovingRegisterAndBaseTogether() throws Exception {
        // first update: V1 -> a copy of V2.1 in folder a; the result remembers that file and its checksum
        Path a = Files.createDirectories(dir.resolve("a"));
        Files.copy(v21, a.resolve("v21.pwreg"));
        assertEquals(ExitCodes.FINDINGS, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                a.resolve("v21.pwreg").toString(), "--out", a.resolve("first.pwreg").toString(), "--keep-conflicts",
                "ours"), cli::err);
        // the folder is moved (another place, another machine): the absolute path no longer exists
        Path b = Files.move(a, dir.resolve("b"));
        assertFalse(Files.exists(a.resolve("v21.pwreg")));
        // the next update, without --base: the base is found beside the register by name and checksum; V2.1 onto a
        // register already based on V2.1 takes nothing and has no conflict
        assertEquals(ExitCodes.OK, cli.run("update", "--ours", b.resolve("first.pwreg").toString(), "--theirs", "V2.1",
                "--out", b.resolve("second.pwreg").toString(), "--report", "json"), cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(0, json.get("conflicts").getAsInt(), cli::out);
        assertEquals("V2.1", RegisterStore.load(b.resolve("second.pwreg")).getBaseVersion());

        // a base file that changed (other checksum) beside the moved register is not taken for the base
        Files.writeString(b.resolve("v21.pwreg"), "<xmi/>", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--ours", b.resolve("first.pwreg").toString(),
                "--theirs", "V2.1"));
        assertTrue(cli.err().contains("--base") && cli.err().contains("v21.pwreg"), cli::err);
        // a register that remembers no base: the user is asked for --base
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--ours", v1.toString(), "--theirs", "V2.1"));
        assertTrue(cli.err().contains("--base"), cli::err);
    }

    @Test
    void sameVersionOnBothSidesChangesNothing() throws Exception {
        Path merged = dir.resolve("same.pwreg");
        assertEquals(ExitCodes.OK, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs", "V1",
                "--out", merged.toString(), "--report", "json"), cli::err);
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(0, json.get("autoMerged").getAsInt());
        assertEquals(0, json.get("conflicts").getAsInt());
        assertEquals(ExitCodes.OK, cli.run("diff", local.toString(), merged.toString()), () -> cli.out());
    }

    @Test
    void inputErrorsExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                "V2.1", "--decisions", bad.toString()));
        assertTrue(cli.err().contains("bad.json"), cli::err);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--base", "V7", "--ours", local.toString(), "--theirs",
                "V2.1"));
        assertTrue(cli.err().contains("V7"), cli::err);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--base", "V1", "--ours", local.toString(), "--theirs",
                "V2.1", "--keep-conflicts", "ours"));
        Path broken = dir.resolve("broken.pwreg");
        Files.writeString(broken, "<xmi:XMI", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("update", "--base", "V1", "--ours", broken.toString(), "--theirs",
                "V2.1"));
        assertTrue(cli.err().contains("broken.pwreg"), cli::err);
    }

    @Test
    void helpIsGerman() {
        assertEquals(ExitCodes.OK, cli.run("update", "--help"));
        assertTrue(cli.out().contains("Aktualisiert ein lokales Register") || cli.out().contains("Update a"),
                cli::out);
    }

    private static List<ProcessProfile> profiles(ProcessRegister r) {
        List<ProcessProfile> out = new java.util.ArrayList<>();
        r.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile p) {
                out.add(p);
            }
        });
        return out;
    }
}

package org.prozesswerk.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.merge.BaseVersion;
import org.prozesswerk.merge.ContentFingerprint;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterCompare;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * The fast path of {@link ThreeWayMerge}: taken only while theirs is proven equal to the base (both loaded from the
 * same bytes and unchanged since), and then giving what the full compare gives.
 */
class FastPathTest {

    private static final int SCENARIOS = 300;

    @TempDir
    Path dir;

    private Path save(ProcessRegister register, String name) throws Exception {
        Path file = dir.resolve(name);
        RegisterStore.save(register, file);
        return file;
    }

    @Test
    void nothingChangedTakesTheFastPathAndAgreesWithTheFullCompare() throws Exception {
        Path file = save(SyntheticRegisterGenerator.generate(8, 7), "v.pwreg");
        ProcessRegister base = ContentFingerprint.load(file);
        ProcessRegister ours = ContentFingerprint.load(file);
        ProcessRegister theirs = ContentFingerprint.load(file);
        // the digest taken while loading is the file's SHA-256, as the base version remembers it
        assertEquals(BaseVersion.checksum(file), ContentFingerprint.fileChecksum(base));
        MergeResult fast = ThreeWayMerge.merge(base, ours, theirs);
        assertTrue(fast.theirsProvenUnchanged());
        assertTrue(fast.isEmpty());
        assertEquals(List.of(), fast.oursChanges());
        assertEquals(List.of(), fast.theirsChanges());
        // the same merge without the proof (a copy has no fingerprint)
        MergeResult full = ThreeWayMerge.merge(base, ours, EcoreUtil.copy(theirs));
        assertFalse(full.theirsProvenUnchanged());
        assertTrue(full.isEmpty());
        // the fingerprint is of the bytes: the same content in another file is equal, another content is not
        Path same = Files.copy(file, dir.resolve("copy.pwreg"));
        assertTrue(ContentFingerprint.provenEqual(base, ContentFingerprint.load(same)));
        // the same bytes under another format's name are not proven equal (the format is part of the fingerprint)
        Path binaryName = Files.copy(file, dir.resolve("copy.pwregb"));
        try {
            assertFalse(ContentFingerprint.provenEqual(base, ContentFingerprint.load(binaryName)));
        } catch (org.prozesswerk.core.persistence.RegisterLoadException expected) {
            // XMI bytes are no binary register: not loaded at all
        }
        Path other = save(SyntheticRegisterGenerator.generate(8, 8), "other.pwreg");
        assertFalse(ContentFingerprint.provenEqual(base, ContentFingerprint.load(other)));
    }

    /** merge(base, x, base) with theirs proven unchanged equals the full merge for random local edits. */
    @Test
    void localEditsAfterLoadKeepTheFastPathAndItsResultIsTheFullOne() throws Exception {
        Path file = save(SyntheticRegisterGenerator.generate(6, 11), "v.pwreg");
        ProcessRegister base = ContentFingerprint.load(file), theirs = ContentFingerprint.load(file);
        int edited = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            ProcessRegister ours = ContentFingerprint.load(file);
            new RandomEdits(ours, new SplittableRandom(s), "L").apply(1 + s % 6);
            assertFalse(ContentFingerprint.provenEqual(base, ours) && !RegisterCompare.compare(base, ours).isEmpty(),
                    "scenario " + s + ": an edited register still counts as unchanged");
            MergeResult fast = ThreeWayMerge.merge(base, ours, theirs);
            MergeResult full = ThreeWayMerge.merge(base, ours, EcoreUtil.copy(theirs));
            assertTrue(fast.theirsProvenUnchanged(), "scenario " + s);
            assertFalse(full.theirsProvenUnchanged(), "scenario " + s);
            assertEquals(texts(full.conflicts()), texts(fast.conflicts()), "scenario " + s);
            assertEquals(texts(full.autoMerged()), texts(fast.autoMerged()), "scenario " + s);
            assertEquals(full.isEmpty(), fast.isEmpty(), "scenario " + s);
            assertEquals(texts(full.oursChanges()), texts(fast.oursChanges()), "scenario " + s);
            if (!fast.oursChanges().isEmpty()) {
                edited++;
            }
        }
        assertTrue(edited > SCENARIOS / 2, "edited: " + edited);
        assertTrue(ContentFingerprint.provenEqual(base, theirs), "base and theirs were not edited");
    }

    /** An edit of theirs (or of the base) after the load disables the fast path; the edit is then merged. */
    @Test
    void anEditAfterLoadDisablesTheFastPath() throws Exception {
        Path file = save(SyntheticRegisterGenerator.generate(6, 13), "v.pwreg");
        int changed = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            ProcessRegister base = ContentFingerprint.load(file);
        ProcessRegister ours = ContentFingerprint.load(file);
        ProcessRegister theirs = ContentFingerprint.load(file);
        // the digest taken while loading is the file's SHA-256, as the base version remembers it
        assertEquals(BaseVersion.checksum(file), ContentFingerprint.fileChecksum(base));
            ProcessRegister edited = s % 2 == 0 ? theirs : base;
            new RandomEdits(edited, new SplittableRandom(s), "M").apply(1 + s % 3);
            boolean differs = !RegisterCompare.compare(EcoreUtil.copy(ours), EcoreUtil.copy(edited)).isEmpty();
            MergeResult r = ThreeWayMerge.merge(base, ours, theirs);
            if (differs) {
                changed++;
                assertFalse(r.theirsProvenUnchanged(), "scenario " + s);
                MergeResult full = ThreeWayMerge.merge(EcoreUtil.copy(base), ours, EcoreUtil.copy(theirs));
                assertEquals(texts(full.conflicts()), texts(r.conflicts()), "scenario " + s);
                assertEquals(texts(full.autoMerged()), texts(r.autoMerged()), "scenario " + s);
                // theirs edited: its change comes in; base edited: ours and theirs made the same change back
                assertEquals(edited == theirs, !r.isEmpty(), "scenario " + s);
            }
        }
        assertTrue(changed > SCENARIOS / 2, "changed: " + changed);
    }

    /** A change deep inside the register (a field of a Steckbrief, a value added to one) drops the fingerprint. */
    @Test
    void deepChangesAndEvenNoOpSetsDropTheFingerprint() throws Exception {
        Path file = save(SyntheticRegisterGenerator.generate(4, 17), "v.pwreg");
        ProcessRegister base = ContentFingerprint.load(file);
        ProcessRegister theirs = ContentFingerprint.load(file);
        assertTrue(ThreeWayMerge.merge(base, ContentFingerprint.load(file), theirs).theirsProvenUnchanged());
        ProcessProfile profile = firstProfile(theirs);
        profile.getTags().add("neu");
        assertFalse(ContentFingerprint.provenEqual(base, theirs));
        profile.getTags().remove("neu");
        // equal again in content, but no longer provably so: the merge compares
        assertFalse(ThreeWayMerge.merge(base, ContentFingerprint.load(file), theirs).theirsProvenUnchanged());
        assertTrue(ThreeWayMerge.merge(base, ContentFingerprint.load(file), theirs).isEmpty());

        ProcessRegister other = ContentFingerprint.load(file);
        firstProfile(other).setName(firstProfile(other).getName());
        assertFalse(ContentFingerprint.provenEqual(base, other), "any notification counts, also a set to the same");
        ProcessRegister unloaded = ContentFingerprint.load(file);
        unloaded.eResource().unload();
        assertFalse(ContentFingerprint.provenEqual(base, unloaded));
        // the register itself is always equal to itself
        assertTrue(ThreeWayMerge.merge(theirs, ContentFingerprint.load(file), theirs).theirsProvenUnchanged());
    }

    private static ProcessProfile firstProfile(ProcessRegister r) {
        for (var it = r.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ProcessProfile p) {
                return p;
            }
        }
        throw new AssertionError("no Steckbrief");
    }

    private static List<String> texts(List<?> items) {
        return items.stream().map(Object::toString).toList();
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * Clone, commit and pull write only what changes (their own checkout, tree edits and index entries instead of
 * JGit's whole-tree passes); the standard git client checks that what they leave is what Git would have left: index,
 * commit trees and work tree agree, local changes elsewhere are kept, local changes in the way refuse the pull.
 */
class ChangedPathsTest {

    @TempDir
    Path dir;

    @Test
    void cloneCommitAndPullLeaveWhatGitWouldLeave() throws Exception {
        Library.createBare(dir.resolve("lib.git"), "Testbibliothek", "Land", "CC-BY-4.0", Fixtures.ALICE);
        String url = dir.resolve("lib.git").toUri().toString();
        try (Library a = Library.cloneFrom(url, dir.resolve("a"), null);
                Library b = Library.cloneFrom(url, dir.resolve("b"), null)) {
            assertClean(dir.resolve("a"));
            ProcessRegister ra = Fixtures.register("Stadt Aachen", "AC", 3, dir.resolve("ra/reg.pwreg"));
            ProcessRegister rb = Fixtures.register("Stadt Bonn", "BN", 2, dir.resolve("rb/reg.pwreg"));

            a.publish(ra, dir.resolve("ra/reg.pwreg"), Fixtures.all(ra), null, null, Fixtures.ALICE);
            assertClean(dir.resolve("a"));
            Fixtures.git(dir.resolve("lib.git"), 0, Map.of(), "fsck", "--strict");

            // B has local changes elsewhere: a tracked file edited and a new file; a fast-forward keeps both
            Files.writeString(dir.resolve("b/README.md"), "lokale Notiz\n");
            Files.writeString(dir.resolve("b/notiz.txt"), "nicht verfolgt\n");
            assertEquals(MergeResult.MergeStatus.FAST_FORWARD, b.pull());
            assertEquals(a.itemIds(), b.itemIds());
            assertEquals(" M README.md\n?? notiz.txt\n", Fixtures.git(dir.resolve("b"), 0, Map.of(), "status",
                    "--porcelain"));
            assertEquals(head(dir.resolve("a")), head(dir.resolve("b")));
            Fixtures.git(dir.resolve("b"), 0, Map.of(), "checkout", "--", "README.md");
            Files.delete(dir.resolve("b/notiz.txt"));

            // a local edit of a file the pull would change: refused, nothing local changes
            ProcessProfile changed = Fixtures.byKey(ra, "AC-2");
            changed.setShortDescription("Neue Kurzbeschreibung");
            a.publish(ra, dir.resolve("ra/reg.pwreg"), List.of(changed), null, null, Fixtures.ALICE);
            String id = ModelMapping.provenance(changed, ModelMapping.SOURCE_ITEM);
            Path edited = dir.resolve("b").resolve(LibraryLayout.itemFile(id));
            String local = Files.readString(edited) + " ";
            Files.writeString(edited, local);
            ObjectId before = b.head();
            LibraryException refused = assertThrows(LibraryException.class, b::pull);
            assertEquals(LibraryException.Kind.CONFLICT, refused.kind());
            assertTrue(refused.getMessage().contains(LibraryLayout.itemFile(id)), refused.getMessage());
            assertEquals(before, b.head());
            assertEquals(local, Files.readString(edited));
            Fixtures.git(dir.resolve("b"), 0, Map.of(), "checkout", "--", LibraryLayout.itemFile(id));

            // B publishes without pulling: its push is refused, it fetches, merges semantically and pushes again
            Library.Published published = b.publish(rb, dir.resolve("rb/reg.pwreg"), Fixtures.all(rb), null, null,
                    Fixtures.BOB);
            assertEquals(2, published.attempts());
            assertClean(dir.resolve("b"));
            assertEquals("Neue Kurzbeschreibung", b.item(id).steckbrief().shortDescription());
            assertEquals(5, b.itemIds().size());
            assertEquals(1, Fixtures.git(dir.resolve("b"), 0, Map.of(), "log", "--merges", "--format=%H").lines()
                    .count());
            assertEquals(MergeResult.MergeStatus.FAST_FORWARD, a.pull());
            assertClean(dir.resolve("a"));
            assertEquals(b.itemIds(), a.itemIds());
            Fixtures.git(dir.resolve("lib.git"), 0, Map.of(), "fsck", "--strict");
        }
    }

    /** Work tree, index and HEAD agree (what git status and git write-tree see), and every file is tracked. */
    private static void assertClean(Path clone) throws Exception {
        assertEquals("", Fixtures.git(clone, 0, Map.of(), "status", "--porcelain"));
        assertEquals(Fixtures.git(clone, 0, Map.of(), "rev-parse", "HEAD^{tree}"), Fixtures.git(clone, 0, Map.of(),
                "write-tree"));
        Fixtures.git(clone, 0, Map.of(), "fsck", "--strict");
    }

    private static String head(Path clone) throws Exception {
        return Fixtures.git(clone, 0, Map.of(), "rev-parse", "HEAD").strip();
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;

import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryLayout;

/**
 * Who pushed what: the reflog of {@code main} in the library's bare repository. The server writes one entry per
 * accepted push with the <b>authenticated pusher</b> as its identity ({@code ReceivePack#setRefLogIdent}), never the
 * commit author; {@link #enable} switches the reflog on (bare repositories have none by default). Four-eyes across
 * pushes (docs/roles.md) asks it who last changed an item's content.
 */
final class PushLog {

    private static final String MAIN = "refs/heads/main";

    private PushLog() {
    }

    /** Makes the repository keep a reflog for its branches (once; a no-op when it does already). */
    static void enable(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        String current = config.getString(ConfigConstants.CONFIG_CORE_SECTION, null,
                ConfigConstants.CONFIG_KEY_LOGALLREFUPDATES);
        if (!"true".equalsIgnoreCase(current) && !"always".equalsIgnoreCase(current)) {
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_LOGALLREFUPDATES,
                    true);
            config.save();
        }
    }

    /**
     * The account that pushed the last change of item {@code id}'s content to {@code main} before this push (a change
     * of anything but its status and publication counter); {@code null} if the reflog does not know (item older
     * than the log, or the log expired).
     */
    static String lastContentPusher(PushedChanges changes, String id) throws IOException {
        ReflogReader log = changes.repository().getRefDatabase().getReflogReader(MAIN);
        if (log == null) {
            return null;
        }
        String folder = LibraryLayout.ITEMS + '/' + id;
        try (RevWalk rw = new RevWalk(changes.reader())) {
            for (ReflogEntry e : log.getReverseEntries()) {
                ObjectId before = e.getOldId();
                ObjectId after = e.getNewId();
                if (after == null || ObjectId.zeroId().equals(after)) {
                    continue;
                }
                ObjectId folderAfter = entry(changes, rw, after, folder);
                ObjectId folderBefore = ObjectId.zeroId().equals(before) ? null : entry(changes, rw, before, folder);
                if (folderAfter == null || folderAfter.equals(folderBefore)) {
                    continue; // not there yet (or gone), or untouched by this push
                }
                if (contentChanged(changes, rw, before, after, folder)) {
                    return e.getWho().getName();
                }
            }
        }
        return null;
    }

    private static boolean contentChanged(PushedChanges changes, RevWalk rw, ObjectId before, ObjectId after,
            String folder) throws IOException {
        if (ObjectId.zeroId().equals(before)) {
            return true; // the push created the library with the item
        }
        String file = folder + '/' + ItemCodec.FILE_NAME;
        ObjectId itemBefore = entry(changes, rw, before, file);
        ObjectId itemAfter = entry(changes, rw, after, file);
        if (itemBefore == null || itemAfter == null) {
            return true; // added (or re-added)
        }
        if (!itemBefore.equals(itemAfter)
                && !ItemLines.sameWithoutStatus(changes.bytes(itemBefore), changes.bytes(itemAfter))) {
            return true;
        }
        // the item file's content is the same: did anything else in the folder (models) change?
        try (TreeWalk tw = new TreeWalk(changes.reader())) {
            tw.addTree(entry(changes, rw, before, folder));
            tw.addTree(entry(changes, rw, after, folder));
            tw.setRecursive(true);
            tw.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
            while (tw.next()) {
                if (!tw.getPathString().equals(ItemCodec.FILE_NAME)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The id of {@code path} in {@code commit}'s tree, {@code null} if absent. */
    private static ObjectId entry(PushedChanges changes, RevWalk rw, ObjectId commit, String path)
            throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(changes.reader(), path, rw.parseCommit(commit).getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }
}

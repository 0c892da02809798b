/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryFormatException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.LibraryRights;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RightsPolicy;
import org.prozesswerk.rights.Target;

/**
 * The rights of a library on the server (docs/roles.md), judged with the same {@link RightsPolicy} as the workbench
 * for the <b>authenticated pusher</b> (not the commit author). The roles and rights are the library's
 * {@value LibraryRights#FILE} on {@code main} before the push; without it the library behaves as before (only
 * {@code main}, everyone may push).
 * <ul>
 * <li>{@code main}: every item the push adds, changes or deletes is judged in its publisher folder: a content change
 * needs write right and Modellierer (and the item must not be released, unless the push starts a new version); a
 * status change must be a workflow step and needs its role; releasing an item whose content the same push changed,
 * or whose last content change the pusher pushed earlier ({@link PushLog}), is releasing one's own change
 * (four-eyes). Changing {@value LibraryRights#FILE} needs Administrator, other files at
 * the root write right on the library.</li>
 * <li>{@code refs/heads/release} and tags: only the editorial team.</li>
 * </ul>
 */
public final class RightsPushPolicy implements PushPolicy {

    /** The branch a state's editorial team publishes released content to. */
    public static final String RELEASE_BRANCH = "refs/heads/release";
    private static final String MAIN = "refs/heads/main";

    @Override
    public String check(String user, String repository, ReceiveCommand command) {
        String ref = command.getRefName();
        if (command.getType() == ReceiveCommand.Type.DELETE) {
            return "the ref " + ref + " cannot be deleted";
        }
        if (ref.equals(MAIN) || ref.equals(RELEASE_BRANCH) || ref.startsWith(Constants.R_TAGS)) {
            return null;
        }
        return "only refs/heads/main, " + RELEASE_BRANCH + " and tags can be pushed to a library";
    }

    @Override
    public List<String> checkContent(String user, ReceiveCommand command, PushedChanges changes) throws IOException {
        RightsPolicy policy;
        try {
            policy = policy(changes.repository(), changes.reader());
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        String ref = command.getRefName();
        if (!ref.equals(MAIN)) {
            if (!policy.isActive()) {
                return List.of("only refs/heads/main can be pushed to a library without " + LibraryRights.FILE
                        + " (it names the editorial team)");
            }
            Decision d = policy.checkPublish(user, ref);
            return d.allowed() ? List.of() : List.of(ref + ": " + d.reason() + " [" + d.rule().id() + ']');
        }
        if (!policy.isActive()) {
            return List.of();
        }
        return judge(policy, user, changes);
    }

    /**
     * Policies by the blob of {@value LibraryRights#FILE}: the id names the content, so a cached policy is never
     * stale, and every push after the first reuses the policy until the rights file changes. Small and bounded: a
     * server holds few libraries.
     */
    private static final Map<ObjectId, RightsPolicy> POLICIES = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<ObjectId, RightsPolicy> eldest) {
                    return size() > 32;
                }
            });

    /** The library's roles and rights on {@code main} (before the push); {@link RightsPolicy#OPEN} without. */
    static RightsPolicy policy(Repository repository, ObjectReader reader) throws IOException {
        Ref main = repository.exactRef(MAIN);
        if (main == null) {
            return RightsPolicy.OPEN;
        }
        try (RevWalk rw = new RevWalk(reader)) {
            RevCommit commit = rw.parseCommit(main.getObjectId());
            try (TreeWalk tw = TreeWalk.forPath(reader, LibraryRights.FILE, commit.getTree())) {
                if (tw == null) {
                    return RightsPolicy.OPEN;
                }
                ObjectId blob = tw.getObjectId(0);
                RightsPolicy policy = POLICIES.get(blob);
                if (policy == null) {
                    String text = new String(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(),
                            StandardCharsets.UTF_8);
                    policy = LibraryRights.read(LibraryRights.FILE + '@' + commit.abbreviate(10).name(), text);
                    POLICIES.put(blob.copy(), policy);
                }
                return policy;
            }
        }
    }

    private static List<String> judge(RightsPolicy policy, String user, PushedChanges changes) throws IOException {
        List<String> problems = new ArrayList<>();
        for (PushedChanges.OtherFile f : changes.others()) {
            boolean rights = f.path().equals(LibraryRights.FILE);
            if (add(problems, f.path(), policy.check(user, rights ? Operation.ADMINISTER : Operation.WRITE,
                    Target.folder(null))) && rights && f.newFile() != null) {
                try {
                    // a broken file would lock everyone out
                    LibraryRights.read(f.path(), new String(changes.bytes(f.newFile()), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException ex) {
                    problems.add(ex.getMessage());
                }
            }
        }
        for (PushedChanges.Item item : changes.items().values()) {
            judgeItem(policy, user, item, changes, problems);
        }
        return problems;
    }

    private static void judgeItem(RightsPolicy policy, String user, PushedChanges.Item c, PushedChanges changes,
            List<String> problems) throws IOException {
        String id = c.id();
        String path = LibraryLayout.ITEMS + '/' + id + '/' + ItemCodec.FILE_NAME;
        String folder = LibraryRights.folderOf(id);
        byte[] before;
        byte[] after;
        if (c.itemFileSeen()) {
            before = changes.bytes(c.oldFile());
            after = changes.bytes(c.newFile());
        } else {
            // only model files changed: the item file (and its status) is the same before and after
            before = changes.bytes(changes.unchangedItemFile(id));
            after = before;
        }
        FimStatus from = status(path, before);
        FimStatus to = after == null ? from : status(path, after);
        // Item files are written deterministically, one field per line: the content changed unless only the status
        // and publication counter lines differ. (A reformatted file counts as changed: stricter, never looser.)
        boolean contentChanged = c.otherFiles() || before == null || after == null
                || !ItemLines.sameWithoutStatus(before, after);
        boolean newVersion = to == FimStatus.IN_PROGRESS && from != to;
        if (contentChanged) {
            Target t = new Target(folder, id, newVersion ? null : from, null);
            if (!add(problems, path, policy.check(user, Operation.WRITE, t))) {
                return;
            }
        }
        if (to != null && to != from) {
            String lastEditor = contentChanged ? user
                    : RightsPolicy.isReleased(to) ? PushLog.lastContentPusher(changes, id) : null;
            Target t = new Target(folder, id, from, lastEditor);
            add(problems, path, policy.check(user, Operation.transition(from, to), t));
        }
    }

    /** The status of an item file: from its bytes, or (rarely: escapes, repeated keys) from the parsed item. */
    private static FimStatus status(String path, byte[] file) {
        ItemLines.Status s = ItemLines.status(file);
        if (s.certain()) {
            return s.value();
        }
        try {
            LibraryItem item = ItemCodec.read(path, new String(file, StandardCharsets.UTF_8));
            String literal = item.steckbrief() == null ? null : item.steckbrief().fimStatus();
            return literal == null ? null : FimStatus.getByName(literal);
        } catch (LibraryFormatException e) {
            return null; // the content check rejects the file
        }
    }

    private static boolean add(List<String> problems, String path, Decision d) {
        if (!d.allowed()) {
            problems.add(path + ": " + d.reason() + " [" + d.rule().id() + ']');
        }
        return d.allowed();
    }
}

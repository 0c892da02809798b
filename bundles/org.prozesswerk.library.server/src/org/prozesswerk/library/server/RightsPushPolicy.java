/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.prozesswerk.library.ItemCodec;
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
 * status change must be a workflow step and needs its role; releasing an item whose content the same push changed
 * is releasing one's own change (four-eyes). Changing {@value LibraryRights#FILE} needs Administrator, other files at
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
    public List<String> checkContent(String user, Repository repository, ReceiveCommand command) throws IOException {
        RightsPolicy policy;
        try {
            policy = policy(repository);
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
        return judge(policy, user, repository, command.getOldId(), command.getNewId());
    }

    /** The library's roles and rights on {@code main} (before the push); {@link RightsPolicy#OPEN} without. */
    static RightsPolicy policy(Repository repository) throws IOException {
        Ref main = repository.exactRef(MAIN);
        if (main == null) {
            return RightsPolicy.OPEN;
        }
        try (RevWalk rw = new RevWalk(repository)) {
            RevCommit commit = rw.parseCommit(main.getObjectId());
            try (TreeWalk tw = TreeWalk.forPath(repository, LibraryRights.FILE, commit.getTree())) {
                if (tw == null) {
                    return RightsPolicy.OPEN;
                }
                String text = new String(repository.open(tw.getObjectId(0), Constants.OBJ_BLOB).getBytes(),
                        StandardCharsets.UTF_8);
                return LibraryRights.read(LibraryRights.FILE + '@' + commit.abbreviate(10).name(), text);
            }
        }
    }

    /** What changed for one item between the two trees. */
    private static final class ItemChange {
        String oldText;
        String newText;
        boolean filesChanged;
    }

    private static List<String> judge(RightsPolicy policy, String user, Repository repo, ObjectId oldId,
            ObjectId newId) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, ItemChange> items = new LinkedHashMap<>();
        try (RevWalk rw = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            if (oldId == null || ObjectId.zeroId().equals(oldId)) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(rw.parseCommit(oldId).getTree());
            }
            tw.addTree(rw.parseCommit(newId).getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                String path = tw.getPathString();
                String[] parts = path.split("/");
                if (parts.length >= 3 && parts[0].equals("items")) {
                    ItemChange c = items.computeIfAbsent(parts[1], k -> new ItemChange());
                    if (parts.length == 3 && parts[2].equals(ItemCodec.FILE_NAME)) {
                        c.oldText = blob(repo, tw, 0);
                        c.newText = blob(repo, tw, 1);
                    } else {
                        c.filesChanged = true;
                    }
                } else {
                    boolean rights = path.equals(LibraryRights.FILE);
                    if (add(problems, path, policy.check(user, rights ? Operation.ADMINISTER : Operation.WRITE,
                            Target.folder(null))) && rights && tw.getRawMode(1) != 0) {
                        try {
                            LibraryRights.read(path, blob(repo, tw, 1)); // a broken file would lock everyone out
                        } catch (IllegalArgumentException ex) {
                            problems.add(ex.getMessage());
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, ItemChange> e : items.entrySet()) {
            judgeItem(policy, user, e.getKey(), e.getValue(), problems);
        }
        return problems;
    }

    private static void judgeItem(RightsPolicy policy, String user, String id, ItemChange c, List<String> problems) {
        if (c.oldText == null && c.newText == null && !c.filesChanged) {
            return;
        }
        String path = "items/" + id + '/' + ItemCodec.FILE_NAME;
        String folder = LibraryRights.folderOf(id);
        FimStatus from = status(c.oldText);
        FimStatus to = c.newText == null ? from : status(c.newText);
        // Item files are written deterministically, one field per line: the content changed unless only the status
        // and publication counter lines differ. (A reformatted file counts as changed: stricter, never looser.)
        boolean contentChanged = c.filesChanged || c.oldText == null || c.newText == null
                || !withoutStatus(c.oldText).equals(withoutStatus(c.newText));
        boolean newVersion = to == FimStatus.IN_PROGRESS && from != to;
        if (contentChanged) {
            Target t = new Target(folder, id, newVersion ? null : from, null);
            if (!add(problems, path, policy.check(user, Operation.WRITE, t))) {
                return;
            }
        }
        if (to != null && to != from) {
            Target t = new Target(folder, id, from, contentChanged ? user : null);
            add(problems, path, policy.check(user, Operation.transition(from, to), t));
        }
    }

    private static boolean add(List<String> problems, String path, Decision d) {
        if (!d.allowed()) {
            problems.add(path + ": " + d.reason() + " [" + d.rule().id() + ']');
        }
        return d.allowed();
    }

    private static final Pattern STATUS = Pattern.compile("\"fimStatus\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern STATUS_OR_VERSION_LINE =
            Pattern.compile("(?m)^\\s*\"(fimStatus|version)\"\\s*:.*$");

    /** The status named in an item file ({@code null} without or for no file); unreadable literals count as none. */
    private static FimStatus status(String itemText) {
        if (itemText == null) {
            return null;
        }
        Matcher m = STATUS.matcher(itemText);
        return m.find() ? FimStatus.getByName(m.group(1)) : null;
    }

    /** The item file without the lines a status change alters (status, publication counter). */
    private static String withoutStatus(String itemText) {
        return STATUS_OR_VERSION_LINE.matcher(itemText).replaceAll("");
    }

    private static String blob(Repository repo, TreeWalk tw, int tree) throws IOException {
        if (tw.getRawMode(tree) == 0) {
            return null;
        }
        return new String(repo.open(tw.getObjectId(tree), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
    }
}

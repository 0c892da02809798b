/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.ItemValidation;
import org.prozesswerk.library.LibraryFormatException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * The pre-receive hook: asks the {@link PushPolicy} (rights, issue 15), refuses rewritten history, then reads every
 * item file the push adds or changes and checks it with the rule set. Any unreadable item or any error finding rejects
 * the whole push; the findings go to the client as the rejection reason and as {@code remote:} lines.
 */
public final class ValidatingHook implements PreReceiveHook {

    /** Rejected pushes go to the server's log (JDK platform logging: stderr of {@code library serve}). */
    private static final System.Logger LOG = System.getLogger(ValidatingHook.class.getName());

    private final RuleSet ruleSet;
    private final PushPolicy policy;
    private final String user;
    private final String repositoryName;

    public ValidatingHook(RuleSet ruleSet, PushPolicy policy, String user, String repositoryName) {
        this.ruleSet = ruleSet;
        this.policy = policy;
        this.user = user;
        this.repositoryName = repositoryName;
    }

    @Override
    public void onPreReceive(ReceivePack rp, Collection<ReceiveCommand> commands) {
        for (ReceiveCommand cmd : commands) {
            if (cmd.getResult() != ReceiveCommand.Result.NOT_ATTEMPTED) {
                continue;
            }
            String denied = policy.check(user, repositoryName, cmd);
            if (denied != null) {
                reject(rp, cmd, denied);
                continue;
            }
            if (cmd.getType() == ReceiveCommand.Type.UPDATE_NONFASTFORWARD) {
                reject(rp, cmd, "rewriting the history of a library (force-push) is not allowed");
                continue;
            }
            try (PushedChanges changes = PushedChanges.between(rp.getRepository(), cmd.getOldId(), cmd.getNewId())) {
                List<String> denials = policy.checkContent(user, cmd, changes);
                if (!denials.isEmpty()) {
                    for (String p : denials) {
                        rp.sendMessage(p);
                    }
                    reject(rp, cmd, denials.get(0) + (denials.size() > 1 ? " (and more, see above)" : ""));
                    continue;
                }
                List<String> problems = check(changes);
                if (!problems.isEmpty()) {
                    for (String p : problems) {
                        rp.sendMessage(p);
                    }
                    reject(rp, cmd, problems.size() + " problem(s) in pushed library items: " + problems.get(0)
                            + (problems.size() > 1 ? " (and more, see above)" : ""));
                }
            } catch (IOException e) {
                reject(rp, cmd, "could not read the pushed commits: " + e.getMessage());
            }
        }
    }

    private void reject(ReceivePack rp, ReceiveCommand cmd, String why) {
        cmd.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, why);
        rp.sendError(why);
        LOG.log(System.Logger.Level.WARNING, "push rejected: user {0}, repository {1}, {2} {3}..{4}: {5}", user,
                repositoryName, cmd.getRefName(), cmd.getOldId().abbreviate(10).name(),
                cmd.getNewId().abbreviate(10).name(), why);
    }

    /** Problems of the items the push adds or changes (each item file read once, shared with the rights check). */
    List<String> check(PushedChanges changes) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String path : changes.misplacedItemFiles()) {
            problems.add(path + ": item files belong directly in items/<id>/");
        }
        for (PushedChanges.Item changed : changes.items().values()) {
            if (changed.newFile() == null) {
                continue; // deleted, or only a model file changed
            }
            String path = LibraryLayout.ITEMS + '/' + changed.id() + '/' + ItemCodec.FILE_NAME;
            String text = new String(changes.bytes(changed.newFile()), StandardCharsets.UTF_8);
            try {
                LibraryItem item = ItemCodec.read(path, text);
                if (!item.id().equals(changed.id())) {
                    problems.add(path + ": \"id\" is \"" + item.id() + "\" but the folder is \"" + changed.id() + '"');
                    continue;
                }
                if (ruleSet != null) {
                    for (Finding f : ItemValidation.validate(item, ruleSet)) {
                        if (f.isError()) {
                            problems.add(path + ": " + f.message() + " [" + f.ruleId() + ']');
                        }
                    }
                }
            } catch (LibraryFormatException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.util.List;

import org.eclipse.jgit.transport.ReceiveCommand;

/**
 * Who may push what: the seam for the roles issue (15). The pre-receive hook asks the policy for every ref update
 * before it validates content; a non-null answer rejects the update with that message. The default allows every
 * authenticated user to update {@code refs/heads/main}.
 */
@FunctionalInterface
public interface PushPolicy {

    /** @return null to allow, else the reason for the rejection (shown to the pushing user) */
    String check(String user, String repository, ReceiveCommand command);

    /**
     * The rights problems of what {@code command} pushes (asked after {@link #check} allowed the ref update and
     * before the rule sets): each a message naming item, rule and role. The default finds none.
     *
     * @param changes what the update changes, read once and shared with the content check (the repository is still
     *                at its state before the push)
     */
    default List<String> checkContent(String user, ReceiveCommand command, PushedChanges changes)
            throws IOException {
        return List.of();
    }

    /** Every authenticated user may update main; other refs (and deleting main) are refused. */
    PushPolicy MAIN_ONLY = (user, repository, command) -> {
        if (!command.getRefName().equals("refs/heads/main")) {
            return "only refs/heads/main can be pushed to a library";
        }
        if (command.getType() == ReceiveCommand.Type.DELETE) {
            return "the branch main cannot be deleted";
        }
        return null;
    };
}

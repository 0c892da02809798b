/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.tests;

import static org.prozesswerk.model.FimStatus.DRAFT;
import static org.prozesswerk.model.FimStatus.INACTIVE;
import static org.prozesswerk.model.FimStatus.IN_PROGRESS;
import static org.prozesswerk.model.FimStatus.MARKED_FOR_DELETION;
import static org.prozesswerk.model.FimStatus.METHODICALLY_RELEASED;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_GOLD;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_SILVER;

import java.util.EnumSet;
import java.util.Set;

import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Role;

/**
 * The oracle of the rights matrix, written down from docs/roles.md and independent of the rights module's code: for
 * each operation the role it needs, the right it needs, and whether it is never allowed.
 */
final class Oracle {

    /** The operations of the matrix, each on its own Steckbrief/item in status {@link #start}. */
    enum Op {
        READ(null, null, null, AccessRight.READ, false),
        EDIT_DRAFT(IN_PROGRESS, null, Role.MODELLER, AccessRight.WRITE, false),
        EDIT_RELEASED(TECHNICALLY_RELEASED_GOLD, null, Role.MODELLER, AccessRight.WRITE, true),
        SUBMIT(IN_PROGRESS, DRAFT, Role.MODELLER, AccessRight.READ, false),
        CHECK(DRAFT, METHODICALLY_RELEASED, Role.METHOD_REVIEWER, AccessRight.READ, false),
        RELEASE_SILVER(METHODICALLY_RELEASED, TECHNICALLY_RELEASED_SILVER, Role.RELEASER, AccessRight.READ, false),
        RELEASE_GOLD(TECHNICALLY_RELEASED_SILVER, TECHNICALLY_RELEASED_GOLD, Role.RELEASER, AccessRight.READ, false),
        NEW_VERSION(TECHNICALLY_RELEASED_GOLD, IN_PROGRESS, Role.MODELLER, AccessRight.READ, false),
        RETIRE(DRAFT, INACTIVE, Role.RELEASER, AccessRight.READ, false),
        MARK_FOR_DELETION(INACTIVE, MARKED_FOR_DELETION, Role.ADMINISTRATOR, AccessRight.READ, false),
        /** Releasing (silver → gold) a Steckbrief whose content the same person changed last: four-eyes. */
        RELEASE_OWN(TECHNICALLY_RELEASED_SILVER, TECHNICALLY_RELEASED_GOLD, Role.RELEASER, AccessRight.READ, true),
        /** Skipping the method check (Entwurf → fachlich freigegeben): no step of the workflow. */
        SKIP_STEP(DRAFT, TECHNICALLY_RELEASED_SILVER, Role.RELEASER, AccessRight.READ, true);

        final FimStatus start;
        final FimStatus to;
        final Role role;
        final AccessRight right;
        final boolean never;

        Op(FimStatus start, FimStatus to, Role role, AccessRight right, boolean never) {
            this.start = start;
            this.to = to;
            this.role = role;
            this.right = right;
            this.never = never;
        }

        boolean isTransition() {
            return to != null;
        }
    }

    /** The operations the server half judges (reading is not a push). */
    static final Set<Op> SERVER_OPS = EnumSet.complementOf(EnumSet.of(Op.READ));

    private Oracle() {
    }

    /**
     * Whether a person with {@code role} ({@code null}: none) and the folder right {@code right} ({@code null}: none
     * given) may do {@code op}.
     */
    static boolean allowed(Role role, AccessRight right, Op op) {
        AccessRight effective = right != null ? right : role == null ? AccessRight.NONE : AccessRight.WRITE;
        if (op.never) {
            return false;
        }
        boolean rightOk = effective.getValue() >= op.right.getValue();
        boolean roleOk = op.role == null || op.role == role;
        return rightOk && roleOk;
    }
}

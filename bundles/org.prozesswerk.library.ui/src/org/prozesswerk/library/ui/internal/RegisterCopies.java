/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;


import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProcessRegister;

/**
 * The headless library operations change the register they are given directly; the workbench edits only through EMF
 * commands. So they run on a copy, and what they changed comes back as the merge engine's one command (base = the
 * register as copied, ours = the live register, theirs = the changed copy): undoable in one step, and a change made
 * to the live register meanwhile (a publish runs as a Job) is kept.
 */
final class RegisterCopies {

    /** A copy of a register and the copier that maps live elements to their copies. */
    record Copy(ProcessRegister base, ProcessRegister changed, EcoreUtil.Copier copier) {
        @SuppressWarnings("unchecked")
        <T extends EObject> T inCopy(T live) {
            return live == null ? null : (T) copier.get(live);
        }
    }

    private RegisterCopies() {
    }

    /** Two copies of {@code live}: the unchanged base and one to change (elements mapped by the copier). */
    static Copy of(ProcessRegister live) {
        ProcessRegister base = EcoreUtil.copy(live);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        ProcessRegister changed = (ProcessRegister) copier.copy(live);
        copier.copyReferences();
        return new Copy(base, changed, copier);
    }

    /**
     * The changes made to {@code copy.changed()} as one command on {@code live}, labelled {@code label}; the merge is
     * computed when the command runs.
     */
    static Command command(Copy copy, ProcessRegister live, EditingDomain domain, String label) {
        return new CompoundCommand(label) {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                appendAndExecute(ThreeWayMerge.merge(copy.base(), live, copy.changed()).createCommand(domain,
                        new MergeDecisions(), Side.OURS));
            }
        };
    }
}

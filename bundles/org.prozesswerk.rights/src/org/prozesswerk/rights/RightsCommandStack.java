/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * The one place rights are enforced in the workbench: the command stack of a register's editing domain. Every
 * command (editor, Properties view, navigator drag and drop, diagrams, imports, register update) runs through
 * {@link #execute}; while it runs, an {@link EContentAdapter} on the domain's resource set sees every change it makes
 * and asks the register's {@link RightsPolicy} whether the {@linkplain CurrentPerson current person} may make it. A
 * command with a refused change is undone at once and not put on the stack; the refusal goes to the
 * {@linkplain #addRefusalListener refusal listeners} (the workbench shows it) and stays in {@link #lastRefusal()}.
 * A command that changes a Steckbrief's content also records the person in its {@code lastEditor} (undone with it).
 * <p>
 * A register without roles and rights ({@link RightsPolicy#isActive()} false) is not checked: everything works as
 * before and nothing is recorded.
 */
public class RightsCommandStack extends BasicCommandStack {

    private static final ProzesswerkPackage PW = ProzesswerkPackage.eINSTANCE;

    private final Supplier<String> account;
    private final Guard guard = new Guard();
    private final List<Consumer<Decision>> refusalListeners = new CopyOnWriteArrayList<>();
    private EditingDomain domain;
    private Decision lastRefusal;

    /** A stack checking against {@link CurrentPerson#account()}. */
    public RightsCommandStack() {
        this(CurrentPerson::account);
    }

    /** A stack checking against the account {@code account} supplies at each command. */
    public RightsCommandStack(Supplier<String> account) {
        this.account = account;
    }

    /** Starts watching {@code domain}'s resource set; call once, right after creating the domain on this stack. */
    public void install(EditingDomain editingDomain) {
        this.domain = editingDomain;
        editingDomain.getResourceSet().eAdapters().add(guard);
    }

    /** Called with every refused command's decision. */
    public void addRefusalListener(Consumer<Decision> listener) {
        refusalListeners.add(listener);
    }

    public void removeRefusalListener(Consumer<Decision> listener) {
        refusalListeners.remove(listener);
    }

    /** The refusal of the last refused command; {@code null} if none was refused since the last successful one. */
    public Decision lastRefusal() {
        return lastRefusal;
    }

    /** The policy in force for {@code register} (cached until its roles, rights or folders change). */
    public RightsPolicy policy(ProcessRegister register) {
        return guard.policy(register);
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            super.execute(command);
            return;
        }
        guard.begin(account.get());
        try {
            command.execute();
        } catch (RuntimeException e) {
            guard.end();
            handleError(e);
            command.dispose();
            notifyListeners();
            return;
        }
        Guard.Outcome outcome = guard.end();
        if (outcome.refusal != null) {
            if (command.canUndo()) {
                command.undo();
            }
            command.dispose();
            lastRefusal = outcome.refusal;
            for (Consumer<Decision> l : refusalListeners) {
                l.accept(outcome.refusal);
            }
            return;
        }
        lastRefusal = null;
        Command recorded = recordEditor(command, outcome);
        for (ListIterator<Command> it = commandList.listIterator(top + 1); it.hasNext();) {
            it.next().dispose();
            it.remove();
        }
        mostRecentCommand = recorded;
        commandList.add(recorded);
        ++top;
        if (saveIndex >= top) {
            saveIndex = -1;
        }
        notifyListeners();
    }

    /** Sets {@code lastEditor} of the Steckbriefe whose content the command changed; one undo step with it. */
    private Command recordEditor(Command command, Guard.Outcome outcome) {
        if (outcome.editedProfiles.isEmpty() || outcome.account == null) {
            return command;
        }
        CompoundCommand marks = new CompoundCommand();
        for (ProcessProfile p : outcome.editedProfiles) {
            if (!outcome.account.equals(p.getLastEditor())) {
                marks.append(new SetCommand(domain, p, PW.getProcessProfile_LastEditor(), outcome.account));
            }
        }
        if (marks.isEmpty() || !marks.canExecute()) {
            return command;
        }
        marks.execute();
        return new CommandWrapper(command) {
            @Override
            public void undo() {
                marks.undo();
                super.undo();
            }

            @Override
            public void redo() {
                super.redo();
                marks.redo();
            }

            @Override
            public boolean canUndo() {
                return super.canUndo() && marks.canUndo();
            }
        };
    }

    /** Watches the resource set and judges the changes of the command being executed. */
    private static final class Guard extends EContentAdapter {
        static final class Outcome {
            Decision refusal;
            String account;
            final List<ProcessProfile> editedProfiles = new ArrayList<>();
        }

        private final Map<ProcessRegister, RightsPolicy> policies = new LinkedHashMap<>();
        private Outcome current;
        /** Status of each Steckbrief before the command, for the ones it touched. */
        private final Map<ProcessProfile, FimStatus> statusBefore = new LinkedHashMap<>();
        private final List<ProcessProfile> historyOnly = new ArrayList<>();

        void begin(String who) {
            current = new Outcome();
            current.account = who;
            statusBefore.clear();
            historyOnly.clear();
        }

        Outcome end() {
            Outcome o = current;
            current = null;
            if (o.refusal == null) {
                // A history entry without a status change is a content change (no forged workflow steps).
                for (ProcessProfile p : historyOnly) {
                    if (!statusBefore.containsKey(p) || statusBefore.get(p) == p.getStatus()) {
                        judgeWrite(o, p, statusBefore.getOrDefault(p, p.getStatus()));
                    }
                }
            }
            return o;
        }

        RightsPolicy policy(ProcessRegister register) {
            RightsPolicy p = policies.get(register);
            if (p == null) {
                p = RegisterRights.policy(register);
                policies.put(register, p);
            }
            return p;
        }

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (n.isTouch() || n.getEventType() == Notification.REMOVING_ADAPTER
                    || !(n.getNotifier() instanceof EObject o)) {
                return;
            }
            Object feature = n.getFeature();
            boolean structural = o instanceof AccessControl || o.eContainer() instanceof AccessControl
                    || feature == PW.getProcessRegister_AccessControl() || feature == PW.getFolder_Folders()
                    || feature == PW.getProcessRegister_RootFolders();
            if (structural) {
                policies.clear();
            }
            Outcome out = current;
            if (out == null || out.refusal != null) {
                return;
            }
            judge(out, o, feature, n);
        }

        private void judge(Outcome out, EObject o, Object feature, Notification n) {
            // Find what the object belongs to: roles and rights, a Steckbrief, a folder, the register.
            ProcessProfile profile = null;
            EObject e = o;
            while (e != null) {
                if (e instanceof AccessControl || feature == PW.getProcessRegister_AccessControl()) {
                    ProcessRegister r = registerOf(e);
                    if (r != null) {
                        refuseIf(out, policy(r).check(out.account, Operation.ADMINISTER, Target.folder(null)));
                    }
                    return;
                }
                if (e instanceof ProcessProfile p) {
                    profile = p;
                    break;
                }
                if (e instanceof Folder || e instanceof ProcessRegister) {
                    break;
                }
                e = e.eContainer();
            }
            if (profile != null) {
                ProcessRegister r = registerOf(profile);
                if (r == null) {
                    return;
                }
                if (o == profile && feature == PW.getProcessProfile_Status()) {
                    FimStatus from = (FimStatus) n.getOldValue();
                    statusBefore.putIfAbsent(profile, from);
                    refuseIf(out, policy(r).check(out.account, Operation.transition(from, (FimStatus) n.getNewValue()),
                            new Target(RegisterRights.folderOf(profile), RegisterRights.label(profile), from,
                                    profile.getLastEditor())));
                    return;
                }
                if (o == profile && feature == PW.getProcessProfile_StatusHistory()) {
                    historyOnly.add(profile);
                    return;
                }
                if (o == profile && feature == PW.getProcessProfile_LastEditor()) {
                    judgeWrite(out, profile, statusBefore.getOrDefault(profile, profile.getStatus()));
                    return;
                }
                FimStatus before = statusBefore.getOrDefault(profile, profile.getStatus());
                judgeWrite(out, profile, before);
                return;
            }
            ProcessRegister r = registerOf(o);
            if (r == null) {
                return;
            }
            Folder folder = e instanceof Folder f ? f : null;
            refuseIf(out, policy(r).check(out.account, Operation.WRITE, Target.folder(folder)));
        }

        private void judgeWrite(Outcome out, ProcessProfile profile, FimStatus before) {
            ProcessRegister r = registerOf(profile);
            if (r == null) {
                return;
            }
            RightsPolicy policy = policy(r);
            if (!policy.isActive()) {
                return;
            }
            refuseIf(out, policy.check(out.account, Operation.WRITE, new Target(RegisterRights.folderOf(profile),
                    RegisterRights.label(profile), before, profile.getLastEditor())));
            if (out.refusal == null && !out.editedProfiles.contains(profile)) {
                out.editedProfiles.add(profile);
            }
        }

        private static void refuseIf(Outcome out, Decision d) {
            if (!d.allowed() && out.refusal == null) {
                out.refusal = d;
            }
        }

        private static ProcessRegister registerOf(EObject o) {
            EObject root = o;
            while (root.eContainer() != null) {
                root = root.eContainer();
            }
            return root instanceof ProcessRegister r ? r : null;
        }
    }
}

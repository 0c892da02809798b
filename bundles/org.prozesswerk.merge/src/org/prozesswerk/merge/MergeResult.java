package org.prozesswerk.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.merge.internal.Analysis;
import org.prozesswerk.merge.internal.CommandBuilder;
import org.prozesswerk.merge.internal.Differ;
import org.prozesswerk.merge.internal.MergeModel;
import org.prozesswerk.merge.internal.Node;
import org.prozesswerk.merge.internal.Plan;
import org.prozesswerk.model.ProcessRegister;

/**
 * The analysed three-way merge of base, ours (the local register, which the merge edits) and theirs. Nothing is
 * changed until the command from {@link #createCommand} is executed on the local register's command stack.
 */
public final class MergeResult {

    /** Name of the folder that receives Steckbriefe deleted upstream but still in local use. */
    public static final String RETIRED_FOLDER = CommandBuilder.RETIRED_FOLDER;
    /** Tag flagging those Steckbriefe. */
    public static final String RETIRED_TAG = CommandBuilder.RETIRED_TAG;

    private final ProcessRegister base, ours, theirs;
    private MergeModel model;
    private final Analysis analysis;
    private final boolean theirsProvenUnchanged;
    private List<Difference> oursChanges;
    private List<Difference> theirsChanges;

    MergeResult(MergeModel model, Analysis analysis) {
        this.base = model.registers[Node.BASE];
        this.ours = model.registers[Node.OURS];
        this.theirs = model.registers[Node.THEIRS];
        this.model = model;
        this.analysis = analysis;
        this.theirsProvenUnchanged = false;
    }

    /** The result of a merge whose incoming register is proven equal to the base: nothing to take in. */
    MergeResult(ProcessRegister base, ProcessRegister ours, ProcessRegister theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.analysis = null;
        this.theirsProvenUnchanged = true;
        this.theirsChanges = List.of();
        if (ContentFingerprint.provenEqual(base, ours)) {
            this.oursChanges = List.of();
        }
    }

    /** The matched registers; built on first use when the merge took the fast path. */
    private MergeModel model() {
        if (model == null) {
            model = new MergeModel(base, ours, theirs);
        }
        return model;
    }

    /** @return the local register the merge applies to */
    public ProcessRegister ours() {
        return ours;
    }

    /**
     * @return whether the merge took the fast path: theirs was proven equal to the base
     *         ({@link ContentFingerprint#provenEqual}), so nothing was compared and nothing comes in
     */
    public boolean theirsProvenUnchanged() {
        return theirsProvenUnchanged;
    }

    /** @return all conflicts, decided or not, in register order */
    public List<Conflict> conflicts() {
        return analysis == null ? List.of() : Collections.unmodifiableList(analysis.conflicts);
    }

    /** @return the conflicts the decisions leave open */
    public List<Conflict> openConflicts(MergeDecisions decisions) {
        return analysis == null ? List.of() : decisions.open(analysis.conflicts);
    }

    /** @return conflict counts by kind */
    public Map<ConflictKind, Integer> conflictsByKind() {
        Map<ConflictKind, Integer> counts = new EnumMap<>(ConflictKind.class);
        for (Conflict c : conflicts()) {
            counts.merge(c.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * @return the incoming changes the merge applies without asking (one-sided changes of theirs, list merges,
     *         Steckbriefe retired to {@value #RETIRED_FOLDER})
     */
    public List<Difference> autoMerged() {
        return analysis == null ? List.of() : Collections.unmodifiableList(analysis.autoMerged);
    }

    /** @return the Steckbriefe deleted upstream and kept (retired) because they are in local use */
    public List<Difference> retired() {
        List<Difference> out = new ArrayList<>();
        for (Difference d : autoMerged()) {
            if (d.kind() == DifferenceKind.RETIRED) {
                out.add(d);
            }
        }
        return out;
    }

    /** @return the local changes (base → ours) */
    public List<Difference> oursChanges() {
        if (oursChanges == null) {
            oursChanges = new Differ(model()).differences(Node.BASE, Node.OURS);
        }
        return oursChanges;
    }

    /** @return the incoming changes (base → theirs) */
    public List<Difference> theirsChanges() {
        if (theirsChanges == null) {
            theirsChanges = new Differ(model()).differences(Node.BASE, Node.THEIRS);
        }
        return theirsChanges;
    }

    /** @return whether the merge changes nothing in the local register and has no conflicts */
    public boolean isEmpty() {
        return analysis == null || analysis.plan.isEmpty() && analysis.conflicts.isEmpty();
    }

    /**
     * The merge as one undoable command on the local register.
     *
     * @param domain    the editing domain of the local register (commands are built for it)
     * @param decisions how conflicts are decided
     * @return the command; after executing it, {@link #notes(Command)} lists what could not be kept as it was
     * @throws IllegalStateException if the decisions leave conflicts open
     */
    public Command createCommand(EditingDomain domain, MergeDecisions decisions) {
        return createCommand(domain, decisions, null);
    }

    /**
     * As {@link #createCommand(EditingDomain, MergeDecisions)}, deciding conflicts left open by
     * {@code openConflicts} ({@code null}: open conflicts are an error).
     */
    public Command createCommand(EditingDomain domain, MergeDecisions decisions, Side openConflicts) {
        // The change lists read the local register; once the command has run, elements it removed have no container
        // any more. Compute them now, so that they describe the registers as they were compared.
        oursChanges();
        theirsChanges();
        Plan plan = analysis == null ? new Plan() : new Plan(analysis.plan);
        List<Conflict> open = new ArrayList<>();
        for (Conflict c : conflicts()) {
            Side side = decisions.resolve(c);
            if (side == null) {
                side = openConflicts;
            }
            if (side == null) {
                open.add(c);
                continue;
            }
            if (side == Side.THEIRS) {
                Analysis.Effect e = analysis.effects.get(c.id());
                if (e.field() != null) {
                    plan.set(e.node(), e.field(), e.theirsValue());
                }
                if (e.theirsValues() != null) {
                    e.theirsValues().forEach((f, v) -> plan.set(e.node(), f, v));
                }
                if (e.delete()) {
                    plan.deletes.add(e.node());
                    plan.retires.remove(e.node());
                }
                if (e.add()) {
                    plan.adds.add(e.node());
                }
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " open conflicts, e.g. " + open.get(0));
        }
        return new CommandBuilder(model(), plan, domain, "Register zusammenführen").build();
    }

    /** @return what the executed merge command could not keep as it was (references cleared, elements re-filed) */
    public static List<String> notes(Command mergeCommand) {
        if (mergeCommand instanceof org.prozesswerk.merge.internal.MergeCommand mc) {
            return Collections.unmodifiableList(mc.notes());
        }
        return List.of();
    }
}

package org.prozesswerk.merge;

import org.prozesswerk.merge.internal.Analysis;
import org.prozesswerk.merge.internal.MergeModel;
import org.prozesswerk.model.ProcessRegister;

/**
 * Three-way merge of registers: base (the version both derive from), ours (the local register) and theirs (e.g. a
 * new Musterregister version). Elements are matched by id, else by business key (Steckbrief key, LeiKa key of the
 * first LeiKa reference, org-unit short code, folder path); value objects by content key inside their owner. Changes
 * made on one side only are taken; both sides changing the same thing differently is a {@link Conflict} unless the
 * feature's {@link Ownership} is LOCAL. Linear in the size of the registers (hash maps only).
 * <p>
 * Fast path: if theirs is {@linkplain ContentFingerprint#provenEqual proven equal} to the base (the same object, or
 * both unchanged since loaded from bytes with the same digest), nothing comes in and nothing can conflict, so the
 * result is ours as it is, found without reading any register. Whenever equality is not proven, all is compared.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /**
     * Analyses the merge; changes nothing.
     *
     * @param base   the common base version
     * @param ours   the local register (the one {@link MergeResult#createCommand} edits)
     * @param theirs the incoming register
     * @return the analysis: conflicts, automatic changes, and the command factory
     */
    public static MergeResult merge(ProcessRegister base, ProcessRegister ours, ProcessRegister theirs) {
        if (ContentFingerprint.provenEqual(base, theirs)) {
            return new MergeResult(base, ours, theirs);
        }
        MergeModel model = new MergeModel(base, ours, theirs);
        return new MergeResult(model, new Analysis(model));
    }
}

package org.prozesswerk.merge;

import java.util.List;

import org.prozesswerk.merge.internal.Differ;
import org.prozesswerk.merge.internal.MergeModel;
import org.prozesswerk.model.ProcessRegister;

/** Two-way compare of registers. Linear in the register size (hash-map matching by id, then business key). */
public final class RegisterCompare {

    private RegisterCompare() {
    }

    /**
     * @param older the register compared against (e.g. the base version)
     * @param newer the register whose changes are listed
     * @return the differences from {@code older} to {@code newer}, in register order (register, definitions, units,
     *         folders and their Steckbriefe, unfiled Steckbriefe); empty if equal
     */
    public static List<Difference> compare(ProcessRegister older, ProcessRegister newer) {
        MergeModel model = new MergeModel(older, newer, null);
        return new Differ(model).differences(0, 1);
    }
}

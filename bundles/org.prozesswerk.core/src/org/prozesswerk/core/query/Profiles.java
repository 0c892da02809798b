package org.prozesswerk.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * The one walk over "every Steckbrief of a register": the folders depth-first in model order, each folder's own
 * Steckbriefe before its subfolders', then the unfiled ones. Exporters, the organisation chart derivation, the
 * Musterregister versions and the merge all list Steckbriefe in this order.
 */
public final class Profiles {

    private Profiles() {
    }

    /** Every Steckbrief of the register, filed ones in folder order first, then the unfiled ones. */
    public static List<ProcessProfile> all(ProcessRegister register) {
        List<ProcessProfile> profiles = new ArrayList<>();
        for (Folder folder : register.getRootFolders()) {
            addAll(folder, profiles);
        }
        profiles.addAll(register.getUnfiledProfiles());
        return profiles;
    }

    /** Adds the Steckbriefe of {@code folder} and of all its subfolders, depth-first in model order. */
    public static void addAll(Folder folder, Collection<? super ProcessProfile> into) {
        into.addAll(folder.getProfiles());
        for (Folder child : folder.getFolders()) {
            addAll(child, into);
        }
    }
}

package org.prozesswerk.ui.search;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.search.internal.Messages;

/**
 * The texts of the search results' columns (name, key, status, unit, folder) and the text each column sorts by.
 * Folder paths are cached per folder; {@link #clear()} after the register changed.
 */
final class ProfileColumns {

    static final int NAME = 0;
    static final int KEY = 1;
    static final int STATUS = 2;
    static final int UNIT = 3;
    static final int FOLDER = 4;

    private final Map<Folder, String> folderPaths = new IdentityHashMap<>();

    /** The cells of a row. */
    String[] row(ProcessProfile profile) {
        return new String[] { nonNull(profile.getName()), nonNull(profile.getKey()), statusLabel(profile),
                unitLabel(profile.getResponsibleUnit()), folderPath(profile.eContainer()) };
    }

    /** The text a column sorts by: the status by its number, the others by what they show. */
    Function<ProcessProfile, String> sortText(int column) {
        return switch (column) {
            case KEY -> p -> nonNull(p.getKey());
            case STATUS -> p -> p.getStatus() == null ? "" : String.valueOf(p.getStatus().getValue()); //$NON-NLS-1$
            case UNIT -> p -> unitLabel(p.getResponsibleUnit());
            case FOLDER -> p -> folderPath(p.eContainer());
            default -> p -> nonNull(p.getName());
        };
    }

    /** Forgets the cached folder paths (folders were renamed or moved). */
    void clear() {
        folderPaths.clear();
    }

    private String folderPath(EObject container) {
        if (!(container instanceof Folder folder)) {
            return Messages.Unfiled;
        }
        return folderPaths.computeIfAbsent(folder, f -> {
            StringBuilder path = new StringBuilder(nonNull(f.getName()));
            for (EObject o = f.eContainer(); o instanceof Folder parent; o = parent.eContainer()) {
                path.insert(0, nonNull(parent.getName()) + " / "); //$NON-NLS-1$
            }
            return path.toString();
        });
    }

    private static String statusLabel(ProcessProfile profile) {
        return profile.getStatus() == null ? "" //$NON-NLS-1$
                : StatusWorkflow.label(profile.getStatus(), Locale.getDefault());
    }

    /** "32 Ordnungsamt", or the name alone if the unit has no short code. */
    static String unitLabel(OrgUnit unit) {
        if (unit == null) {
            return ""; //$NON-NLS-1$
        }
        String code = unit.getShortCode();
        return code == null || code.isBlank() ? nonNull(unit.getName()) : code + " " + nonNull(unit.getName()); //$NON-NLS-1$
    }

    static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}

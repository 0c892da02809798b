package org.prozesswerk.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/** Walks a register the way every exporter does, so that all formats list Steckbriefe in the same order. */
public final class Steckbriefe {

    /** Separator of folder names in a folder path, e.g. "Öffentliche Ordnung / Gewerbe". */
    public static final String PATH_SEPARATOR = " / ";

    private Steckbriefe() {
    }

    /** Every Steckbrief: the folders depth-first in model order, each folder's own profiles first, then unfiled ones. */
    public static List<ProcessProfile> all(ProcessRegister register) {
        return Profiles.all(register);
    }

    /** The names of the folders from the root down to the profile's folder, joined by {@link #PATH_SEPARATOR}; "" if unfiled. */
    public static String folderPath(ProcessProfile profile) {
        Deque<String> names = new ArrayDeque<>();
        EObject container = profile.eContainer();
        while (container instanceof Folder folder) {
            names.addFirst(folder.getName() == null ? "" : folder.getName());
            container = folder.eContainer();
        }
        return String.join(PATH_SEPARATOR, names);
    }

    /** Every organisational unit, depth-first in model order. */
    public static List<OrgUnit> units(ProcessRegister register) {
        List<OrgUnit> units = new ArrayList<>();
        Deque<OrgUnit> stack = new ArrayDeque<>();
        for (int i = register.getOrganisation().size() - 1; i >= 0; i--) {
            stack.push(register.getOrganisation().get(i));
        }
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.pop();
            units.add(unit);
            for (int i = unit.getChildren().size() - 1; i >= 0; i--) {
                stack.push(unit.getChildren().get(i));
            }
        }
        return units;
    }

    /** The parent unit, or {@code null} for a root unit. */
    public static OrgUnit parent(OrgUnit unit) {
        return unit.eContainer() instanceof OrgUnit parent ? parent : null;
    }
}

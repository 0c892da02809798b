package org.prozesswerk.ui.navigator.internal;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;

import org.eclipse.jface.viewers.ViewerComparator;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;

/**
 * Folders before Steckbriefe, each alphabetically by their German collation (Ä with A); org units in the order
 * of the org chart (the Verwaltungsgliederungsplan order, which text sorting would break: "100" before "20");
 * the organisation and the unfiled Steckbriefe after the folders.
 */
public final class RegisterSorter extends ViewerComparator {

    public RegisterSorter() {
        super(Collator.getInstance(Locale.GERMAN));
    }

    @Override
    public int compare(Viewer viewer, Object e1, Object e2) {
        if (e1 instanceof OrgUnit u1 && e2 instanceof OrgUnit u2 && u1.eContainer() == u2.eContainer()
                && u1.eContainmentFeature() == u2.eContainmentFeature()) {
            List<?> siblings = (List<?>) u1.eContainer().eGet(u1.eContainmentFeature());
            return Integer.compare(siblings.indexOf(u1), siblings.indexOf(u2));
        }
        return super.compare(viewer, e1, e2);
    }

    @Override
    public int category(Object element) {
        if (element instanceof Folder) {
            return 0;
        }
        if (element instanceof ProcessProfile) {
            return 1;
        }
        if (element instanceof OrgUnit) {
            return 2;
        }
        if (element instanceof RegisterGroup group) {
            return group.kind() == RegisterGroup.Kind.ORGANISATION ? 3 : 4;
        }
        return 5;
    }
}

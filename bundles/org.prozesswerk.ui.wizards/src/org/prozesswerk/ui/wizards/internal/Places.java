package org.prozesswerk.ui.wizards.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** Where something new can go: the folders (and, for folders, the top level) of the open registers. */
public final class Places {

    /** A register's top level ({@code container} is the register) or one of its folders. */
    public record Place(RegisterDocument document, EObject container, String label) {
    }

    private Places() {
    }

    /**
     * A label and a read-only drop-down list of {@code places} in a two-column form, wide enough for long folder
     * paths.
     */
    public static Combo combo(Composite body, String label, List<Place> places) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(combo);
        for (Place place : places) {
            combo.add(place.label());
        }
        return combo;
    }

    /** Every folder of every open register, depth-first, labelled "Register › Ordner › Unterordner". */
    public static List<Place> all(boolean withTopLevel) {
        List<Place> places = new ArrayList<>();
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            ProcessRegister register = document.register();
            if (withTopLevel) {
                places.add(new Place(document, register, document.displayName() + " \u203a " + Messages.TopLevel)); //$NON-NLS-1$
            }
            for (Folder folder : register.getRootFolders()) {
                add(places, document, folder, document.displayName());
            }
        }
        return places;
    }

    private static void add(List<Place> places, RegisterDocument document, Folder folder, String parentLabel) {
        String label = parentLabel + " \u203a " + (folder.getName() == null ? "" : folder.getName()); //$NON-NLS-1$ //$NON-NLS-2$
        places.add(new Place(document, folder, label));
        for (Folder child : folder.getFolders()) {
            add(places, document, child, label);
        }
    }

    /**
     * The place the selection points at: a folder itself, a Steckbrief's folder, a register's first root folder
     * (or its top level, if allowed); -1 if none.
     */
    public static int indexFor(List<Place> places, IStructuredSelection selection) {
        Object element = selection == null ? null : selection.getFirstElement();
        EObject wanted = null;
        if (element instanceof Folder folder) {
            wanted = folder;
        } else if (element instanceof ProcessProfile profile && profile.eContainer() instanceof Folder folder) {
            wanted = folder;
        } else if (element instanceof RegisterDocument document) {
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).document() == document) {
                    return i;
                }
            }
        } else if (element instanceof EObject object) {
            RegisterDocument document = RegisterDocuments.getDefault().documentOf(object).orElse(null);
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).document() == document) {
                    return i;
                }
            }
        }
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).container() == wanted) {
                return i;
            }
        }
        return places.isEmpty() ? -1 : 0;
    }
}

package org.prozesswerk.ui.wizards.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.ui.FormWizardPage;
import org.prozesswerk.ui.wizards.internal.Places.Place;

/**
 * The page of a wizard that adds a named element to an open register: its first rows choose where it goes among the
 * {@link Places} (preset from the workbench's selection) and give its name; a subclass adds its own fields.
 */
public abstract class PlacePage extends FormWizardPage {

    private final IStructuredSelection selection;
    private final boolean withTopLevel;
    private List<Place> places;
    private Combo placeCombo;
    private Text name;

    /** @param withTopLevel whether a register's top level is a place too, not only its folders */
    protected PlacePage(String pageName, String title, String description, IStructuredSelection selection,
            boolean withTopLevel) {
        super(pageName, title, description, 2);
        this.selection = selection;
        this.withTopLevel = withTopLevel;
    }

    /** Adds the rows choosing the place ({@code placeLabel}) and the name ({@code nameLabel}); the place's list. */
    protected final Combo createPlaceAndName(Composite body, String placeLabel, String nameLabel) {
        places = Places.all(withTopLevel);
        placeCombo = Places.combo(body, placeLabel, places);
        name = text(body, nameLabel, 1);
        return placeCombo;
    }

    protected final List<Place> places() {
        return places;
    }

    /** The first element the workbench had selected when the wizard opened, or {@code null}. */
    protected final Object selectedElement() {
        return selection == null ? null : selection.getFirstElement();
    }

    /** The index of the place the workbench's selection points at ({@link Places#indexFor}); -1 if none. */
    protected final int selectedPlace() {
        return Places.indexFor(places, selection);
    }

    /** Chooses the place of {@code container} (a register's top level or a folder), as a user would. */
    protected final void choose(EObject container) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).container() == container) {
                placeCombo.select(i);
            }
        }
    }

    /** The chosen place, or {@code null}. */
    public final Place place() {
        int index = placeCombo.getSelectionIndex();
        return index < 0 ? null : places.get(index);
    }

    /** The name field. */
    protected final Text nameText() {
        return name;
    }

    /** The name given, without surrounding blanks. */
    public final String name() {
        return name.getText().strip();
    }
}

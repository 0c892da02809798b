package org.prozesswerk.ui.editors.internal;

import org.eclipse.jface.viewers.ISelection;
import org.prozesswerk.ui.SelectionProviderBase;

/** The editor's selection: the Steckbrief, or the row selected in a page's table (for the Eigenschaften view). */
public final class EditorSelection extends SelectionProviderBase {

    private ISelection selection;

    public EditorSelection(ISelection initial) {
        this.selection = initial;
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        if (newSelection.equals(selection)) {
            return;
        }
        selection = newSelection;
        fireSelectionChanged(newSelection);
    }
}

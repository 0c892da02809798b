package org.prozesswerk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.SelectionProviderBase;

/** Publishes the selected Steckbriefe, so the properties view, the dashboard and the catalogue browser follow. */
final class ResultSelection extends SelectionProviderBase {

    private final Supplier<ResultTable<ProcessProfile>> table;

    /** @param table the results table, null before it is created */
    ResultSelection(Supplier<ResultTable<ProcessProfile>> table) {
        this.table = table;
    }

    @Override
    public ISelection getSelection() {
        ResultTable<ProcessProfile> results = table.get();
        return results == null || results.getTable().isDisposed() ? StructuredSelection.EMPTY
                : new StructuredSelection(results.getSelection());
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            List<ProcessProfile> profiles = new ArrayList<>();
            for (Object element : structured.toList()) {
                if (element instanceof ProcessProfile profile) {
                    profiles.add(profile);
                }
            }
            table.get().setSelection(profiles);
            fire();
        }
    }

    void fire() {
        fireSelectionChanged(getSelection());
    }
}

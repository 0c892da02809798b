package org.prozesswerk.ui.navigator;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.prozesswerk.ui.CommandStackActions;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.navigator.internal.Nodes;
import org.prozesswerk.ui.properties.RegisterPropertySheetPage;

/**
 * The register navigator (Common Navigator): open registers, their thematic folders with the Steckbriefe, the
 * organisation and the Steckbriefe without a folder. Undo and redo act on the register of the selection.
 */
public final class RegisterNavigator extends CommonNavigator {

    public static final String ID = "org.prozesswerk.ui.navigator";

    private final RegisterDocuments.Listener documentsListener = this::documentsChanged;
    private final RegisterDocument.Listener dirtyListener = document -> {
        if (getCommonViewer() != null && !getCommonViewer().getControl().isDisposed()) {
            getCommonViewer().update(document, null);
        }
    };
    private final Set<RegisterDocument> expanded = new HashSet<>();
    private CommandStackActions undoRedo;
    private RegisterDocument undoRedoDocument;

    @Override
    protected Object getInitialInput() {
        return RegisterDocuments.getDefault();
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        RegisterDocuments.getDefault().addListener(documentsListener);
        RegisterDocuments.getDefault().documents().forEach(d -> d.addListener(dirtyListener));
        expandNewDocuments();
        ISelectionChangedListener followSelection = event -> bindUndoRedo(event.getStructuredSelection());
        getCommonViewer().addSelectionChangedListener(followSelection);
    }

    private void documentsChanged() {
        if (getCommonViewer() == null || getCommonViewer().getControl().isDisposed()) {
            return;
        }
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            document.removeListener(dirtyListener);
            document.addListener(dirtyListener);
        }
        getCommonViewer().refresh();
        expandNewDocuments();
        if (undoRedoDocument != null && !RegisterDocuments.getDefault().documents().contains(undoRedoDocument)) {
            bindUndoRedo(StructuredSelection.EMPTY);
        }
    }

    /** A register that was just opened shows its folders at once: that is what the user opened it for. */
    private void expandNewDocuments() {
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            if (expanded.add(document)) {
                getCommonViewer().expandToLevel(document, 1);
            }
        }
        expanded.retainAll(RegisterDocuments.getDefault().documents());
    }

    private void bindUndoRedo(IStructuredSelection selection) {
        RegisterDocument document = Nodes.documentOf(selection).orElse(null);
        if (document == undoRedoDocument) {
            return;
        }
        if (undoRedo != null) {
            undoRedo.dispose();
            undoRedo = null;
        }
        undoRedoDocument = document;
        if (document != null) {
            undoRedo = new CommandStackActions(document.editingDomain().getCommandStack());
            undoRedo.install(getViewSite().getActionBars());
        }
    }

    /** The Eigenschaften view edits the selected Steckbrief, folder or unit through the register's commands. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new RegisterPropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        RegisterDocuments.getDefault().removeListener(documentsListener);
        RegisterDocuments.getDefault().documents().forEach(d -> d.removeListener(dirtyListener));
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}

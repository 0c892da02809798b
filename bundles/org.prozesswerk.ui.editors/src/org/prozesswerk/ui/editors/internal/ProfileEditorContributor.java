package org.prozesswerk.ui.editors.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.prozesswerk.ui.editors.ProfileEditor;

/**
 * Installs undo and redo of the active Steckbrief editor's register as the global handlers. The action bars are
 * shared by all Steckbrief editors, so the handlers are switched whenever another one becomes active.
 */
public final class ProfileEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof ProfileEditor editor && editor.undoRedoActions() != null) {
            editor.undoRedoActions().install(getActionBars());
        }
    }
}

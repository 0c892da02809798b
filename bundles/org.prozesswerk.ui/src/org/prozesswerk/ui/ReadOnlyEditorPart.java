package org.prozesswerk.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that shows something and never changes it: never dirty, nothing to save, no "save as". */
public abstract class ReadOnlyEditorPart extends EditorPart {

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // never dirty
    }

    @Override
    public final void doSaveAs() {
        // "save as" is not offered
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}

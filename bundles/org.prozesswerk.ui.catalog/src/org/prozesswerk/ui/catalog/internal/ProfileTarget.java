package org.prozesswerk.ui.catalog.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * The Steckbrief catalogue entries are linked to by command: the one last selected in another part (navigator,
 * search results) or shown in the last active Steckbrief editor.
 */
public final class ProfileTarget implements ISelectionListener {

    private final IWorkbenchPart owner;
    private final Runnable changed;
    private ProcessProfile profile;

    public ProfileTarget(IWorkbenchPart owner, Runnable changed) {
        this.owner = owner;
        this.changed = changed;
    }

    /** The target, or {@code null} if none is known or its register was closed. */
    public ProcessProfile get() {
        if (profile != null && (profile.eResource() == null
                || RegisterDocuments.getDefault().documentOf(profile).isEmpty())) {
            profile = null;
        }
        return profile;
    }

    public void set(ProcessProfile newTarget) {
        if (newTarget != profile) {
            profile = newTarget;
            changed.run();
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == owner) {
            return;
        }
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof ProfileEditorInput input) {
            input.profile().ifPresent(this::set);
            return;
        }
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            Object element = structured.getFirstElement();
            if (element instanceof ProcessProfile p) {
                set(p);
            } else if (element instanceof IAdaptable adaptable
                    && adaptable.getAdapter(ProcessProfile.class) instanceof ProcessProfile p) {
                set(p);
            }
        }
    }
}

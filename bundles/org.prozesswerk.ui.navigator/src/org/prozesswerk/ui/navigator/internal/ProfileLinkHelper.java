package org.prozesswerk.ui.navigator.internal;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocuments;

/** "Link with editor": the navigator selects the Steckbrief of the active editor, and brings its editor forward. */
public final class ProfileLinkHelper implements ILinkHelper {

    @Override
    public IStructuredSelection findSelection(IEditorInput input) {
        if (input instanceof ProfileEditorInput profileInput) {
            return profileInput.profile().<IStructuredSelection>map(StructuredSelection::new)
                    .orElse(StructuredSelection.EMPTY);
        }
        return StructuredSelection.EMPTY;
    }

    @Override
    public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof ProcessProfile profile) {
            RegisterDocuments.getDefault().documentOf(profile).ifPresent(document -> {
                IEditorPart editor = page.findEditor(ProfileEditorInput.of(document, profile));
                if (editor != null) {
                    page.bringToTop(editor);
                }
            });
        }
    }
}

package org.prozesswerk.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.model.ProcessProfile;

/**
 * Opens a Steckbrief in the Steckbrief editor. The editor lives in org.prozesswerk.ui.editors, which views, wizards
 * and resolutions must not depend on; they name it through this class and do nothing when it is not installed.
 */
public final class ProfileEditors {

    /** Id of the Steckbrief editor (org.prozesswerk.ui.editors). */
    public static final String ID = "org.prozesswerk.ui.editors.profile"; //$NON-NLS-1$

    private ProfileEditors() {
    }

    /** Whether the Steckbrief editor is installed. */
    public static boolean available() {
        return PlatformUI.getWorkbench().getEditorRegistry().findEditor(ID) != null;
    }

    /**
     * Opens {@code profile} of {@code document} in the Steckbrief editor on {@code page}; false if the editor is not
     * installed or could not be opened (then the failure is logged).
     */
    public static boolean open(IWorkbenchPage page, RegisterDocument document, ProcessProfile profile) {
        if (!available()) {
            return false;
        }
        try {
            page.openEditor(ProfileEditorInput.of(document, profile), ID);
            return true;
        } catch (PartInitException e) {
            ILog.of(ProfileEditors.class).log(e.getStatus());
            return false;
        }
    }

    /** As {@link #open(IWorkbenchPage, RegisterDocument, ProcessProfile)} for a Steckbrief of any open register. */
    public static boolean open(IWorkbenchPage page, ProcessProfile profile) {
        return RegisterDocuments.getDefault().documentOf(profile)
                .map(document -> open(page, document, profile))
                .orElse(false);
    }
}

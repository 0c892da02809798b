/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.merge.RegisterCompare;
import org.prozesswerk.merge.ui.internal.Changes;
import org.prozesswerk.merge.ui.internal.CompareEditor;
import org.prozesswerk.merge.ui.internal.CompareEditorInput;
import org.prozesswerk.model.ProcessRegister;

/** Two versions of a library item in the register compare editor (the merge engine's compare). */
final class VersionCompare {

    private VersionCompare() {
    }

    static CompareEditor open(IWorkbenchPage page, Library library, String itemId, RevCommit older, RevCommit newer)
            throws LibraryException, PartInitException {
        LibraryItem before = library.itemAt(itemId, older);
        LibraryItem after = library.itemAt(itemId, newer);
        if (before == null || after == null) {
            throw new LibraryException(LibraryException.Kind.OTHER, NLS.bind(Messages.historyMissing, itemId), null);
        }
        String left = older.getId().abbreviate(10).name();
        String right = newer.getId().abbreviate(10).name();
        ProcessRegister a = Steckbriefs.asRegister(before);
        ProcessRegister b = Steckbriefs.asRegister(after);
        CompareEditorInput input = new CompareEditorInput(NLS.bind(Messages.compareName, itemId, left + " \u2192 "
                + right), left, right, Changes.twoWay(RegisterCompare.compare(a, b), a, b));
        return (CompareEditor) page.openEditor(input, CompareEditor.ID);
    }
}

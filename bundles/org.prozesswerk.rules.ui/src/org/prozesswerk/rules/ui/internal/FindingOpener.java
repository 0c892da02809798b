/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.prozesswerk.ui.ReadOnlyEditorPart;

/**
 * What opening a register finding (double-click in the Problems view, {@link IDE#openEditor(org.eclipse.ui.IWorkbenchPage,
 * IMarker)}) opens: the markers name this editor ({@link IDE#EDITOR_ID_ATTR}), because a register file has no text
 * editor and the Steckbrief editor needs a Steckbrief, not a file. It only lives until the platform hands it the
 * marker; then it opens the Steckbrief editor on the element's Steckbrief (or selects the element in the navigator) and
 * closes itself.
 */
public final class FindingOpener extends ReadOnlyEditorPart implements IGotoMarker {

    public static final String ID = "org.prozesswerk.rules.ui.findingOpener";

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
    }

    @Override
    public void createPartControl(Composite parent) {
        new Composite(parent, SWT.NONE);
    }

    @Override
    public void gotoMarker(IMarker marker) {
        // Close first, so that the Steckbrief editor takes this editor's place and focus.
        getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        ShowElementResolutions.open(marker);
    }

    @Override
    public void setFocus() {
        // nothing to focus: the editor closes at once
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IGotoMarker.class ? adapter.cast(this) : super.getAdapter(adapter);
    }
}

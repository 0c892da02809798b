/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.prozesswerk.ui.ReadOnlyEditorPart;

/** Read-only two-way compare of registers: the grouped change tree with the columns of both registers. */
public final class CompareEditor extends ReadOnlyEditorPart {

    public static final String ID = "org.prozesswerk.merge.ui.compareEditor";

    private ChangeTree tree;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CompareEditorInput)) {
            throw new PartInitException("Not a register compare: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        CompareEditorInput input = (CompareEditorInput) getEditorInput();
        tree = new ChangeTree(parent, new String[] { input.leftTitle(), input.rightTitle() }, false);
        tree.setRows(input.rows());
        getSite().setSelectionProvider(tree.viewer());
    }

    public ChangeTree tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.viewer().getTree().setFocus();
    }
}

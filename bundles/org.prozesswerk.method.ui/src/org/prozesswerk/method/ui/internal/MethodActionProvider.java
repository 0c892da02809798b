/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.prozesswerk.method.ui.MethodProfileEditor;

/** Opens the method profile editor for the selected node „Methodenprofil“ (double-click, Enter, context menu). */
public final class MethodActionProvider extends CommonActionProvider {

    private IWorkbenchPage page;
    private Action open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            page = workbenchSite.getPage();
            open = new Action(Messages.Action_Open) {
                @Override
                public void run() {
                    if (selection().getFirstElement() instanceof MethodProfileNode node) {
                        MethodProfileEditor.open(page, node.document());
                    }
                }
            };
        }
    }

    private IStructuredSelection selection() {
        return (IStructuredSelection) getContext().getSelection();
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (open != null && selection().getFirstElement() instanceof MethodProfileNode) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (open != null && selection().getFirstElement() instanceof MethodProfileNode) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }
}

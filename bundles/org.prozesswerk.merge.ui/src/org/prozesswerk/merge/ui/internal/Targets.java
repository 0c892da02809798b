/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The register a command acts on: the one selected (or whose element is selected), else the only open one. */
final class Targets {

    private Targets() {
    }

    static RegisterDocument document(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s && s.getFirstElement() != null) {
            Object first = s.getFirstElement();
            if (first instanceof RegisterDocument d) {
                return d;
            }
            if (first instanceof EObject o) {
                RegisterDocument d = RegisterDocuments.getDefault().documentOf(o).orElse(null);
                if (d != null) {
                    return d;
                }
            }
        }
        List<RegisterDocument> open = RegisterDocuments.getDefault().documents();
        return open.size() == 1 ? open.get(0) : null;
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.internal;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.prozesswerk.ui.RegisterDocument;

/** Adds the node „Methodenprofil“ to every register in the navigator. */
public final class MethodContentProvider implements ICommonContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof RegisterDocument document ? new Object[] { new MethodProfileNode(document) } : NONE;
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof MethodProfileNode node ? node.document() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof RegisterDocument;
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        // stateless
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        // no configuration
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing persisted
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing persisted
    }

    @Override
    public void dispose() {
        // nothing held
    }
}

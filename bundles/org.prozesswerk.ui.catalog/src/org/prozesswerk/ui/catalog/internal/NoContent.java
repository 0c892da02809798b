package org.prozesswerk.ui.catalog.internal;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * The navigator content extension that carries the catalogue drop assistant adds no nodes: Common Navigator drop
 * assistants belong to a content extension, and this one only exists to be bound to the register navigator.
 */
public final class NoContent implements ITreeContentProvider {

    private static final Object[] NONE = {};

    @Override
    public Object[] getElements(Object input) {
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }

    /** Labels for the (never shown) nodes of this extension. */
    public static final class Labels extends LabelProvider {
    }
}

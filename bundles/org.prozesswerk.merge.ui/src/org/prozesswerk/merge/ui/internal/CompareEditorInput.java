/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The computed differences of a two-way compare; not restored after a restart (compute again instead). */
public final class CompareEditorInput implements IEditorInput {

    private final String name;
    private final String leftTitle;
    private final String rightTitle;
    private final List<Change> rows;

    public CompareEditorInput(String name, String leftTitle, String rightTitle, List<Change> rows) {
        this.name = name;
        this.leftTitle = leftTitle;
        this.rightTitle = rightTitle;
        this.rows = rows;
    }

    public List<Change> rows() {
        return rows;
    }

    String leftTitle() {
        return leftTitle;
    }

    String rightTitle() {
        return rightTitle;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui.internal;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** „Methodenprofil“ with the workbench's property icon. */
public final class MethodLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof MethodProfileNode ? Messages.Node_Label : null;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof MethodProfileNode
                ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT)
                : null;
    }
}

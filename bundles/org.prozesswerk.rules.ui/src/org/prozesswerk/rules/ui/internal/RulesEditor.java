/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The editor for {@code .pwrules} files: a plain text editor with syntax colouring, content assist (Ctrl+Space, and
 * after '.') and live validation. Problems of workspace files become markers (Problems view, ruler, squiggles);
 * files outside the workspace are validated on save by the register check instead.
 */
public final class RulesEditor extends TextEditor {

    public static final String ID = "org.prozesswerk.rules.ui.editor";

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new RulesSourceViewerConfiguration(this, getPreferenceStore()));
    }

    /** The workspace file being edited, or null for a file outside the workspace. */
    IFile file() {
        IEditorInput input = getEditorInput();
        return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** The URI the text is parsed under, so that relative imports resolve next to the file. */
    URI resourceUri() {
        IFile file = file();
        if (file != null && file.getLocation() != null) {
            return URI.createFileURI(file.getLocation().toOSString());
        }
        IEditorInput input = getEditorInput();
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return URI.createFileURI(IPath.fromOSString(uriInput.getURI().getPath()).toOSString());
        }
        return URI.createFileURI("/unsaved.pwrules");
    }
}

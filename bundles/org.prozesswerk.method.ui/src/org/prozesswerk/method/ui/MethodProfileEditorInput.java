/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.prozesswerk.method.ui.internal.Messages;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The method profile of the open register {@code file}. */
public final class MethodProfileEditorInput implements IEditorInput {

    private final Path file;

    public MethodProfileEditorInput(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /** The open register, if it is (still) open. */
    public Optional<RegisterDocument> document() {
        return RegisterDocuments.getDefault().find(file);
    }

    @Override
    public boolean exists() {
        return document().isPresent();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.Editor_Title, document().map(RegisterDocument::displayName)
                .orElse(String.valueOf(file.getFileName())));
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.Editor_Title, file);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MethodProfileEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.prozesswerk.rights.ui.internal.Messages;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The roles and rights of one open register, addressed by file so it never pins a closed document. */
public final class RightsEditorInput implements IEditorInput {

    private final Path file;

    public RightsEditorInput(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    public Path file() {
        return file;
    }

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
        return NLS.bind(Messages.Editor_Title,
                document().map(RegisterDocument::displayName).orElse(file.getFileName().toString()));
    }

    @Override
    public IPersistableElement getPersistable() {
        return null; // reopened from the navigator, not restored at start
    }

    @Override
    public String getToolTipText() {
        return getName() + " (" + file + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RightsEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}

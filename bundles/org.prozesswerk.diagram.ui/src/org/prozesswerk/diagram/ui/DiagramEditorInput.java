package org.prozesswerk.diagram.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.prozesswerk.diagram.DiagramTypes;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** One diagram type over one open register, addressed by file so it never pins a closed document. */
public final class DiagramEditorInput implements IEditorInput {

    private final Path file;
    private final String diagramType;

    public DiagramEditorInput(Path file, String diagramType) {
        this.file = Objects.requireNonNull(file);
        this.diagramType = Objects.requireNonNull(diagramType);
    }

    public Path file() {
        return file;
    }

    public String diagramType() {
        return diagramType;
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
        String type = DiagramTypes.get(diagramType).map(DiagramTypes.Descriptor::name).orElse(diagramType);
        return type + " \u2013 " + document().map(RegisterDocument::displayName).orElse(file.getFileName().toString());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null; // diagrams are reopened from the navigator, not restored at start
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
        return other instanceof DiagramEditorInput input && input.file.equals(file)
                && input.diagramType.equals(diagramType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, diagramType);
    }
}

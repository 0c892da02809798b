package org.prozesswerk.diagram.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.prozesswerk.diagram.DiagramTypes;
import org.prozesswerk.ui.RegisterEditorInput;

/** One diagram type over one open register, addressed by file so it never pins a closed document. */
public final class DiagramEditorInput extends RegisterEditorInput {

    private final String diagramType;

    public DiagramEditorInput(Path file, String diagramType) {
        super(file, Objects.requireNonNull(diagramType));
        this.diagramType = diagramType;
    }

    public String diagramType() {
        return diagramType;
    }

    @Override
    public String getName() {
        String type = DiagramTypes.get(diagramType).map(DiagramTypes.Descriptor::name).orElse(diagramType);
        return type + " \u2013 " + registerName();
    }
}

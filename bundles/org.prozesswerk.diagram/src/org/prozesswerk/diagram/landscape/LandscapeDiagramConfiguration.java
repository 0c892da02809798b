package org.prozesswerk.diagram.landscape;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;

/** Folders and Steckbriefe can be moved by hand; nothing is created or deleted from the landscape. */
public class LandscapeDiagramConfiguration extends RegisterDiagramConfiguration {

    public LandscapeDiagramConfiguration() {
        super(List.of(LandscapeTypes.FOLDER, LandscapeTypes.PROFILE),
                List.of(LandscapeTypes.FOLDER_NAME, LandscapeTypes.PROFILE_NAME, LandscapeTypes.PROFILE_DETAILS),
                List.of(LandscapeTypes.FLOW));
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(LandscapeTypes.FOLDER, true, false, false, false),
                new ShapeTypeHint(LandscapeTypes.PROFILE, true, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(LandscapeTypes.FLOW, false, false, false, List.of(LandscapeTypes.PROFILE),
                List.of(LandscapeTypes.PROFILE)));
    }
}

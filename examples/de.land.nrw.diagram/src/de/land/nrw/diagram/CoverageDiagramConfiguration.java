package de.land.nrw.diagram;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;
import org.prozesswerk.diagram.landscape.LandscapeTypes;

/** Steckbriefe as the client's {@code pw:profile} boxes; they can be moved, nothing is created or deleted. */
public class CoverageDiagramConfiguration extends RegisterDiagramConfiguration {

    public CoverageDiagramConfiguration() {
        super(List.of(LandscapeTypes.PROFILE), List.of(LandscapeTypes.PROFILE_NAME), List.of());
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(LandscapeTypes.PROFILE, true, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of();
    }
}

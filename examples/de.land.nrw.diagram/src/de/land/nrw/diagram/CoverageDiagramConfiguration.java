package de.land.nrw.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;
import org.prozesswerk.diagram.landscape.LandscapeTypes;

/** Steckbriefe as the client's {@code pw:profile} boxes; they can be moved, nothing is created or deleted. */
public class CoverageDiagramConfiguration extends RegisterDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        mappings.put(LandscapeTypes.PROFILE, GraphPackage.Literals.GNODE);
        mappings.put(LandscapeTypes.PROFILE_NAME, GraphPackage.Literals.GLABEL);
        return mappings;
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

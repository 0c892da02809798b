package org.prozesswerk.diagram.landscape;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;

/** Folders and Steckbriefe can be moved by hand; nothing is created or deleted from the landscape. */
public class LandscapeDiagramConfiguration extends RegisterDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = new java.util.HashMap<>(DefaultTypes.getDefaultTypeMappings());
        mappings.put(LandscapeTypes.FOLDER, GraphPackage.Literals.GNODE);
        mappings.put(LandscapeTypes.PROFILE, GraphPackage.Literals.GNODE);
        mappings.put(LandscapeTypes.FOLDER_NAME, GraphPackage.Literals.GLABEL);
        mappings.put(LandscapeTypes.PROFILE_NAME, GraphPackage.Literals.GLABEL);
        mappings.put(LandscapeTypes.PROFILE_DETAILS, GraphPackage.Literals.GLABEL);
        mappings.put(LandscapeTypes.FLOW, GraphPackage.Literals.GEDGE);
        return mappings;
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

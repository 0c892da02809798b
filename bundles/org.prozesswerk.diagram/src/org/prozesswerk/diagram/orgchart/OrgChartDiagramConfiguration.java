package org.prozesswerk.diagram.orgchart;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;

/** Units can be moved (re-parented by dropping onto another unit), deleted and renamed; edges are derived. */
public class OrgChartDiagramConfiguration extends RegisterDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = new java.util.HashMap<>(DefaultTypes.getDefaultTypeMappings());
        mappings.put(OrgChartTypes.UNIT, GraphPackage.Literals.GNODE);
        mappings.put(OrgChartTypes.UNIT_CODE, GraphPackage.Literals.GLABEL);
        mappings.put(OrgChartTypes.UNIT_NAME, GraphPackage.Literals.GLABEL);
        mappings.put(OrgChartTypes.UNIT_DETAILS, GraphPackage.Literals.GLABEL);
        mappings.put(OrgChartTypes.HIERARCHY, GraphPackage.Literals.GEDGE);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(OrgChartTypes.UNIT, true, true, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(OrgChartTypes.HIERARCHY, false, false, false, List.of(OrgChartTypes.UNIT),
                List.of(OrgChartTypes.UNIT)));
    }
}

package org.prozesswerk.diagram.orgchart;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.prozesswerk.diagram.RegisterDiagramConfiguration;

/** Units can be moved (re-parented by dropping onto another unit), deleted and renamed; edges are derived. */
public class OrgChartDiagramConfiguration extends RegisterDiagramConfiguration {

    public OrgChartDiagramConfiguration() {
        super(List.of(OrgChartTypes.UNIT),
                List.of(OrgChartTypes.UNIT_CODE, OrgChartTypes.UNIT_NAME, OrgChartTypes.UNIT_DETAILS),
                List.of(OrgChartTypes.HIERARCHY));
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

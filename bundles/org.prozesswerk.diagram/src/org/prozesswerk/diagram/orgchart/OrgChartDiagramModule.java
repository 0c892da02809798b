package org.prozesswerk.diagram.orgchart;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.prozesswerk.diagram.RegisterDiagramModule;

/** The Organigramm: org units, hierarchy, create/delete/rename/re-parent. */
public class OrgChartDiagramModule extends RegisterDiagramModule {

    @Override
    public String getDiagramType() {
        return OrgChartTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return OrgChartDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return OrgChartGModelFactory.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(OrgChartHandlers.CreateUnit.class);
        binding.add(OrgChartHandlers.DeleteUnits.class);
        binding.add(OrgChartHandlers.RenameUnit.class);
    }

    @Override
    protected Class<? extends OperationHandler<?>> bindChangeBoundsHandler() {
        return OrgChartHandlers.MoveUnits.class;
    }
}

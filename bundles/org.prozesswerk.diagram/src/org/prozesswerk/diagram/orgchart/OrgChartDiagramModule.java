package org.prozesswerk.diagram.orgchart;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.prozesswerk.diagram.RegisterDiagramModule;

/** The Organigramm: org units, hierarchy, create/delete/rename/re-parent. */
public class OrgChartDiagramModule extends RegisterDiagramModule {

    public OrgChartDiagramModule() {
        super(OrgChartTypes.DIAGRAM_TYPE, OrgChartDiagramConfiguration.class, OrgChartGModelFactory.class);
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

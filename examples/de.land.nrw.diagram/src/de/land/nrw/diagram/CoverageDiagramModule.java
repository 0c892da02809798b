package de.land.nrw.diagram;

import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.prozesswerk.diagram.RegisterDiagramModule;

/** The diagram type {@value CoverageGModelFactory#DIAGRAM_TYPE}: which Steckbriefe refer to the NRW catalogue. */
public class CoverageDiagramModule extends RegisterDiagramModule {

    @Override
    public String getDiagramType() {
        return CoverageGModelFactory.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return CoverageDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return CoverageGModelFactory.class;
    }
}

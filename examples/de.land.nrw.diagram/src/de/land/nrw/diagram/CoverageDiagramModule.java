package de.land.nrw.diagram;

import org.prozesswerk.diagram.RegisterDiagramModule;

/** The diagram type {@value CoverageGModelFactory#DIAGRAM_TYPE}: which Steckbriefe refer to the NRW catalogue. */
public class CoverageDiagramModule extends RegisterDiagramModule {

    public CoverageDiagramModule() {
        super(CoverageGModelFactory.DIAGRAM_TYPE, CoverageDiagramConfiguration.class, CoverageGModelFactory.class);
    }
}

package org.prozesswerk.diagram.landscape;

import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.prozesswerk.diagram.RegisterDiagramModule;

/** The Prozesslandkarte: folders, Steckbriefe, flows; colour and unit filter as view options. */
public class LandscapeDiagramModule extends RegisterDiagramModule {

    @Override
    public String getDiagramType() {
        return LandscapeTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return LandscapeDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return LandscapeGModelFactory.class;
    }
}

package org.prozesswerk.diagram.landscape;

import org.prozesswerk.diagram.RegisterDiagramModule;

/** The Prozesslandkarte: folders, Steckbriefe, flows; colour and unit filter as view options. */
public class LandscapeDiagramModule extends RegisterDiagramModule {

    public LandscapeDiagramModule() {
        super(LandscapeTypes.DIAGRAM_TYPE, LandscapeDiagramConfiguration.class, LandscapeGModelFactory.class);
    }
}

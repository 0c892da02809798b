package de.land.nrw.diagram;

import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.prozesswerk.diagram.DiagramLayout;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.RegisterGModelFactory;
import org.prozesswerk.diagram.landscape.LandscapeGModelFactory;
import org.prozesswerk.diagram.landscape.LandscapeTypes;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * One box per Steckbrief of the register, green when it refers to the NRW catalogue {@value #CATALOGUE}, red
 * otherwise; laid out like the Prozesslandkarte (ELK box).
 */
public class CoverageGModelFactory extends RegisterGModelFactory {

    public static final String DIAGRAM_TYPE = "nrw.coverage";
    public static final String CATALOGUE = "nrw.bauen";
    public static final String COVERED = "#81c784";
    public static final String NOT_COVERED = "#ef9a9a";

    @Override
    protected String diagramType() {
        return DIAGRAM_TYPE;
    }

    @Override
    protected GGraph build(DiagramSource source, Options options) {
        return build(source.register());
    }

    /** The GModel of the diagram, not yet laid out. */
    public static GGraph build(ProcessRegister register) {
        GGraphBuilder graph = new GGraphBuilder().id("nrw-coverage").type("graph");
        EcoreUtil.<Object>getAllContents(register, false).forEachRemaining(object -> {
            if (object instanceof ProcessProfile profile) {
                String name = profile.getName() == null ? "" : profile.getName();
                graph.add(new GNodeBuilder(LandscapeTypes.PROFILE).id(profile.getId())
                        .size(Math.min(320, Math.max(180, 20 + 6.8 * name.length())), 40)
                        .addArgument("name", name).addArgument("fill", covered(profile) ? COVERED : NOT_COVERED)
                        .add(new GLabelBuilder(LandscapeTypes.PROFILE_NAME).id(profile.getId() + "_name")
                                .addCssClass("pw-profile-name").text(name).position(8, 24).build())
                        .build());
            }
        });
        return graph.build();
    }

    /** True when the Steckbrief refers to {@value #CATALOGUE}. */
    public static boolean covered(ProcessProfile profile) {
        return profile.getCatalogueReferences().stream()
                .anyMatch(reference -> CATALOGUE.equalsIgnoreCase(reference.getCatalogueId()));
    }

    @Override
    protected void layout(GGraph graph, Map<String, GPoint> manual) {
        DiagramLayout.layout(graph, LandscapeGModelFactory.LAYOUT, manual);
    }
}

package org.prozesswerk.diagram.landscape;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.diagram.DiagramLayout;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.RegisterGModelFactory;
import org.prozesswerk.diagram.internal.Messages;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * The Prozesslandkarte: the folder tree (themes) as nested containers, each Steckbrief a node coloured by FIM status
 * or digitalisation degree, predecessor → successor edges; optionally only the Steckbriefe of one org unit (with its
 * subunits). ELK's box layout packs the Steckbriefe into their folders and the folders into the map.
 */
public class LandscapeGModelFactory extends RegisterGModelFactory {

    public static final DiagramLayout.Config LAYOUT = new DiagramLayout.Config(root -> {
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
    }, container -> {
        container.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
        container.setProperty(CoreOptions.PADDING, new ElkPadding(34, 12, 12, 12));
        container.setProperty(CoreOptions.SPACING_NODE_NODE, 12.0);
        container.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
    }, false);

    static final double PROFILE_HEIGHT = 52;

    @Override
    protected String diagramType() {
        return LandscapeTypes.DIAGRAM_TYPE;
    }

    @Override
    protected GGraph build(DiagramSource source, Options options) {
        return build(source.register(), options.get(LandscapeTypes.OPTION_COLOR_BY, LandscapeTypes.COLOR_BY_STATUS),
                options.get(LandscapeTypes.OPTION_UNIT, ""));
    }

    /** The GModel of the landscape, not yet laid out; {@code unitId} empty for all Steckbriefe. */
    public static GGraph build(ProcessRegister register, String colorBy, String unitId) {
        OrgUnit unit = null;
        if (unitId != null && !unitId.isEmpty() && register.eResource() != null) {
            EObject object = register.eResource().getEObject(unitId);
            unit = object instanceof OrgUnit found ? found : null;
        }
        OrgUnit filter = unit;
        boolean byDegree = LandscapeTypes.COLOR_BY_DEGREE.equals(colorBy);
        Set<String> shown = new HashSet<>();
        GGraphBuilder graph = new GGraphBuilder().id("landscape").type("graph");
        for (Folder folder : register.getRootFolders()) {
            GNode node = folder(folder, filter, byDegree, shown);
            if (node != null) {
                graph.add(node);
            }
        }
        List<ProcessProfile> unfiled = register.getUnfiledProfiles().stream().filter(p -> visible(p, filter))
                .toList();
        if (!unfiled.isEmpty()) {
            GNodeBuilder container = container(LandscapeTypes.UNFILED_ID, Messages.Folder_Unfiled);
            unfiled.forEach(p -> container.add(profile(p, byDegree, shown)));
            graph.add(container.build());
        }
        // Flows after all nodes, in model order, between Steckbriefe that are shown.
        addFlows(graph, register.getRootFolders(), register.getUnfiledProfiles(), shown);
        return graph.build();
    }

    private static void addFlows(GGraphBuilder graph, List<Folder> folders, List<ProcessProfile> profiles,
            Set<String> shown) {
        for (ProcessProfile profile : profiles) {
            if (!shown.contains(profile.getId())) {
                continue;
            }
            for (ProcessProfile successor : profile.getSuccessors()) {
                if (shown.contains(successor.getId())) {
                    graph.add(new GEdgeBuilder(LandscapeTypes.FLOW).id("f_" + profile.getId() + "_" + successor.getId())
                            .sourceId(profile.getId()).targetId(successor.getId()).build());
                }
            }
        }
        for (Folder folder : folders) {
            addFlows(graph, folder.getFolders(), folder.getProfiles(), shown);
        }
    }

    private static GNode folder(Folder folder, OrgUnit filter, boolean byDegree, Set<String> shown) {
        GNodeBuilder container = container(folder.getId(), folder.getName());
        boolean any = false;
        for (Folder child : folder.getFolders()) {
            GNode node = folder(child, filter, byDegree, shown);
            if (node != null) {
                container.add(node);
                any = true;
            }
        }
        for (ProcessProfile profile : folder.getProfiles()) {
            if (visible(profile, filter)) {
                container.add(profile(profile, byDegree, shown));
                any = true;
            }
        }
        return any ? container.build() : null;
    }

    private static GNodeBuilder container(String id, String name) {
        String text = name == null ? "" : name;
        return new GNodeBuilder(LandscapeTypes.FOLDER).id(id).size(Math.max(160, 24 + 7.6 * text.length()), 60)
                .addArgument("name", text)
                .add(new GLabelBuilder(LandscapeTypes.FOLDER_NAME).id(id + "_name").addCssClass("pw-folder-name").text(text).position(10, 21)
                        .build());
    }

    private static GNode profile(ProcessProfile profile, boolean byDegree, Set<String> shown) {
        shown.add(profile.getId());
        String name = profile.getName() == null ? "" : profile.getName();
        String key = profile.getKey() == null ? "" : profile.getKey();
        String status = profile.getStatus() == null ? "" : profile.getStatus().getLiteral();
        int degree = profile.getDigitalisationDegree();
        String details = NLS.bind(Messages.Profile_Details, new Object[] { key, status, degree });
        double width = Math.min(320, Math.max(180, 20 + 6.8 * Math.max(name.length(), details.length())));
        return new GNodeBuilder(LandscapeTypes.PROFILE).id(profile.getId()).size(width, PROFILE_HEIGHT)
                .addArgument("name", name).addArgument("key", key).addArgument("status", status)
                .addArgument("degree", degree)
                .addArgument("fill", byDegree ? degreeColor(degree) : statusColor(profile.getStatus()))
                .add(new GLabelBuilder(LandscapeTypes.PROFILE_NAME).id(profile.getId() + "_name").addCssClass("pw-profile-name").text(name)
                        .position(8, 20).build())
                .add(new GLabelBuilder(LandscapeTypes.PROFILE_DETAILS).id(profile.getId() + "_details").addCssClass("pw-profile-details")
                        .text(details).position(8, 40).build())
                .build();
    }

    private static boolean visible(ProcessProfile profile, OrgUnit filter) {
        if (filter == null) {
            return true;
        }
        for (EObject unit = profile.getResponsibleUnit(); unit instanceof OrgUnit; unit = unit.eContainer()) {
            if (unit == filter) {
                return true;
            }
        }
        return false;
    }

    /** Fill colour of a FIM status: from grey (planning) over yellow (drafts) and blue to gold; red for deletion. */
    public static String statusColor(FimStatus status) {
        if (status == null) {
            return "#ffffff";
        }
        return switch (status) {
            case IN_PLANNING -> "#eceff1";
            case IN_PROGRESS -> "#fff3c4";
            case DRAFT -> "#ffe082";
            case METHODICALLY_RELEASED -> "#b3e5fc";
            case TECHNICALLY_RELEASED_SILVER -> "#cfd8dc";
            case TECHNICALLY_RELEASED_GOLD -> "#ffd54f";
            case INACTIVE -> "#bdbdbd";
            case MARKED_FOR_DELETION -> "#ef9a9a";
        };
    }

    /** Fill colour of an OZG maturity level 0 (red) to 4 (green). */
    public static String degreeColor(int degree) {
        return switch (Math.max(0, Math.min(4, degree))) {
            case 0 -> "#ef9a9a";
            case 1 -> "#ffcc80";
            case 2 -> "#fff59d";
            case 3 -> "#c5e1a5";
            default -> "#81c784";
        };
    }

    @Override
    protected void layout(GGraph graph, Map<String, GPoint> manual) {
        DiagramLayout.layout(graph, LAYOUT, manual);
    }
}

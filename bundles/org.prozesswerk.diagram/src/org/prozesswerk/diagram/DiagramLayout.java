package org.prozesswerk.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.prozesswerk.diagram.notation.NotationFile;
import org.prozesswerk.diagram.notation.Shape;

/**
 * Lays out a GModel graph with ELK and then applies the positions the user placed by hand (notation shapes).
 * Nodes become ELK nodes (nested nodes stay nested), edges between top-level nodes become ELK edges; the result is
 * written back into the GModel. ELK's algorithms are deterministic for the same input order, and the factories
 * build the graph in model order, so the same register always gives the same picture.
 */
public final class DiagramLayout {

    /** How to configure the ELK graph: the root, every node that has children, and whether edges take part. */
    public record Config(Consumer<ElkNode> root, Consumer<ElkNode> container, boolean withEdges) {
    }

    private DiagramLayout() {
    }

    /** The manually placed positions of {@code diagramType}, by semantic id (read on the model thread). */
    public static Map<String, GPoint> manualPositions(NotationFile notation, String diagramType) {
        Map<String, GPoint> result = new HashMap<>();
        NotationStore.diagram(notation, diagramType).ifPresent(diagram -> diagram.getElements().forEach(e -> {
            if (e instanceof Shape shape) {
                result.put(shape.getSemanticId(), GraphUtil.point(shape.getX(), shape.getY()));
            }
        }));
        return result;
    }

    /** Lays out {@code graph}; nodes in {@code manual} keep the position given there. */
    public static void layout(GGraph graph, Config config, Map<String, GPoint> manual) {
        DiagramServer.initializeLayout();
        ElkNode root = ElkGraphUtil.createGraph();
        config.root().accept(root);
        Map<GNode, ElkNode> nodes = new HashMap<>();
        Map<String, ElkNode> byId = new HashMap<>();
        addNodes(graph.getChildren(), root, config, nodes, byId);
        List<GEdge> edges = new ArrayList<>();
        Map<GEdge, ElkEdge> elkEdges = new HashMap<>();
        if (config.withEdges()) {
            for (GModelElement child : graph.getChildren()) {
                if (child instanceof GEdge edge) {
                    ElkNode source = byId.get(edge.getSourceId());
                    ElkNode target = byId.get(edge.getTargetId());
                    if (source != null && target != null && source.getParent() == root && target.getParent() == root) {
                        elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(source, target));
                        edges.add(edge);
                    }
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        for (Map.Entry<GNode, ElkNode> entry : nodes.entrySet()) {
            GNode node = entry.getKey();
            ElkNode elk = entry.getValue();
            node.setPosition(GraphUtil.point(elk.getX(), elk.getY()));
            node.setSize(GraphUtil.dimension(elk.getWidth(), elk.getHeight()));
        }
        for (GNode node : nodes.keySet()) {
            GPoint position = manual.get(node.getId());
            if (position != null) {
                node.setPosition(GraphUtil.copy(position));
            }
        }
        for (GEdge edge : edges) {
            edge.getRoutingPoints().clear();
            if (manual.containsKey(edge.getSourceId()) || manual.containsKey(edge.getTargetId())) {
                continue; // a node was moved by hand: ELK's route no longer fits, the client draws straight
            }
            ElkEdge elk = elkEdges.get(edge);
            // Start and end too: the client then anchors the edge where ELK let it leave and enter the nodes.
            for (ElkEdgeSection section : elk.getSections()) {
                edge.getRoutingPoints().add(GraphUtil.point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    edge.getRoutingPoints().add(GraphUtil.point(bend.getX(), bend.getY()));
                }
                edge.getRoutingPoints().add(GraphUtil.point(section.getEndX(), section.getEndY()));
            }
        }
    }

    private static void addNodes(List<GModelElement> children, ElkNode parent, Config config,
            Map<GNode, ElkNode> nodes, Map<String, ElkNode> byId) {
        int priority = children.size();
        for (GModelElement child : children) {
            if (child instanceof GNode node) {
                ElkNode elk = ElkGraphUtil.createNode(parent);
                // Model order as priority: box packing keeps themes and Steckbriefe in register order.
                elk.setProperty(CoreOptions.PRIORITY, priority--);
                elk.setIdentifier(node.getId());
                if (node.getSize() != null) {
                    elk.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
                }
                nodes.put(node, elk);
                byId.put(node.getId(), elk);
                boolean hasNodes = node.getChildren().stream().anyMatch(GNode.class::isInstance);
                if (hasNodes) {
                    config.container().accept(elk);
                    addNodes(node.getChildren(), elk, config, nodes, byId);
                }
            }
        }
    }
}

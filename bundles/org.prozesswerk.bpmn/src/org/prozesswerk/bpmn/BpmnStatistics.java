package org.prozesswerk.bpmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.prozesswerk.bpmn.bpmndi.BPMNDiagram;
import org.prozesswerk.bpmn.bpmndi.BPMNEdge;
import org.prozesswerk.bpmn.bpmndi.BPMNShape;
import org.prozesswerk.bpmn.bpmndi.BpmnDiPackage;
import org.prozesswerk.bpmn.dc.DcPackage;
import org.prozesswerk.bpmn.di.DiPackage;
import org.prozesswerk.bpmn.model.Activity;
import org.prozesswerk.bpmn.model.Association;
import org.prozesswerk.bpmn.model.BaseElement;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.DataAssociation;
import org.prozesswerk.bpmn.model.DataObject;
import org.prozesswerk.bpmn.model.DataObjectReference;
import org.prozesswerk.bpmn.model.DataStore;
import org.prozesswerk.bpmn.model.DataStoreReference;
import org.prozesswerk.bpmn.model.Event;
import org.prozesswerk.bpmn.model.Gateway;
import org.prozesswerk.bpmn.model.Lane;
import org.prozesswerk.bpmn.model.MessageFlow;
import org.prozesswerk.bpmn.model.Participant;
import org.prozesswerk.bpmn.model.Process;
import org.prozesswerk.bpmn.model.SequenceFlow;
import org.prozesswerk.bpmn.model.SubProcess;
import org.prozesswerk.bpmn.model.Task;
import org.prozesswerk.bpmn.model.TextAnnotation;

/**
 * Counts of one BPMN model.
 *
 * @param source      the model's name (file)
 * @param categories  counts by category, always all of {@link #CATEGORIES} in that order (0 when absent)
 * @param elements    counts by BPMN element name as written in XML ({@code task}, {@code userTask},
 *                    {@code exclusiveGateway}, {@code BPMNShape}, ...), sorted by name; foreign elements are not counted
 * @param mediaBreaks the flows marked {@code prozesswerk:mediaBreak="true"}
 * @param laneOrgUnits lane id → OrgUnit id, for lanes with {@code prozesswerk:orgUnit}
 */
public record BpmnStatistics(String source, Map<String, Integer> categories, Map<String, Integer> elements,
        List<MediaBreak> mediaBreaks, Map<String, String> laneOrgUnits) {

    /**
     * The categories: processes, participants (pools), lanes, activities (all tasks, sub-processes and call
     * activities; tasks and subProcesses are also counted on their own), gateways, events, sequenceFlows,
     * messageFlows, dataObjects (dataObject elements), dataObjectReferences, dataStores (dataStore and
     * dataStoreReference), dataAssociations, associations, textAnnotations, diagrams, shapes, edges, mediaBreaks.
     */
    public static final List<String> CATEGORIES = List.of("processes", "participants", "lanes", "activities", "tasks",
            "subProcesses", "gateways", "events", "sequenceFlows", "messageFlows", "dataObjects",
            "dataObjectReferences", "dataStores", "dataAssociations", "associations", "textAnnotations", "diagrams",
            "shapes", "edges", "mediaBreaks");

    private static final Set<EPackage> OWN_PACKAGES = Set.of(BpmnPackage.eINSTANCE, BpmnDiPackage.eINSTANCE,
            DiPackage.eINSTANCE, DcPackage.eINSTANCE);

    /** A flow marked as media break. {@code kind} is the element name, sequenceFlow or messageFlow. */
    public record MediaBreak(String id, String kind, String name, String sourceRef, String targetRef) {
    }

    static BpmnStatistics of(BpmnModel model) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> categories.put(c, 0));
        Map<String, Integer> elements = new TreeMap<>();
        List<MediaBreak> mediaBreaks = new ArrayList<>();
        Map<String, String> laneOrgUnits = new LinkedHashMap<>();
        ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;

        // Walk the tree with the XML element name of each child at hand: asking a child for its containment feature
        // scans its container's feature map, which is quadratic for a process with thousands of flow elements.
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] { model.documentRoot(), null });
        while (!stack.isEmpty()) {
            Object[] next = stack.pop();
            EObject o = (EObject) next[0];
            String element = (String) next[1];
            children(o, metaData, stack);
            EPackage ePackage = o.eClass().getEPackage();
            if (!OWN_PACKAGES.contains(ePackage) || metaData.isDocumentRoot(o.eClass())) {
                continue; // foreign content (AnyType), the xmlns map entries and document roots
            }
            if (element != null) {
                elements.merge(element, 1, Integer::sum);
            }
            count(categories, "processes", o instanceof Process);
            count(categories, "participants", o instanceof Participant);
            count(categories, "lanes", o instanceof Lane);
            count(categories, "activities", o instanceof Activity);
            count(categories, "tasks", o instanceof Task);
            count(categories, "subProcesses", o instanceof SubProcess);
            count(categories, "gateways", o instanceof Gateway);
            count(categories, "events", o instanceof Event);
            count(categories, "sequenceFlows", o instanceof SequenceFlow);
            count(categories, "messageFlows", o instanceof MessageFlow);
            count(categories, "dataObjects", o instanceof DataObject);
            count(categories, "dataObjectReferences", o instanceof DataObjectReference);
            count(categories, "dataStores", o instanceof DataStore || o instanceof DataStoreReference);
            count(categories, "dataAssociations", o instanceof DataAssociation);
            count(categories, "associations", o instanceof Association);
            count(categories, "textAnnotations", o instanceof TextAnnotation);
            count(categories, "diagrams", o instanceof BPMNDiagram);
            count(categories, "shapes", o instanceof BPMNShape);
            count(categories, "edges", o instanceof BPMNEdge);
            if ((o instanceof SequenceFlow || o instanceof MessageFlow) && ProzesswerkBpmn.isMediaBreak((BaseElement) o)) {
                mediaBreaks.add(o instanceof SequenceFlow s
                        ? new MediaBreak(s.getId(), element, s.getName(), s.getSourceRef(), s.getTargetRef())
                        : mediaBreak((MessageFlow) o, element));
            }
            if (o instanceof Lane lane && lane.getId() != null) {
                ProzesswerkBpmn.orgUnit(lane).ifPresent(unit -> laneOrgUnits.put(lane.getId(), unit));
            }
        }
        categories.put("mediaBreaks", mediaBreaks.size());
        return new BpmnStatistics(model.name(), categories, elements, List.copyOf(mediaBreaks), laneOrgUnits);
    }

    /** Pushes the contained children of {@code o} in reverse, so that they pop in document order. */
    private static void children(EObject o, ExtendedMetaData metaData, Deque<Object[]> stack) {
        List<Object[]> found = new ArrayList<>();
        for (EStructuralFeature feature : o.eClass().getEAllStructuralFeatures()) {
            if (FeatureMapUtil.isFeatureMap(feature)) {
                for (FeatureMap.Entry entry : (FeatureMap) o.eGet(feature)) {
                    if (entry.getEStructuralFeature() instanceof EReference ref && ref.isContainment()
                            && entry.getValue() instanceof EObject child) {
                        found.add(new Object[] { child, metaData.getName(ref) });
                    }
                }
            } else if (feature instanceof EReference ref && ref.isContainment() && !ref.isDerived() && o.eIsSet(ref)) {
                String name = metaData.getName(ref);
                if (ref.isMany()) {
                    for (Object child : (List<?>) o.eGet(ref)) {
                        found.add(new Object[] { child, name });
                    }
                } else {
                    found.add(new Object[] { o.eGet(ref), name });
                }
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            stack.push(found.get(i));
        }
    }

    private static MediaBreak mediaBreak(MessageFlow flow, String element) {
        return new MediaBreak(flow.getId(), element, flow.getName(),
                flow.getSourceRef() == null ? null : flow.getSourceRef().getLocalPart(),
                flow.getTargetRef() == null ? null : flow.getTargetRef().getLocalPart());
    }

    private static void count(Map<String, Integer> categories, String category, boolean matches) {
        if (matches) {
            categories.merge(category, 1, Integer::sum);
        }
    }

    /** Total of the semantic flow-node categories, handy for a one-line summary. */
    public int flowNodes() {
        return categories.get("activities") + categories.get("gateways") + categories.get("events");
    }
}

package org.prozesswerk.bpmn.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.dc.Bounds;
import org.prozesswerk.bpmn.dc.Point;

/**
 * Compares two loaded BPMN models element by element, through EMF reflection, so that nothing the model holds escapes
 * the comparison:
 * <ul>
 * <li>every id with its element type (semantic and DI);</li>
 * <li>the element trees in document order: type, every set attribute value (QNames by namespace and local part, so
 * IDREF/QName references are compared as written), every containment, non-containment references by id;</li>
 * <li>feature maps (substitution groups, mixed text, xsd:any and anyAttribute wildcards) entry by entry, with foreign
 * features identified by namespace and name, since each resource demands its own;</li>
 * <li>what lax loading recorded outside wildcards (the resource's extension map);</li>
 * <li>the namespace prefix map of the root element.</li>
 * </ul>
 * DI bounds and waypoints are part of the tree; they are also counted so that tests can show they were compared.
 */
public final class SemanticComparator {

    /** The outcome: differences (empty when equal) and how much was compared. */
    public record Result(List<String> differences, int elements, int values, int foreignEntries, int ids, int bounds,
            int waypoints) {
        public boolean equal() {
            return differences.isEmpty();
        }
    }

    private static final int MAX_DIFFERENCES = 40;
    private static final ExtendedMetaData META = ExtendedMetaData.INSTANCE;

    private final BpmnModel expected;
    private final BpmnModel actual;
    private final List<String> differences = new ArrayList<>();
    private int elements;
    private int values;
    private int foreignEntries;
    private int bounds;
    private int waypoints;

    private SemanticComparator(BpmnModel expected, BpmnModel actual) {
        this.expected = expected;
        this.actual = actual;
    }

    public static Result compare(BpmnModel expected, BpmnModel actual) {
        SemanticComparator comparator = new SemanticComparator(expected, actual);
        int ids = comparator.compareIds();
        Map<String, String> prefixesA = prefixes(expected);
        Map<String, String> prefixesB = prefixes(actual);
        if (!prefixesA.equals(prefixesB)) {
            comparator.difference("/", "namespace prefixes " + prefixesA + " became " + prefixesB);
        }
        comparator.compareObjects(expected.documentRoot(), actual.documentRoot(), "");
        return new Result(List.copyOf(comparator.differences), comparator.elements, comparator.values,
                comparator.foreignEntries, ids, comparator.bounds, comparator.waypoints);
    }

    /** The root's prefix map, without xml: (always bound, and never written by EMF even if the file declared it). */
    private static Map<String, String> prefixes(BpmnModel model) {
        Map<String, String> prefixes = new HashMap<>(model.namespaces());
        prefixes.remove("xml", "http://www.w3.org/XML/1998/namespace");
        return prefixes;
    }

    private int compareIds() {
        Map<String, String> a = ids(expected);
        Map<String, String> b = ids(actual);
        for (Map.Entry<String, String> e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (other == null) {
                difference("#" + e.getKey(), e.getValue() + " is missing");
            } else if (!other.equals(e.getValue())) {
                difference("#" + e.getKey(), e.getValue() + " became " + other);
            }
        }
        for (String id : b.keySet()) {
            if (!a.containsKey(id)) {
                difference("#" + id, "new element " + b.get(id));
            }
        }
        return a.size();
    }

    private static Map<String, String> ids(BpmnModel model) {
        Map<String, String> ids = new HashMap<>();
        for (TreeIterator<EObject> it = model.resource().getAllContents(); it.hasNext();) {
            EObject o = it.next();
            String id = EcoreUtil.getID(o);
            if (id != null) {
                ids.merge(id, typeName(o.eClass()), (x, y) -> x + "+" + y);
            }
        }
        return ids;
    }

    private void compareObjects(EObject a, EObject b, String path) {
        if (a == null || b == null) {
            if (a != b) {
                difference(path, (a == null ? "unexpected " + typeName(b.eClass()) : typeName(a.eClass()) + " is missing"));
            }
            return;
        }
        elements++;
        if (!typeName(a.eClass()).equals(typeName(b.eClass()))) {
            difference(path, "type " + typeName(a.eClass()) + " became " + typeName(b.eClass()));
            return;
        }
        if (a instanceof Bounds) {
            bounds++;
        } else if (a instanceof Point) {
            waypoints++;
        }
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() && !FeatureMapUtil.isFeatureMap(feature)) {
                continue;
            }
            EStructuralFeature other = a.eClass() == b.eClass() ? feature : b.eClass().getEStructuralFeature(feature.getName());
            String where = path + "/" + feature.getName();
            if (other == null) {
                difference(where, "feature missing in " + typeName(b.eClass()));
                continue;
            }
            if (a.eIsSet(feature) != b.eIsSet(other)) {
                difference(where, a.eIsSet(feature) ? "was set to " + a.eGet(feature) + ", now unset" : "now set to " + b.eGet(other));
                continue;
            }
            if (!a.eIsSet(feature)) {
                continue;
            }
            if (FeatureMapUtil.isFeatureMap(feature)) {
                compareFeatureMaps((FeatureMap) a.eGet(feature), (FeatureMap) b.eGet(other), where);
            } else if (feature instanceof EReference ref && ref.isContainment()) {
                compareValues(a.eGet(feature), b.eGet(other), where, true);
            } else if (feature instanceof EReference) {
                compareValues(a.eGet(feature), b.eGet(other), where, false);
            } else if (feature instanceof EAttribute) {
                values++;
                if (!Objects.equals(a.eGet(feature), b.eGet(other))) {
                    difference(where, "'" + a.eGet(feature) + "' became '" + b.eGet(other) + "'");
                }
            }
        }
        // Foreign attributes/elements outside the schema's wildcards, recorded by lax loading.
        AnyType extA = expected.resource().getEObjectToExtensionMap().get(a);
        AnyType extB = actual.resource().getEObjectToExtensionMap().get(b);
        if (extA != null || extB != null) {
            compareObjects(extA, extB, path + "/{extension}");
        }
    }

    private void compareValues(Object a, Object b, String path, boolean containment) {
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                difference(path, la.size() + " values became " + lb.size());
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                compareValue(la.get(i), lb.get(i), path + "[" + i + "]", containment);
            }
        } else {
            compareValue(a, b, path, containment);
        }
    }

    private void compareValue(Object a, Object b, String path, boolean containment) {
        if (a instanceof EObject ea && b instanceof EObject eb) {
            if (containment) {
                String id = EcoreUtil.getID(ea);
                compareObjects(ea, eb, id == null ? path : path + "{" + id + "}");
            } else {
                values++;
                if (!Objects.equals(EcoreUtil.getID(ea), EcoreUtil.getID(eb))) {
                    difference(path, "reference to " + EcoreUtil.getID(ea) + " became " + EcoreUtil.getID(eb));
                }
            }
        } else {
            values++;
            if (!Objects.equals(a, b)) {
                difference(path, "'" + a + "' became '" + b + "'");
            }
        }
    }

    private void compareFeatureMaps(FeatureMap a, FeatureMap b, String path) {
        if (a.size() != b.size()) {
            difference(path, a.size() + " entries " + keys(a) + " became " + b.size() + " " + keys(b));
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            EStructuralFeature fa = a.getEStructuralFeature(i);
            EStructuralFeature fb = b.getEStructuralFeature(i);
            String ka = key(fa);
            String where = path + "[" + i + ":" + ka + "]";
            if (!ka.equals(key(fb))) {
                difference(where, "entry " + ka + " became " + key(fb));
                continue;
            }
            if (!isOwn(fa)) {
                foreignEntries++;
            }
            boolean containment = fa instanceof EReference ref && ref.isContainment();
            compareValue(a.getValue(i), b.getValue(i), where, containment);
        }
    }

    private static boolean isOwn(EStructuralFeature feature) {
        String ns = META.getNamespace(feature);
        return ns == null || ns.startsWith("http://www.omg.org/spec/") || ns.equals("http://www.eclipse.org/emf/2003/XMLType");
    }

    private static String keys(FeatureMap map) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < map.size(); i++) {
            keys.add(key(map.getEStructuralFeature(i)));
        }
        return keys.toString();
    }

    /** {namespace}name, the way XML names the feature; identical for features demanded by different resources. */
    private static String key(EStructuralFeature feature) {
        String ns = META.getNamespace(feature);
        String name = META.getName(feature);
        return (ns == null ? "" : "{" + ns + "}") + (name == null ? feature.getName() : name);
    }

    private static String typeName(EClass eClass) {
        String ns = eClass.getEPackage() == null ? null : eClass.getEPackage().getNsURI();
        return (ns == null ? "" : "{" + ns + "}") + eClass.getName();
    }

    private void difference(String path, String what) {
        if (differences.size() < MAX_DIFFERENCES) {
            differences.add(path + ": " + what);
        } else if (differences.size() == MAX_DIFFERENCES) {
            differences.add("... (more differences left out)");
        }
    }
}

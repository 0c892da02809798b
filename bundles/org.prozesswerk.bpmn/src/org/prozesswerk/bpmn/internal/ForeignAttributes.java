package org.prozesswerk.bpmn.internal;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.prozesswerk.bpmn.model.DocumentRoot;

/**
 * Reads and writes attributes of other namespaces on BPMN elements. They live in the element's
 * {@code anyAttribute} wildcard (BPMN's tBaseElement and DI's DiagramElement have one) or, on elements without a
 * wildcard, in the AnyType that lax loading records for unknown attributes.
 */
public final class ForeignAttributes {

    private ForeignAttributes() {
    }

    public static String get(EObject element, String namespace, String name) {
        ExtendedMetaData metaData = metaData(element);
        FeatureMap wildcard = wildcard(element, metaData);
        String value = find(wildcard, metaData, namespace, name);
        if (value == null && element.eResource() instanceof XMLResource xml) {
            AnyType extension = xml.getEObjectToExtensionMap().get(element);
            if (extension != null) {
                value = find(extension.getAnyAttribute(), metaData, namespace, name);
            }
        }
        return value;
    }

    /**
     * Sets (or with {@code null} removes) the attribute; declares {@code preferredPrefix} for the namespace on the
     * root element if the file has no prefix for it yet.
     */
    public static void set(EObject element, String namespace, String preferredPrefix, String name, String value) {
        ExtendedMetaData metaData = metaData(element);
        FeatureMap wildcard = wildcard(element, metaData);
        if (wildcard == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " takes no attributes of other namespaces");
        }
        for (int i = 0; i < wildcard.size(); i++) {
            EStructuralFeature feature = wildcard.getEStructuralFeature(i);
            if (namespace.equals(metaData.getNamespace(feature)) && name.equals(metaData.getName(feature))) {
                if (value == null) {
                    wildcard.remove(i);
                } else {
                    wildcard.setValue(i, value);
                }
                return;
            }
        }
        if (value != null) {
            declarePrefix(element, namespace, preferredPrefix);
            wildcard.add(metaData.demandFeature(namespace, name, false), value);
        }
    }

    private static void declarePrefix(EObject element, String namespace, String preferredPrefix) {
        Resource resource = element.eResource();
        if (resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof DocumentRoot root)) {
            return;
        }
        Map<String, String> prefixes = root.getXMLNSPrefixMap().map();
        if (prefixes.containsValue(namespace)) {
            return;
        }
        String prefix = preferredPrefix;
        for (int i = 1; prefixes.containsKey(prefix); i++) {
            prefix = preferredPrefix + i;
        }
        root.getXMLNSPrefixMap().put(prefix, namespace);
    }

    private static String find(FeatureMap map, ExtendedMetaData metaData, String namespace, String name) {
        if (map == null) {
            return null;
        }
        for (FeatureMap.Entry entry : map) {
            EStructuralFeature feature = entry.getEStructuralFeature();
            if (namespace.equals(metaData.getNamespace(feature)) && name.equals(metaData.getName(feature))) {
                return entry.getValue() == null ? null : entry.getValue().toString();
            }
        }
        return null;
    }

    private static FeatureMap wildcard(EObject element, ExtendedMetaData metaData) {
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (metaData.getFeatureKind(feature) == ExtendedMetaData.ATTRIBUTE_WILDCARD_FEATURE) {
                return (FeatureMap) element.eGet(feature);
            }
        }
        return null;
    }

    private static ExtendedMetaData metaData(EObject element) {
        return element.eResource() instanceof BpmnResourceImpl bpmn ? bpmn.extendedMetaData() : ExtendedMetaData.INSTANCE;
    }
}

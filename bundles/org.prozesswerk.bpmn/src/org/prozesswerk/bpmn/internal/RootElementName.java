package org.prozesswerk.bpmn.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;

/** Names the root element of a document that turned out not to be BPMN, as {namespace}name, for error messages. */
public final class RootElementName {

    private static final java.util.Set<String> STANDARD = java.util.Set.of("cDATA", "comment", "processingInstruction",
            "text");

    private RootElementName() {
    }

    public static String of(BpmnResourceImpl resource, EObject root) {
        if (root == null) {
            return Messages.Load_EmptyDocument;
        }
        ExtendedMetaData metaData = resource.extendedMetaData();
        if (metaData.isDocumentRoot(root.eClass())) {
            // The element is the one set feature of the document root besides mixed text and the xmlns maps.
            FeatureMap mixed = (FeatureMap) root.eGet(metaData.getMixedFeature(root.eClass()));
            for (FeatureMap.Entry entry : mixed) {
                EStructuralFeature feature = entry.getEStructuralFeature();
                if (metaData.getFeatureKind(feature) == ExtendedMetaData.ELEMENT_FEATURE) {
                    return qualified(metaData.getNamespace(feature), metaData.getName(feature));
                }
            }
            // An unknown root element is not kept, but lax loading demanded a feature for it in a document root of
            // its namespace: the first element feature after the standard text/comment/CDATA ones.
            for (EStructuralFeature feature : root.eClass().getInstanceClass() != null ? java.util.List.<EStructuralFeature>of()
                    : root.eClass().getEAllStructuralFeatures()) {
                if (metaData.getFeatureKind(feature) == ExtendedMetaData.ELEMENT_FEATURE
                        && !STANDARD.contains(feature.getName())) {
                    String namespace = metaData.getNamespace(feature);
                    return qualified(namespace == null ? metaData.getNamespace(root.eClass()) : namespace,
                            metaData.getName(feature));
                }
            }
        }
        return qualified(metaData.getNamespace(root.eClass()), metaData.getName(root.eClass()));
    }

    private static String qualified(String namespace, String name) {
        return namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name;
    }
}

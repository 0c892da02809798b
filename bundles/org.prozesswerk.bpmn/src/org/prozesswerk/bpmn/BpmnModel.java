package org.prozesswerk.bpmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.bpmn.bpmndi.BpmnDiPackage;
import org.prozesswerk.bpmn.dc.DcPackage;
import org.prozesswerk.bpmn.di.DiPackage;
import org.prozesswerk.bpmn.internal.BpmnResourceImpl;
import org.prozesswerk.bpmn.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.model.BpmnFactory;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.Definitions;
import org.prozesswerk.bpmn.model.DocumentRoot;

/**
 * One BPMN 2.0 file in memory: its {@link Definitions} (semantic model and BPMN DI) in the generated EMF classes of
 * {@code org.prozesswerk.bpmn.model}, {@code .bpmndi}, {@code .di} and {@code .dc}.
 *
 * <p>References between elements are kept as the schema writes them: {@code IDREF} strings (for example
 * {@code SequenceFlow.getSourceRef()}) and {@code QName}s (for example {@code BPMNShape.getBpmnElement()}); resolve
 * them with {@link #resolve(String)} and {@link #resolve(QName)}. That way a dangling or cross-file reference never
 * breaks loading and is saved exactly as it was read.
 */
public final class BpmnModel {

    private final String name;
    private final XMLResource resource;
    private final List<String> warnings;

    BpmnModel(String name, XMLResource resource) {
        this.name = name;
        this.resource = resource;
        // taken now: saving the resource clears its diagnostics
        this.warnings = resource.getWarnings().stream()
                .map(d -> d.getLine() > 0
                        ? NLS.bind(Messages.Load_Warning, new Object[] { name, d.getLine(), d.getColumn(), message(d) })
                        : NLS.bind(Messages.Load_Error, name, message(d)))
                .toList();
    }

    /** EMF appends "(uri, line, column)" to its messages; the warning says it in our words. */
    private static String message(Resource.Diagnostic diagnostic) {
        return diagnostic.getMessage().replaceAll("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
    }

    /**
     * A new, empty model: {@code <bpmn:definitions>} with the usual prefixes (bpmn, bpmndi, dc, di).
     *
     * @param id the id of the definitions element
     * @param targetNamespace its required targetNamespace
     */
    public static BpmnModel create(String id, String targetNamespace) {
        BpmnResourceImpl resource = new BpmnResourceImpl(URI.createURI("memory:/" + id + ".bpmn"));
        DocumentRoot root = BpmnFactory.eINSTANCE.createDocumentRoot();
        root.getXMLNSPrefixMap().put("bpmn", BpmnPackage.eNS_URI);
        root.getXMLNSPrefixMap().put("bpmndi", BpmnDiPackage.eNS_URI);
        root.getXMLNSPrefixMap().put("dc", DcPackage.eNS_URI);
        root.getXMLNSPrefixMap().put("di", DiPackage.eNS_URI);
        Definitions definitions = BpmnFactory.eINSTANCE.createDefinitions();
        definitions.setId(id);
        definitions.setTargetNamespace(targetNamespace);
        root.setDefinitions(definitions);
        resource.getContents().add(root);
        return new BpmnModel(id + ".bpmn", resource);
    }

    /** The name it was loaded under (file path or stream name). */
    public String name() {
        return name;
    }

    /** The EMF resource; save it through {@link BpmnIO} to keep the options right. */
    public XMLResource resource() {
        return resource;
    }

    public DocumentRoot documentRoot() {
        return (DocumentRoot) resource.getContents().get(0);
    }

    public Definitions definitions() {
        return documentRoot().getDefinitions();
    }

    /** Prefix → namespace as declared on the root element of the file; reused when saving. */
    public Map<String, String> namespaces() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(documentRoot().getXMLNSPrefixMap().map()));
    }

    /** The element with this id (any of the four namespaces, semantic or DI), if there is one. */
    public Optional<EObject> resolve(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(((Resource) resource).getEObject(id));
    }

    /**
     * The element a QName reference points to, if it is in this file: unqualified names, and names in the BPMN
     * namespace or in the file's targetNamespace, are looked up by id. Names in other namespaces (imports) are not
     * resolved.
     */
    public Optional<EObject> resolve(QName ref) {
        if (ref == null) {
            return Optional.empty();
        }
        String ns = ref.getNamespaceURI();
        if (ns.isEmpty() || ns.equals(BpmnPackage.eNS_URI) || ns.equals(definitions().getTargetNamespace())) {
            return resolve(ref.getLocalPart());
        }
        return Optional.empty();
    }

    /** All elements of a type, in document order (semantic and DI; not the foreign extension elements). */
    public <T> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                result.add(type.cast(next));
            }
        }
        return result;
    }

    /** Element counts by category and by element, media breaks, lane → org unit links. */
    public BpmnStatistics statistics() {
        return BpmnStatistics.of(this);
    }

    /** Problems the reader tolerated (none for a schema-valid file), as messages naming file, line and column. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "BpmnModel[" + name + "]";
    }
}

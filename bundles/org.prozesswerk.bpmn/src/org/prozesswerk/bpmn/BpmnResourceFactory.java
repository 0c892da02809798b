package org.prozesswerk.bpmn;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.bpmn.internal.BpmnResourceImpl;

/**
 * Creates resources for BPMN 2.0 XML files ({@code *.bpmn}, {@code *.bpmn2}). Registered for both extensions through
 * {@code org.eclipse.emf.ecore.extension_parser}; outside OSGi register it yourself or use {@link BpmnIO}.
 *
 * <p>The resources read the schema's XML (ExtendedMetaData), keep foreign attributes and elements, refuse DTDs and
 * external entities, and save UTF-8 with the namespace prefixes of the file they were loaded from.
 */
public final class BpmnResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new BpmnResourceImpl(uri);
    }

    /** A new resource, typed: the default load and save options are already set. */
    public XMLResource create(URI uri) {
        return new BpmnResourceImpl(uri);
    }
}

package org.prozesswerk.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.prozesswerk.core.internal.persistence.RegisterBinaryResource;
import org.prozesswerk.core.internal.persistence.RegisterXmiResource;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * Creates register resources with the register's load and save options built in, so that a plain
 * {@code resource.save(null)} (e.g. from an editor) is just as deterministic as {@link RegisterStore#save}.
 */
public class RegisterResourceFactory extends ResourceFactoryImpl {

    static {
        // Registers the package in the global registry also outside OSGi (tests, benchmarks).
        ProzesswerkPackage.eINSTANCE.eClass();
    }

    @Override
    public Resource createResource(URI uri) {
        String extension = uri == null ? null : uri.fileExtension();
        return create(uri, RegisterFormat.forExtension(extension).orElse(RegisterFormat.XMI));
    }

    /** A new, empty resource of the given format. */
    public static Resource create(URI uri, RegisterFormat format) {
        return switch (format) {
            case XMI -> new RegisterXmiResource(uri);
            case BINARY -> new RegisterBinaryResource(uri);
        };
    }

    /** Makes {@code resourceSet} create register resources for {@code .pwreg} and {@code .pwregb}. */
    public static void register(ResourceSet resourceSet) {
        RegisterResourceFactory factory = new RegisterResourceFactory();
        for (RegisterFormat format : RegisterFormat.values()) {
            resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(format.extension(), factory);
        }
    }
}

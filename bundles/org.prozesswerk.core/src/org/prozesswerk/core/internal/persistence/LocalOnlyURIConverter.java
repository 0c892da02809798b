package org.prozesswerk.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * A URI converter that opens local URIs only. A register names its packages by namespace URI; EMF demand-loads an
 * unknown one through the resource set's converter, which would fetch {@code http://…} from the network while
 * reading a file from outside. Files, platform and archive URIs (the workbench's own) still work.
 */
public final class LocalOnlyURIConverter extends ExtensibleURIConverterImpl {

    private LocalOnlyURIConverter(URIConverter delegate) {
        super(delegate.getURIHandlers(), delegate.getContentHandlers());
        getURIMap().putAll(delegate.getURIMap());
    }

    /** Gives {@code resourceSet} a local-only converter (once), keeping its handlers and URI map. */
    public static void install(ResourceSet resourceSet) {
        if (!(resourceSet.getURIConverter() instanceof LocalOnlyURIConverter)) {
            resourceSet.setURIConverter(new LocalOnlyURIConverter(resourceSet.getURIConverter()));
        }
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        return super.createInputStream(checked(uri), options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        return super.createOutputStream(checked(uri), options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return isLocal(normalize(uri)) && super.exists(uri, options);
    }

    private URI checked(URI uri) throws IOException {
        URI normalized = normalize(uri);
        if (!isLocal(normalized)) {
            throw new IOException("not a local resource, not fetched: " + uri);
        }
        return uri;
    }

    private static boolean isLocal(URI uri) {
        return uri.isFile() || uri.isPlatform() || uri.isArchive() && isLocal(URI.createURI(archiveInner(uri)));
    }

    private static String archiveInner(URI archive) {
        String authority = archive.authority();
        return authority == null ? "" : authority.endsWith("!") ? authority.substring(0, authority.length() - 1)
                : authority;
    }
}

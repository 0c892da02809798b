package org.prozesswerk.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The one guard that keeps a resource set from fetching anything over the network while it reads data from outside:
 * a register names its packages by namespace URI and EMF demand-loads an unknown one; a rule file imports other
 * files. Put first in the resource set's URI converter ({@link #install}), the handler claims http, https, ftp and
 * ftps URIs and archives on them ({@code jar:http://…!/…}, or an archive that names no file), reports them as not
 * existing and refuses to read, write or delete them. Local files, platform and bundle URIs and archives on local
 * files (rules shipped in a jar) go on to EMF's own handlers.
 */
public final class LocalOnlyURIHandler extends URIHandlerImpl {

    private static final Set<String> REMOTE = Set.of("http", "https", "ftp", "ftps");

    private final Function<URI, String> refusal;

    private LocalOnlyURIHandler(Function<URI, String> refusal) {
        this.refusal = refusal;
    }

    /**
     * Puts a local-only handler first in {@code resourceSet}'s URI converter, once; {@code refusal} gives the
     * message of the I/O error for a refused URI (it names the URI).
     */
    public static void install(ResourceSet resourceSet, Function<URI, String> refusal) {
        List<URIHandler> handlers = resourceSet.getURIConverter().getURIHandlers();
        if (handlers.isEmpty() || !(handlers.get(0) instanceof LocalOnlyURIHandler)) {
            handlers.add(0, new LocalOnlyURIHandler(refusal));
        }
    }

    /** Whether reading {@code uri} would go to the network (or to an archive that names no file). */
    public static boolean isRemote(URI uri) {
        String text = uri.toString();
        String asUrl = asUrlReadsIt(text);
        if (!asUrl.equals(text)) {
            // EMF sees no scheme in " http://host/…" or a scheme "url" in "url:http://host/…", but its fallback
            // handler opens the text with java.net.URL, which reads both as http (found by the XMI fuzz test)
            try {
                uri = URI.createURI(asUrl);
            } catch (IllegalArgumentException e) {
                return true;
            }
        }
        if (uri.scheme() == null) {
            return false;
        }
        if (uri.isArchive()) {
            String authority = uri.authority() == null ? "" : uri.authority();
            String inner = authority.endsWith("!") ? authority.substring(0, authority.length() - 1) : authority;
            return inner.isEmpty() || isRemote(URI.createURI(inner));
        }
        return REMOTE.contains(uri.scheme().toLowerCase(Locale.ROOT));
    }

    /**
     * The text as {@code java.net.URL} reads it: without the characters up to U+0020 at both ends, and without one
     * leading {@code url:} (any case).
     */
    private static String asUrlReadsIt(String text) {
        int start = 0;
        int end = text.length();
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        if (text.regionMatches(true, start, "url:", 0, 4)) {
            start += 4;
        }
        return text.substring(start, end);
    }

    @Override
    public boolean canHandle(URI uri) {
        return isRemote(uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(refusal.apply(uri));
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(refusal.apply(uri));
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(refusal.apply(uri));
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new IOException(refusal.apply(uri));
    }
}

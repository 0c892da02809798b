package org.prozesswerk.core.internal.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.core.persistence.RecoveringParserPool;

/** The EMF load and save options of register files, in one place so every code path uses the same ones. */
public final class RegisterOptions {

    /**
     * Shared across loads: creating a SAX parser is expensive; the pool is thread-safe. Parsers only: EMF's handler
     * cache keys handlers by the load-options map, and every load has a map of its own (its name-to-feature map, filled
     * during the load, and the file size), so a cached handler was hardly ever reused, and each load left an entry of about
     * 23 KB behind (up to 200 entries, ~4.6 MB, before the cache clears itself). A pooled parser still references the
     * handler of its last parse, so the handler is reset when released: otherwise it would keep the objects of that
     * load (a closed register) reachable until the parser's next use. A failed load gets its parser back too
     * ({@link RecoveringParserPool}).
     */
    private static final RecoveringParserPool PARSER_POOL = new RecoveringParserPool() {
        @Override
        public void releaseDefaultHandler(XMLDefaultHandler handler, Map<?, ?> options) {
            handler.reset();
        }
    };

    /**
     * Hardening against XXE and entity bombs: a register never needs a DTD, so a DOCTYPE is a fatal parse error
     * (with line and column); the other switches are belt and braces should a parser ignore the first one.
     */
    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    private static final int BUFFER = 1 << 16;

    private RegisterOptions() {
    }

    /** The pool of SAX parsers of every XMI register load. */
    public static RecoveringParserPool parserPool() {
        return PARSER_POOL;
    }

    /** The SAX features every register parse uses. */
    public static Map<String, Boolean> parserFeatures() {
        return PARSER_FEATURES;
    }

    /** Load options for XMI, tuned for large files (see the benchmark target "XMI ≤ 2× raw SAX"). */
    public static Map<Object, Object> xmiLoad() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        // One map per load: it fills after the first few elements and needs no locking between threads.
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        // No OPTION_DISABLE_NOTIFY: with deferred attachment the new objects have no adapters while they are filled,
        // so no notification is created anyway, and the option costs a flag per object plus a walk over the whole
        // tree at the end to switch delivery back on.
        // Attach the finished tree once instead of each object as it is created: the per-object attach walks a
        // content iterator and was the largest EMF share of XMI load time in profiles.
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        // Unknown elements must become errors (FeatureNotFoundException), never silently recorded extension data.
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /** Save options for XMI: deterministic, UTF-8, "\n" line ends, wrapped attributes for small Git diffs. */
    public static Map<Object, Object> xmiSave() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    /** Load options for the binary format. */
    public static Map<Object, Object> binaryLoad() {
        Map<Object, Object> options = new HashMap<>();
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, Integer.valueOf(BUFFER));
        // Without an internal buffer EMF reads the binary stream byte by byte through the (locking) InputStream.read().
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(BUFFER));
        options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
        return options;
    }

    /** Save options for the binary format: compact, time-zone independent dates, no data-converter strings. */
    public static Map<Object, Object> binarySave() {
        Map<Object, Object> options = new HashMap<>();
        options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_DATE, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.FALSE);
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, Integer.valueOf(BUFFER));
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(BUFFER));
        return options;
    }
}

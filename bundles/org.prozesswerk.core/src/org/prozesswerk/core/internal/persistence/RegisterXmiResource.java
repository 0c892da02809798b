package org.prozesswerk.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.prozesswerk.model.util.ProzesswerkResourceImpl;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of {@code .pwreg} files. Objects are identified by their id attributes (no xmi:id, no UUIDs),
 * which EMF then also uses for references, so ids stay stable across saves. Lookups by id go through the intrinsic
 * id map instead of a tree walk.
 *
 * <p>Loading is EMF's XMI loader with two shortcuts for large registers (see docs/performance.md): dates in the
 * fixed format this resource writes are parsed without {@link SimpleDateFormat}, and the intrinsic id map is filled
 * as each object's attributes are read, so attaching the loaded tree needs no second walk over all objects.
 */
public class RegisterXmiResource extends ProzesswerkResourceImpl {

    /**
     * Load option: the size of the input in bytes (a {@link Long}), used to size the id map up front instead of
     * rehashing it while hundreds of thousands of ids arrive.
     */
    public static final String OPTION_EXPECTED_BYTES = "org.prozesswerk.expectedBytes";

    /** Bytes of XMI per object with an id, measured on synthetic registers (~600); smaller errs on the large side. */
    private static final int BYTES_PER_ID = 400;

    /** True while the loader attaches a tree whose ids it has already put into the intrinsic id map. */
    private boolean attachingLoadedTree;

    public RegisterXmiResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(RegisterOptions.xmiLoad());
        getDefaultSaveOptions().putAll(RegisterOptions.xmiSave());
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new UtcDateHelper(this);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new RegisterXmiLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        if (options != null && Boolean.TRUE.equals(options.get(OPTION_SUPPRESS_XMI))) {
            return super.createXMLLoad(options);
        }
        return createXMLLoad();
    }

    /**
     * EMF walks every object of a newly attached tree to record ids (and modification adapters). The loader has
     * recorded the ids already, so that walk is skipped for the tree it attaches, unless modification tracking
     * needs its adapters on every object.
     */
    @Override
    public void attached(EObject eObject) {
        if (attachingLoadedTree && !isTrackingModification()) {
            return;
        }
        super.attached(eObject);
    }

    private static final class RegisterXmiLoad extends XMILoadImpl {

        RegisterXmiLoad(XMLHelper helper) {
            super(helper);
        }

        @Override
        public void load(XMLResource resource, InputStream in, Map<?, ?> options) throws IOException {
            RegisterOptions.parserPool().loading(() -> super.load(resource, in, options));
        }

        @Override
        public void load(XMLResource resource, InputSource in, Map<?, ?> options) throws IOException {
            RegisterOptions.parserPool().loading(() -> super.load(resource, in, options));
        }

        @Override
        protected DefaultHandler makeDefaultHandler() {
            return new RegisterXmiHandler(resource, helper, options);
        }
    }

    /**
     * EMF's XMI handler, recording each object's id in the intrinsic id map as soon as its attributes are set. A
     * parser pool may reuse handlers for later loads ({@link #prepare}), and a pooled parser keeps its last handler
     * ({@link #reset} when released, see RegisterOptions), so the handler keeps nothing of a finished load: the
     * resource is always EMF's current {@code xmlResource}.
     */
    private static final class RegisterXmiHandler extends SAXXMIHandler {

        private Object expectedBytes;
        private Map<String, EObject> ids;

        RegisterXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
            expectedBytes = expectedBytes(options);
        }

        private static Object expectedBytes(Map<?, ?> options) {
            return options == null ? null : options.get(OPTION_EXPECTED_BYTES);
        }

        @Override
        public void prepare(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super.prepare(resource, helper, options);
            expectedBytes = expectedBytes(options);
        }

        @Override
        public void reset() {
            super.reset();
            ids = null;
            expectedBytes = null;
        }

        @Override
        public void startDocument() {
            super.startDocument();
            ids = null;
            if (xmlResource instanceof RegisterXmiResource resource) {
                ids = resource.getIntrinsicIDToEObjectMap();
                if (ids != null && ids.isEmpty() && expectedBytes instanceof Long size && size > 0) {
                    // HashMap(capacity) holds capacity * 0.75 entries before its first resize.
                    ids = new HashMap<>((int) Math.min(Integer.MAX_VALUE / 2, size / BYTES_PER_ID * 4 / 3 + 16));
                    resource.setIntrinsicIDToEObjectMap(ids);
                }
            }
        }

        @Override
        protected void handleObjectAttribs(EObject obj) {
            super.handleObjectAttribs(obj);
            if (ids != null) {
                EAttribute idAttribute = obj.eClass().getEIDAttribute();
                if (idAttribute != null && obj.eGet(idAttribute) instanceof String id) {
                    ids.put(id, obj);
                }
            }
        }

        @Override
        public void endDocument() {
            if (!(xmlResource instanceof RegisterXmiResource resource)) {
                super.endDocument();
                return;
            }
            // Only a map filled from the start may stand in for the attach walk; the walk stays for anything else.
            resource.attachingLoadedTree = ids != null && ids == resource.getIntrinsicIDToEObjectMap();
            try {
                super.endDocument();
            } finally {
                resource.attachingLoadedTree = false;
                ids = null;
            }
        }
    }

    /**
     * EMF writes dates in the JVM's time zone, so the same register would produce different bytes on machines in
     * different zones (and summer time). Writing UTC keeps files identical; EMF parses the offset back.
     */
    private static final class UtcDateHelper extends XMIHelperImpl {

        private final SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

        UtcDateHelper(RegisterXmiResource resource) {
            super(resource);
            utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        }

        @Override
        public String convertToString(EFactory factory, EDataType dataType, Object value) {
            if (value instanceof Date date && isEcoreDate(dataType)) {
                return utc.format(date);
            }
            return super.convertToString(factory, dataType, value);
        }

        /**
         * EMF parses every date with lenient, synchronized {@link SimpleDateFormat}s, trying pattern after pattern;
         * that was 12 % of loading a large register. The format written above is parsed directly; anything else
         * (older files, hand edits) still goes to EMF, which also reports what it cannot parse.
         */
        @Override
        protected Object createFromString(EFactory factory, EDataType dataType, String value) {
            if (isEcoreDate(dataType)) {
                long millis = UtcDates.parse(value);
                if (millis != UtcDates.INVALID) {
                    return new Date(millis);
                }
            }
            return super.createFromString(factory, dataType, value);
        }

        private static boolean isEcoreDate(EDataType dataType) {
            return dataType.getInstanceClass() == Date.class && dataType.getEPackage() == EcorePackage.eINSTANCE;
        }
    }
}

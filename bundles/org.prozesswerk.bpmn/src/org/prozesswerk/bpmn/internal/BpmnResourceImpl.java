package org.prozesswerk.bpmn.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.core.persistence.RecoveringParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;
import javax.xml.namespace.QName;
import org.eclipse.emf.ecore.xmi.impl.XMLHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.prozesswerk.bpmn.bpmndi.BpmnDiPackage;
import org.prozesswerk.bpmn.dc.DcPackage;
import org.prozesswerk.bpmn.di.DiPackage;
import org.prozesswerk.bpmn.model.BpmnPackage;

/**
 * The XML resource for BPMN 2.0 files: schema-driven (ExtendedMetaData) reading and writing, with everything the
 * schema does not know kept instead of dropped, and a parser that refuses DTDs and external entities.
 */
public final class BpmnResourceImpl extends XMLResourceImpl {

    /** Shared: a pool of configured SAX parsers is thread-safe and saves creating a parser per file. */
    private static final RecoveringParserPool PARSER_POOL = new RecoveringParserPool(true);

    /** Our four packages, for a resource that is used outside a resource set with them registered. */
    private static final EPackage.Registry PACKAGES = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);

    static {
        PACKAGES.put(BpmnPackage.eNS_URI, BpmnPackage.eINSTANCE);
        PACKAGES.put(BpmnDiPackage.eNS_URI, BpmnDiPackage.eINSTANCE);
        PACKAGES.put(DiPackage.eNS_URI, DiPackage.eINSTANCE);
        PACKAGES.put(DcPackage.eNS_URI, DcPackage.eINSTANCE);
    }

    public BpmnResourceImpl(URI uri) {
        super(uri);
        // Per resource: lax loading demands packages for foreign namespaces (camunda:, signavio:, ...) and must not
        // leak them into other resources or threads.
        ExtendedMetaData metaData = new BasicExtendedMetaData(new EPackageRegistryImpl(PACKAGES));
        // Cache id -> element so that lookups by id do not walk the whole model each time.
        setIntrinsicIDToEObjectMap(new HashMap<>());

        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(OPTION_EXTENDED_META_DATA, metaData);
        // Keep what the schema does not describe: foreign elements/attributes outside wildcards become AnyType
        // extensions of their owner and are written back on save.
        load.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        // Wildcard content is read laxly even where the schema says strict (DI's extension element).
        // Deliberately NOT OPTION_LAX_FEATURE_PROCESSING: it matches features by name ignoring the namespace, so
        // adonis:processType would be read as BPMN's processType (and rejected, or worse, accepted).
        load.put(OPTION_LAX_WILDCARD_PROCESSING, Boolean.TRUE);
        // CDATA sections and comments inside mixed content (scripts, documentation, vendor XML) survive.
        load.put(OPTION_USE_LEXICAL_HANDLER, Boolean.TRUE);
        load.put(OPTION_USE_PARSER_POOL, PARSER_POOL);
        load.put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        load.put(OPTION_PARSER_FEATURES, secureParserFeatures());
        load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Caches the (class, XML name) -> feature lookups of this resource; without it every element costs a walk
        // over all features of its class.
        load.put(OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());

        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(OPTION_EXTENDED_META_DATA, metaData);
        save.put(OPTION_ENCODING, "UTF-8");
        save.put(OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        save.put(OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
        save.put(OPTION_SKIP_ESCAPE_URI, Boolean.TRUE);
    }

    /** The pool of SAX parsers of every BPMN load. */
    public static RecoveringParserPool parserPool() {
        return PARSER_POOL;
    }

    /** DTDs are refused and nothing external is ever fetched (XXE, billion laughs). */
    static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        return features;
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMLHelperImpl(this) {
            @Override
            public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
                // A child the parser has just created cannot be in its group yet, but FeatureMap.add scans the whole
                // substitution group (flowElement, rootElement, DiagramElement, ...) for it: quadratic in the size of
                // a process or plane. Same path as super.setValue, without the scan.
                if (position == -1 && value instanceof EObject child && child.eContainer() == null
                        && feature instanceof EReference reference && reference.isContainment()) {
                    EStructuralFeature target = extendedMetaData.getAffiliation(object.eClass(), feature);
                    if (target != null && target != feature) {
                        EStructuralFeature group = extendedMetaData.getGroup(target);
                        if (group != null) {
                            target = group;
                        }
                        if (FeatureMapUtil.isFeatureMap(target) && FeatureMapUtil.isMany(object, feature)) {
                            ((FeatureMap.Internal) object.eGet(target)).addUnique(feature, child);
                            return;
                        }
                    }
                }
                super.setValue(object, feature, value, position);
            }

            @Override
            protected String updateQNamePrefix(EFactory factory, EDataType dataType, Object value, boolean list) {
                // A reference the file wrote without a prefix (bpmnElement="Task_1" under a default namespace) is
                // written back without one; EMF would invent a prefix ("_1:Task_1") that many tools do not resolve.
                if (value instanceof QName qName && qName.getPrefix().isEmpty() && !qName.getNamespaceURI().isEmpty()
                        && qName.getNamespaceURI().equals(getPrefixToNamespaceMap().get(""))) {
                    return list ? null : qName.getLocalPart();
                }
                return super.updateQNamePrefix(factory, dataType, value, list);
            }

            @Override
            public String convertToString(EFactory factory, EDataType dataType, Object value) {
                // DI coordinates are xsd:double; write 380 rather than 380.0, as bpmn-js and most tools do.
                if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString(d.longValue());
                }
                return super.convertToString(factory, dataType, value);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMLLoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new ToleratingHandler(resource, helper, options);
            }

            // A refused file gives its parser back (EMF returns it only after a successful parse).
            @Override
            public void load(XMLResource resource, InputStream in, Map<?, ?> options) throws IOException {
                PARSER_POOL.loading(() -> super.load(resource, in, options));
            }

            @Override
            public void load(XMLResource resource, InputSource in, Map<?, ?> options) throws IOException {
                PARSER_POOL.loading(() -> super.load(resource, in, options));
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    @Override
    protected boolean useIDs() {
        return true;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    /** The ExtendedMetaData this resource reads and writes with (it also holds the demanded foreign packages). */
    public ExtendedMetaData extendedMetaData() {
        return (ExtendedMetaData) getDefaultLoadOptions().get(OPTION_EXTENDED_META_DATA);
    }

}

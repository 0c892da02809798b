package org.prozesswerk.core.internal.persistence;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.TimeZone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.prozesswerk.model.util.ProzesswerkResourceImpl;

/**
 * The XMI resource of {@code .pwreg} files. Objects are identified by their id attributes (no xmi:id, no UUIDs),
 * which EMF then also uses for references, so ids stay stable across saves. Lookups by id go through the intrinsic
 * id map instead of a tree walk.
 */
public class RegisterXmiResource extends ProzesswerkResourceImpl {

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
            if (value instanceof Date date && dataType.getInstanceClass() == Date.class
                    && dataType.getEPackage() == EcorePackage.eINSTANCE) {
                return utc.format(date);
            }
            return super.convertToString(factory, dataType, value);
        }
    }
}

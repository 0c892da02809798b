package org.prozesswerk.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;

/** The binary resource of {@code .pwregb} files: EMF's compact format, much faster to load than XML. */
public class RegisterBinaryResource extends BinaryResourceImpl {

    public RegisterBinaryResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        // ResourceImpl applies these when a caller passes no options of its own.
        defaultLoadOptions = RegisterOptions.binaryLoad();
        defaultSaveOptions = RegisterOptions.binarySave();
    }

    /**
     * Binary references are positions, not ids, so the load needs no id map; keeping one would make EMF walk every
     * loaded object on attach. The first lookup by id afterwards fills the fresh map in a single pass.
     */
    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        setIntrinsicIDToEObjectMap(null);
        try {
            super.doLoad(inputStream, options);
        } finally {
            setIntrinsicIDToEObjectMap(new HashMap<>());
        }
    }
}

package org.prozesswerk.ui.properties;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Property sources for elements of open registers (Steckbriefe, folders, org units, …, and a register document
 * itself), edited through the register's editing domain.
 */
public final class RegisterPropertySourceProvider implements IPropertySourceProvider {

    @Override
    public IPropertySource getPropertySource(Object element) {
        if (element instanceof IPropertySource source) {
            return source;
        }
        EObject object = element instanceof RegisterDocument document ? document.register()
                : element instanceof EObject eObject ? eObject : null;
        if (object == null) {
            return null;
        }
        Optional<RegisterDocument> document = RegisterDocuments.getDefault().documentOf(object);
        if (document.isEmpty()) {
            return null;
        }
        Object adapter = document.get().adapterFactory().adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource
                ? new ItemPropertySource(object, itemSource, document.get().editingDomain())
                : null;
    }
}

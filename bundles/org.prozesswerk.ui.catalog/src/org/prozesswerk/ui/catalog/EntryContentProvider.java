package org.prozesswerk.ui.catalog;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.prozesswerk.catalog.CatalogueEntry;

/** The catalogue browser's tree: the shown entries (roots or search hits) as input, their children below them. */
final class EntryContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        CatalogueEntryRef ref = (CatalogueEntryRef) parent;
        List<CatalogueEntry> children = ref.catalogue().children(ref.key());
        Object[] result = new Object[children.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new CatalogueEntryRef(ref.catalogue(), children.get(i));
        }
        return result;
    }

    @Override
    public Object getParent(Object element) {
        return null; // search hits are shown flat; no reveal across the hierarchy
    }

    @Override
    public boolean hasChildren(Object element) {
        CatalogueEntryRef ref = (CatalogueEntryRef) element;
        return !ref.catalogue().children(ref.key()).isEmpty();
    }
}

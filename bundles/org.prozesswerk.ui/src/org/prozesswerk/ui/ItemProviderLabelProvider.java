package org.prozesswerk.ui;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of model elements from their EMF item providers. EMF's own JFace bridge (edit.ui) is not
 * published on Maven Central, so this small one takes its place.
 */
public class ItemProviderLabelProvider extends ColumnLabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider != null ? provider.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? null : toImage(provider.getImage(element));
    }

    /** Converts what item providers return as an image (a URL, or a composed image of URLs) into an SWT image. */
    protected Image toImage(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : toImage(parts.get(0));
        }
        if (image instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        if (image instanceof ImageDescriptor descriptor) {
            return images.create(descriptor);
        }
        return null;
    }

    private IItemLabelProvider labelProvider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}

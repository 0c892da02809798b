package org.prozesswerk.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Tree content of model elements from their EMF item providers, refreshed from the item providers' viewer
 * notifications, so the tree follows every command (and its undo) at once. Replaces edit.ui's
 * AdapterFactoryContentProvider, which is not on Maven Central.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = treeProvider(parent);
        if (provider == null) {
            return new Object[0];
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Control control = current.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable update = () -> {
            if (control.isDisposed()) {
                return;
            }
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                current.refresh(element, change.isLabelUpdate());
            } else if (change.isLabelUpdate()) {
                current.update(element, null);
            }
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            update.run();
        } else {
            control.getDisplay().asyncExec(update);
        }
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}

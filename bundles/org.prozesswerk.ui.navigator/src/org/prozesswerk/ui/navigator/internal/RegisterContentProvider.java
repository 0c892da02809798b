package org.prozesswerk.ui.navigator.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.prozesswerk.model.Folder;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RegisterRights;
import org.prozesswerk.rights.RightsPolicy;
import org.prozesswerk.rights.Target;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Register → folders (with their Steckbriefe) → Organisation → Steckbriefe without folder. Steckbriefe are leaves
 * here; their details live in the editor. Children are computed on expansion only, so a register with 100,000
 * Steckbriefe paints its first level at once.
 *
 * <p>Follows the model through the item providers' viewer notifications, which EMF sends only for elements that
 * were adapted, i.e. shown: no listener on every object of a large register.
 */
public final class RegisterContentProvider implements ICommonContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private StructuredViewer viewer;
    private final Set<IChangeNotifier> observed = new HashSet<>();

    @Override
    public void init(ICommonContentExtensionSite site) {
        // no configuration
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof RegisterDocuments documents) {
            documents.documents().forEach(this::observe);
            return documents.documents().toArray();
        }
        if (parent instanceof RegisterDocument document) {
            ProcessRegister register = document.register();
            List<Object> children = new ArrayList<>(readable(register.getRootFolders()));
            children.add(new RegisterGroup(document, RegisterGroup.Kind.ORGANISATION));
            if (!register.getUnfiledProfiles().isEmpty()) {
                children.add(new RegisterGroup(document, RegisterGroup.Kind.UNFILED));
            }
            return children.toArray();
        }
        if (parent instanceof RegisterGroup group) {
            ProcessRegister register = group.document().register();
            return switch (group.kind()) {
                case ORGANISATION -> register.getOrganisation().toArray();
                case UNFILED -> register.getUnfiledProfiles().toArray();
            };
        }
        if (parent instanceof Folder folder) {
            List<Object> children = new ArrayList<>(folder.getFolders().size() + folder.getProfiles().size());
            children.addAll(readable(folder.getFolders()));
            children.addAll(folder.getProfiles());
            return children.toArray();
        }
        if (parent instanceof OrgUnit unit) {
            return unit.getChildren().toArray();
        }
        return NONE;
    }

    /** The folders the current person may read: folders without read right are not shown (docs/roles.md). */
    private static List<Folder> readable(List<Folder> folders) {
        if (folders.isEmpty()) {
            return folders;
        }
        RightsPolicy policy = RegisterRights.policyFor(folders.get(0));
        if (!policy.isActive()) {
            return folders;
        }
        String account = CurrentPerson.account();
        return folders.stream()
                .filter(f -> policy.check(account, Operation.READ, Target.folder(f)).allowed()).toList();
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Folder folder) {
            return !folder.getFolders().isEmpty() || !folder.getProfiles().isEmpty();
        }
        if (element instanceof OrgUnit unit) {
            return !unit.getChildren().isEmpty();
        }
        return element instanceof RegisterDocuments || element instanceof RegisterDocument
                || element instanceof RegisterGroup;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof RegisterDocument) {
            return RegisterDocuments.getDefault();
        }
        if (element instanceof RegisterGroup group) {
            return group.document();
        }
        if (element instanceof EObject object) {
            RegisterDocument document = RegisterDocuments.getDefault().documentOf(object).orElse(null);
            EObject container = object.eContainer();
            if (document == null || container == null) {
                return null;
            }
            if (container instanceof ProcessRegister) {
                if (object instanceof OrgUnit) {
                    return new RegisterGroup(document, RegisterGroup.Kind.ORGANISATION);
                }
                return object instanceof Folder ? document : new RegisterGroup(document, RegisterGroup.Kind.UNFILED);
            }
            return container;
        }
        return null;
    }

    private void observe(RegisterDocument document) {
        IChangeNotifier notifier = document.adapterFactory();
        if (observed.add(notifier)) {
            notifier.addListener(this);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Object element = change.getElement();
        if (element instanceof ProcessRegister register) {
            // the register itself is shown as its document
            element = RegisterDocuments.getDefault().documentOf(register).map(Object.class::cast).orElse(null);
        }
        Object target = element;
        Runnable update = () -> {
            if (current.getControl().isDisposed()) {
                return;
            }
            if (target == null) {
                current.refresh();
            } else if (change.isContentRefresh()) {
                current.refresh(target, change.isLabelUpdate());
                // Folder labels show how many Steckbriefe they hold, subfolders included: a changed folder
                // changes its own label and those of the folders above it.
                for (Object folder = target; folder instanceof Folder f; folder = f.eContainer()) {
                    current.update(f, null);
                }
            } else if (change.isLabelUpdate()) {
                current.update(target, null);
            }
        };
        if (current.getControl().getDisplay().getThread() == Thread.currentThread()) {
            update.run();
        } else {
            current.getControl().getDisplay().asyncExec(update);
        }
    }

    @Override
    public void dispose() {
        observed.forEach(notifier -> notifier.removeListener(this));
        observed.clear();
        viewer = null;
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing persisted
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing persisted
    }
}

package org.prozesswerk.ui.navigator.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.osgi.framework.FrameworkUtil;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ItemProviderLabelProvider;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Short, scannable labels: a register with its version and a "*" while unsaved, a folder with its number of
 * Steckbriefe, a unit with its Verwaltungsgliederungsplan number. Icons come from the item providers.
 */
public final class RegisterLabelProvider extends ColumnLabelProvider implements ICommonLabelProvider {

    private final Map<RegisterDocument, ItemProviderLabelProvider> itemLabels = new HashMap<>();
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public void init(ICommonContentExtensionSite site) {
        // no configuration
    }

    @Override
    public String getText(Object element) {
        if (element instanceof RegisterDocument document) {
            String version = document.register().getVersion();
            String name = version == null || version.isBlank() ? document.displayName()
                    : document.displayName() + " " + version;
            return document.isDirty() ? "*" + name : name;
        }
        if (element instanceof RegisterGroup group) {
            return switch (group.kind()) {
                case ORGANISATION -> Messages.Group_Organisation;
                case UNFILED -> NLS.bind(Messages.Group_Unfiled, group.document().register().getUnfiledProfiles().size());
            };
        }
        if (element instanceof Folder folder) {
            return NLS.bind(Messages.Folder_Label, folder.getName(), countProfiles(folder));
        }
        if (element instanceof OrgUnit unit) {
            String code = unit.getShortCode();
            return code == null || code.isBlank() ? unit.getName() : code + " " + unit.getName();
        }
        if (element instanceof ProcessProfile profile) {
            return profile.getName() == null ? profile.getKey() : profile.getName();
        }
        ItemProviderLabelProvider labels = itemLabels(element);
        return labels == null ? String.valueOf(element) : labels.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof RegisterDocument) {
            return images.create(ImageDescriptor.createFromURL(
                    FrameworkUtil.getBundle(getClass()).getEntry("icons/register16.png")));
        }
        if (element instanceof RegisterGroup group) {
            return group.kind() == RegisterGroup.Kind.UNFILED
                    ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER)
                    : itemImage(group.document().register().getOrganisation().isEmpty() ? null
                            : group.document().register().getOrganisation().get(0));
        }
        return itemImage(element);
    }

    @Override
    public String getDescription(Object element) {
        if (element instanceof RegisterDocument document) {
            return document.file().toString();
        }
        if (element instanceof ProcessProfile profile) {
            return NLS.bind(Messages.Profile_Description, profile.getKey(),
                    StatusWorkflow.label(profile.getStatus(), java.util.Locale.getDefault()));
        }
        return getText(element);
    }

    @Override
    public String getToolTipText(Object element) {
        return getDescription(element);
    }

    private Image itemImage(Object element) {
        ItemProviderLabelProvider labels = itemLabels(element);
        return labels == null ? null : labels.getImage(element);
    }

    private ItemProviderLabelProvider itemLabels(Object element) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        RegisterDocument document = RegisterDocuments.getDefault().documentOf(object).orElse(null);
        if (document == null) {
            return null;
        }
        return itemLabels.computeIfAbsent(document, d -> new ItemProviderLabelProvider(d.adapterFactory()));
    }

    static int countProfiles(Folder folder) {
        int count = folder.getProfiles().size();
        for (Folder child : folder.getFolders()) {
            count += countProfiles(child);
        }
        return count;
    }

    @Override
    public void dispose() {
        itemLabels.values().forEach(ItemProviderLabelProvider::dispose);
        itemLabels.clear();
        images.dispose();
        super.dispose();
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

package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.Resolution;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;

/**
 * Kataloge: the Steckbrief's references to catalogue entries (LeiKa, OZG, …) with their state in the installed
 * catalogues. References that do not resolve are shown with the stored label and the reason, never dropped.
 * Catalogues load on first use (LeiKa: about 0.1 s), so resolution runs in the background and the table shows
 * "wird geprüft" meanwhile.
 */
public final class CataloguesPage extends TablePage {

    public static final String ID = "catalogues";

    /** What a reference resolved to; {@code null} while not known yet. */
    private final Map<CatalogueReference, Resolved> resolutions = new ConcurrentHashMap<>();
    private Job resolver;

    /** A resolution and the reference values it was made for (a changed key needs a new one). */
    private record Resolved(String catalogueId, String key, String version, Resolution resolution) {
        boolean matches(CatalogueReference reference) {
            return Objects.equals(catalogueId, reference.getCatalogueId()) && Objects.equals(key, reference.getKey())
                    && Objects.equals(version, reference.getCatalogueVersion());
        }
    }

    public CataloguesPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Catalogues, Messages.Catalogues_Section, Messages.Catalogues_Description);
    }

    @Override
    protected void createTable() {
        table.column(Messages.Column_Catalogue, 100, 70, element -> catalogueName((CatalogueReference) element));
        table.column(Messages.Column_Key, 150, 125, element -> ((CatalogueReference) element).getKey());
        TableViewerColumn labelColumn = table.column(Messages.Column_Label, 360, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Resolution resolution = resolution((CatalogueReference) element);
                return resolution != null ? resolution.displayLabel()
                        : Formats.text(((CatalogueReference) element).getLabel());
            }

            @Override
            public String getToolTipText(Object element) {
                String text = getText(element);
                return text.isEmpty() ? null : text;
            }
        });
        TableViewerColumn resolutionColumn = table.column(Messages.Column_Resolution, 230, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return statusText(resolution((CatalogueReference) element));
            }

            @Override
            public Image getImage(Object element) {
                Resolution resolution = resolution((CatalogueReference) element);
                if (resolution == null) {
                    return null;
                }
                return PlatformUI.getWorkbench().getSharedImages().getImage(resolution.isResolved()
                        ? resolution.versionDiffers() ? ISharedImages.IMG_OBJS_INFO_TSK : null
                        : ISharedImages.IMG_OBJS_WARN_TSK);
            }

            @Override
            public Color getForeground(Object element) {
                Resolution resolution = resolution((CatalogueReference) element);
                return resolution != null && !resolution.isResolved()
                        ? table.viewer().getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                        : null;
            }

            @Override
            public String getToolTipText(Object element) {
                Resolution resolution = resolution((CatalogueReference) element);
                return resolution == null ? null : resolution.message().orElse(null);
            }
        });
        Columns.minimum(labelColumn.getColumn(), 210);
        Columns.minimum(resolutionColumn.getColumn(), 190);
        table.column(Messages.Column_Version, 70, element -> ((CatalogueReference) element).getCatalogueVersion());
        table.button(Messages.Button_AddReference, "catalogues.add", TablePart::always, this::addReferences);
        table.removeButton("catalogues.remove", Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES,
                CatalogueReference.class);
    }

    private static String catalogueName(CatalogueReference reference) {
        Optional<Catalogue> catalogue = CatalogueRegistry.getDefault().catalogue(reference.getCatalogueId());
        // "LeiKa – Leistungskatalog der öffentlichen Verwaltung" → "LeiKa": the table has room for the short name
        return catalogue.map(c -> c.name().split(" \u2013 | - ")[0]).orElse(Formats.text(reference.getCatalogueId()));
    }

    private Resolution resolution(CatalogueReference reference) {
        Resolved resolved = resolutions.get(reference);
        return resolved != null && resolved.matches(reference) ? resolved.resolution() : null;
    }

    private static String statusText(Resolution resolution) {
        if (resolution == null) {
            return Messages.Resolution_Pending;
        }
        return switch (resolution.status()) {
            case RESOLVED -> resolution.versionDiffers() ? Messages.Resolution_ResolvedOtherVersion
                    : Messages.Resolution_Resolved;
            case UNKNOWN_CATALOGUE -> Messages.Resolution_UnknownCatalogue;
            case UNKNOWN_KEY -> Messages.Resolution_UnknownKey;
        };
    }

    @Override
    protected void refreshContent() {
        List<CatalogueReference> references = new ArrayList<>(profile().getCatalogueReferences());
        resolutions.keySet().retainAll(references);
        List<CatalogueReference> unresolved = new ArrayList<>();
        for (CatalogueReference reference : references) {
            if (resolution(reference) != null) {
                continue;
            }
            Optional<Catalogue> catalogue = CatalogueRegistry.getDefault().catalogue(reference.getCatalogueId());
            if (catalogue.isEmpty() || catalogue.get().isLoaded()) {
                resolve(reference); // cheap: no catalogue to load
            } else {
                unresolved.add(reference);
            }
        }
        table.setRows(references);
        if (!unresolved.isEmpty()) {
            resolveInBackground(unresolved);
        }
    }

    private void resolve(CatalogueReference reference) {
        Resolution resolution = CatalogueRegistry.getDefault().resolve(reference);
        resolutions.put(reference, new Resolved(reference.getCatalogueId(), reference.getKey(),
                reference.getCatalogueVersion(), resolution));
    }

    private void resolveInBackground(List<CatalogueReference> references) {
        if (resolver != null) {
            resolver.cancel();
        }
        resolver = new Job(Messages.Catalogues_Resolving) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                for (CatalogueReference reference : references) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    resolve(reference);
                }
                if (!table.viewer().getControl().isDisposed()) {
                    table.viewer().getControl().getDisplay().asyncExec(() -> {
                        if (!table.viewer().getControl().isDisposed()) {
                            table.viewer().refresh();
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProfileEditor.JOB_FAMILY;
            }
        };
        resolver.setSystem(true);
        resolver.schedule();
    }

    private void addReferences() {
        CatalogueEntryDialog dialog = new CatalogueEntryDialog(getSite().getShell(), CatalogueRegistry.getDefault(),
                null, Messages.CatalogueDialog_Title, Messages.CatalogueDialog_Message);
        if (dialog.open() != Window.OK || dialog.catalogue().isEmpty() || dialog.chosen().isEmpty()) {
            return;
        }
        Catalogue catalogue = dialog.catalogue().get();
        execute(addCommand(catalogue, dialog.chosen()));
    }

    /** The command adding references to {@code entries} of {@code catalogue} (skipping ones already there). */
    public org.eclipse.emf.common.command.Command addCommand(Catalogue catalogue, List<CatalogueEntry> entries) {
        List<CatalogueReference> added = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            boolean present = profile().getCatalogueReferences().stream().anyMatch(
                    r -> catalogue.id().equals(r.getCatalogueId()) && entry.key().equals(r.getKey()));
            if (present) {
                continue;
            }
            CatalogueReference reference = ProzesswerkFactory.eINSTANCE.createCatalogueReference();
            reference.setCatalogueId(catalogue.id());
            reference.setKey(entry.key());
            reference.setLabel(entry.label());
            reference.setCatalogueVersion(catalogue.version());
            added.add(reference);
        }
        return addAll(Messages.Command_AddReferences, Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES, added);
    }

    @Override
    public void dispose() {
        if (resolver != null) {
            resolver.cancel();
        }
        super.dispose();
    }
}

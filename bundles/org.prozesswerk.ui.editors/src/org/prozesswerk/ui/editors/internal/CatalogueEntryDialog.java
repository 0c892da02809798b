package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.ui.ViewerColumns;

/**
 * Finds entries of a catalogue by words of their labels or by the beginning of their key (a LeiKa key, an OZG-ID,
 * "BauGB §"), for adding references. Several entries can be chosen at once.
 */
public final class CatalogueEntryDialog extends EditorDialog {

    static final int LIMIT = 200;

    private final CatalogueRegistry registry;
    private final String fixedCatalogueId;
    private List<Catalogue> catalogues = List.of();
    private Catalogue catalogue;
    private Combo catalogueCombo;
    private Text search;
    private TableViewer results;
    private Label count;
    private List<CatalogueEntry> chosen = List.of();
    private final Runnable delayedSearch = this::search;

    /** @param fixedCatalogueId the catalogue to search, or {@code null} to let the user choose */
    public CatalogueEntryDialog(Shell parent, CatalogueRegistry registry, String fixedCatalogueId, String title,
            String message) {
        super(parent, title, message);
        this.registry = registry;
        this.fixedCatalogueId = fixedCatalogueId;
    }

    @Override
    protected void createContent(Composite content) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(content);

        if (fixedCatalogueId == null) {
            new Label(content, SWT.NONE).setText(Messages.CatalogueDialog_Catalogue);
            catalogueCombo = ProfilePage.tag(new Combo(content, SWT.READ_ONLY), "catalogueDialog.catalogue");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(catalogueCombo);
            catalogues = registry.catalogues();
            for (Catalogue c : catalogues) {
                catalogueCombo.add(c.name() + " (" + c.id() + ")");
            }
            catalogueCombo.addListener(SWT.Selection, event -> {
                catalogue = catalogues.get(catalogueCombo.getSelectionIndex());
                search();
            });
            if (!catalogues.isEmpty()) {
                catalogueCombo.select(0);
                catalogue = catalogues.get(0);
            }
        } else {
            catalogue = registry.catalogue(fixedCatalogueId).orElse(null);
            if (catalogue == null) {
                setErrorMessage(NLS.bind(Messages.CatalogueDialog_NotInstalled, fixedCatalogueId));
            }
        }
        new Label(content, SWT.NONE).setText(Messages.CatalogueDialog_Search);
        search = ProfilePage.tag(new Text(content, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "catalogueDialog.search");
        search.setMessage(Messages.CatalogueDialog_Search_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(event -> {
            search.getDisplay().timerExec(-1, delayedSearch);
            search.getDisplay().timerExec(200, delayedSearch);
        });
        search.addListener(SWT.DefaultSelection, event -> search());

        results = new TableViewer(content, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        ProfilePage.tag(results.getTable(), "catalogueDialog.results");
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(640, 320).applyTo(results.getControl());
        Columns.fit(results.getTable());
        results.setContentProvider(ArrayContentProvider.getInstance());
        Columns.minimum(column(Messages.Column_Key, 150, e -> e.key()), 130);
        column(Messages.Column_Label, 380, e -> e.label());
        Columns.minimum(column(Messages.Column_Kind, 140, e -> e.kind()), 110);
        results.addSelectionChangedListener(event -> validate());
        results.addDoubleClickListener(event -> {
            if (getButton(IDialogConstants.OK_ID).isEnabled()) {
                okPressed();
            }
        });
        count = new Label(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(count);
    }

    private org.eclipse.swt.widgets.TableColumn column(String title, int width,
            java.util.function.Function<CatalogueEntry, String> text) {
        return ViewerColumns.text(results, title, width, text).getColumn();
    }

    /** Sets the search text and searches at once (for tests and for callers that know what to look for). */
    public void search(String text) {
        search.setText(text);
        search();
    }

    private void search() {
        if (results == null || results.getControl().isDisposed()) {
            return;
        }
        search.getDisplay().timerExec(-1, delayedSearch);
        String text = search.getText().strip();
        if (catalogue == null || text.isEmpty()) {
            results.setInput(new Object[0]);
            count.setText("");
            validate();
            return;
        }
        List<CatalogueEntry> found = new ArrayList<>();
        BusyIndicator.showWhile(search.getDisplay(), () -> found.addAll(find(catalogue, text)));
        results.setInput(found.toArray());
        count.setText(found.size() >= LIMIT ? NLS.bind(Messages.CatalogueDialog_TooMany, LIMIT)
                : NLS.bind(Messages.CatalogueDialog_Count, found.size()));
        if (!found.isEmpty()) {
            results.getTable().setSelection(0);
        }
        validate();
    }

    /** Entries whose key starts with the text first, then those whose label has its words. */
    static List<CatalogueEntry> find(Catalogue catalogue, String text) {
        Map<String, CatalogueEntry> found = new LinkedHashMap<>();
        for (CatalogueEntry entry : catalogue.searchKeyPrefix(text, LIMIT)) {
            found.putIfAbsent(entry.key(), entry);
        }
        if (found.size() < LIMIT) {
            for (CatalogueEntry entry : catalogue.search(text, LIMIT)) {
                found.putIfAbsent(entry.key(), entry);
                if (found.size() >= LIMIT) {
                    break;
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    @Override
    protected void validate() {
        if (getButton(IDialogConstants.OK_ID) != null && results != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!results.getStructuredSelection().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        List<CatalogueEntry> selected = new ArrayList<>();
        for (Object element : results.getStructuredSelection().toList()) {
            selected.add((CatalogueEntry) element);
        }
        chosen = selected;
        super.okPressed();
    }

    /** The catalogue searched. */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** The entries chosen, in table order. */
    public List<CatalogueEntry> chosen() {
        return chosen;
    }
}

package org.prozesswerk.ui.catalog;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.part.ViewPart;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ViewerColumns;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.catalog.internal.Messages;
import org.prozesswerk.ui.catalog.internal.ProfileTarget;
import org.prozesswerk.ui.catalog.internal.ReferenceCounts;
import org.prozesswerk.ui.ProfileEditors;
import org.prozesswerk.ui.RegisterTracker;

/**
 * Katalog-Browser: pick a catalogue, search it by words or key prefix, browse its hierarchy, see an entry's details
 * and which Steckbriefe of the open registers reference it, and link entries to a Steckbrief by drag and drop or by
 * the command "Mit Steckbrief verknüpfen".
 */
public final class CatalogueBrowserView extends ViewPart {

    public static final String ID = "org.prozesswerk.ui.catalog.browser";

    /** The command that links the selected entries to the target Steckbrief. */
    public static final String LINK_COMMAND = "org.prozesswerk.ui.catalog.link";

    /** At most this many search hits are shown. */
    public static final int SEARCH_LIMIT = 500;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int SEARCH_DELAY = 250;
    private static final int RECOUNT_DELAY = 300;
    private static final int MIN_LABEL_WIDTH = 150;

    private final List<Catalogue> catalogues = new ArrayList<>();
    private final Runnable searchLater = this::runSearch;
    /** Catalogues imported or removed at run time (wizard, another view) show at once. */
    private final Runnable registryChanged = this::registryChanged;
    private RegisterTracker tracker;
    private ProfileTarget target;

    private Combo catalogueCombo;
    private Text searchText;
    private Label status;
    private Label targetLabel;
    private TreeViewer tree;
    private StyledText details;
    private Label referencingTitle;
    private TableViewer referencing;

    private Catalogue catalogue;
    private ReferenceCounts counts = ReferenceCounts.EMPTY;
    private Job loadJob;
    private String shownQuery = "";

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).spacing(4, 4).applyTo(parent);

        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(top);
        Label catalogueLabel = new Label(top, SWT.NONE);
        catalogueLabel.setText(Messages.Browser_Catalogue);
        catalogueCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(catalogueCombo);
        searchText = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        searchText.setMessage(Messages.Browser_SearchHint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(searchText);
        status = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTree(sash);
        details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(4, 4, 4, 4);
        details.setAlwaysShowScrollBars(false);
        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(bottom);
        referencingTitle = new Label(bottom, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(referencingTitle);
        referencing = new TableViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(referencing.getControl());
        referencing.setContentProvider(ArrayContentProvider.getInstance());
        referencing.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                ProcessProfile profile = (ProcessProfile) element;
                String register = RegisterDocuments.getDefault().documentOf(profile)
                        .map(RegisterDocument::displayName).orElse(""); //$NON-NLS-1$
                return NLS.bind(Messages.Referencing_Profile,
                        new Object[] { profile.getName(), profile.getKey(), register });
            }
        });
        referencing.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ProcessProfile profile) {
                openEditor(profile);
            }
        });
        sash.setWeights(50, 30, 20);
        targetLabel = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(targetLabel);

        target = new ProfileTarget(this, this::targetChanged);
        getSite().getPage().addSelectionListener(target);
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor != null) {
            target.selectionChanged(editor, StructuredSelection.EMPTY);
        }
        target.selectionChanged(null, getSite().getPage().getSelection());
        updateTargetLabel();

        fillCatalogues();
        CatalogueRegistry.getDefault().addChangeListener(registryChanged);
        catalogueCombo.addListener(SWT.Selection, e -> showCatalogue(catalogues.get(catalogueCombo.getSelectionIndex())));
        searchText.addListener(SWT.Modify, e -> Display.getCurrent().timerExec(SEARCH_DELAY, searchLater));
        searchText.addListener(SWT.DefaultSelection, e -> runSearch());

        // counts references of every open register: follows them all
        tracker = new RegisterTracker(RECOUNT_DELAY, this::recount, this::recount);
        tracker.followAll();
        recount();
        showDetails(null);
        if (catalogues.isEmpty()) {
            status.setText(Messages.Browser_NoCatalogues);
        } else {
            int leika = 0;
            for (int i = 0; i < catalogues.size(); i++) {
                if ("leika".equalsIgnoreCase(catalogues.get(i).id())) { //$NON-NLS-1$
                    leika = i;
                }
            }
            catalogueCombo.select(leika);
            showCatalogue(catalogues.get(leika));
        }
    }

    private void createTree(Composite parent) {
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        tree.getTree().setHeaderVisible(true);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new EntryContentProvider());
        TreeViewerColumn label = column(Messages.Column_Label, SWT.LEFT, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CatalogueEntryRef) element).entry().label();
            }

            @Override
            public String getToolTipText(Object element) {
                CatalogueEntry entry = ((CatalogueEntryRef) element).entry();
                return entry.key() + " – " + entry.label(); //$NON-NLS-1$
            }
        });
        TreeViewerColumn key = column(Messages.Column_Key, SWT.LEFT, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CatalogueEntryRef) element).entry().key();
            }
        });
        TreeViewerColumn profiles = column(Messages.Column_Profiles, SWT.RIGHT, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                int n = referenceCount((CatalogueEntryRef) element);
                return n == 0 ? "" : NumberFormat.getIntegerInstance().format(n); //$NON-NLS-1$
            }
        });
        profiles.getColumn().setToolTipText(Messages.Column_Profiles_Tooltip);
        int keyWidth = columnWidth("99012001001000 "); //$NON-NLS-1$
        int countWidth = columnWidth(Messages.Column_Profiles + "  "); //$NON-NLS-1$
        // Name takes the rest; in a narrow column (the right side of the perspective) the key column gives way
        // first, the key is then in the details and the tooltip.
        tree.getTree().addListener(SWT.Resize, e -> {
            int width = tree.getTree().getClientArea().width;
            boolean showKey = width - keyWidth - countWidth >= MIN_LABEL_WIDTH;
            key.getColumn().setWidth(showKey ? keyWidth : 0);
            key.getColumn().setResizable(showKey);
            profiles.getColumn().setWidth(countWidth);
            label.getColumn().setWidth(Math.max(MIN_LABEL_WIDTH / 2, width - countWidth - (showKey ? keyWidth : 0)));
        });
        ColumnViewerToolTipSupport.enableFor(tree);
        tree.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            showDetails(selection.size() == 1 ? (CatalogueEntryRef) selection.getFirstElement() : null);
        });
        tree.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element != null) {
                tree.setExpandedState(element, !tree.getExpandedState(element));
            }
        });
        tree.addDragSupport(DND.DROP_COPY | DND.DROP_LINK,
                new Transfer[] { LocalSelectionTransfer.getTransfer(), TextTransfer.getInstance() },
                new EntryDragSource(tree));
        MenuManager menu = new MenuManager("#PopupMenu"); //$NON-NLS-1$
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
        tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
        getSite().registerContextMenu(menu, tree);
        getSite().setSelectionProvider(tree);
    }

    private TreeViewerColumn column(String title, int style, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(tree, style);
        column.getColumn().setText(title);
        column.getColumn().setResizable(true);
        column.setLabelProvider(labels);
        return column;
    }

    private int columnWidth(String text) {
        return ViewerColumns.fittingWidth(tree.getTree(), text, 16);
    }

    // --- Catalogue and search ------------------------------------------------------------------------------------

    private void registryChanged() {
        Combo combo = catalogueCombo;
        if (combo != null && !combo.isDisposed() && !combo.getDisplay().isDisposed()) {
            combo.getDisplay().asyncExec(this::reloadCatalogues);
        }
    }

    private void fillCatalogues() {
        catalogues.clear();
        catalogueCombo.removeAll();
        catalogues.addAll(CatalogueRegistry.getDefault().catalogues());
        for (Catalogue c : catalogues) {
            catalogueCombo.add(NLS.bind(Messages.Browser_CatalogueItem, c.name(), c.id()));
        }
    }

    /** Re-reads the registry's catalogues; keeps showing the current one (its new version if it was replaced). */
    private void reloadCatalogues() {
        if (catalogueCombo.isDisposed()) {
            return;
        }
        String current = catalogue == null ? null : catalogue.id();
        fillCatalogues();
        for (int i = 0; i < catalogues.size(); i++) {
            if (catalogues.get(i).id().equals(current)) {
                catalogueCombo.select(i);
                if (catalogues.get(i) != catalogue) {
                    showCatalogue(catalogues.get(i));
                }
                return;
            }
        }
        if (!catalogues.isEmpty()) {
            catalogueCombo.select(0);
            showCatalogue(catalogues.get(0));
        } else {
            catalogue = null;
            tree.setInput(null);
            status.setText(Messages.Browser_NoCatalogues);
        }
    }

    /** Shows the catalogue with {@code id}; returns the job loading it, or {@code null} if it was loaded already. */
    Job selectCatalogue(String id) {
        for (int i = 0; i < catalogues.size(); i++) {
            if (catalogues.get(i).id().equalsIgnoreCase(id)) {
                catalogueCombo.select(i);
                showCatalogue(catalogues.get(i));
                return loadJob;
            }
        }
        throw new IllegalArgumentException("unknown catalogue " + id); //$NON-NLS-1$
    }

    private void showCatalogue(Catalogue selected) {
        catalogue = selected;
        if (loadJob != null) {
            loadJob.cancel();
            loadJob = null;
        }
        if (selected.isLoaded()) {
            runSearch();
            return;
        }
        tree.setInput(null);
        status.setText(Messages.Browser_Loading);
        Job job = Job.create(NLS.bind(Messages.Browser_LoadJob, selected.name()), monitor -> {
            monitor.beginTask(NLS.bind(Messages.Browser_LoadJob, selected.name()), IProgressMonitor.UNKNOWN);
            try {
                selected.load();
            } catch (RuntimeException e) {
                return Status.error(NLS.bind(Messages.Browser_LoadFailed, selected.name(), e.getMessage()), e);
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                Display display = PlatformUI.getWorkbench().getDisplay();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (tree.getControl().isDisposed() || catalogue != selected) {
                            return;
                        }
                        if (result.isOK()) {
                            runSearch();
                        } else if (result.getSeverity() == IStatus.ERROR) {
                            status.setText(result.getMessage());
                        }
                    });
                }
            }
        });
        loadJob = job;
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    /** Searches the current catalogue now (as typing does after a short pause) and shows the hits. */
    void search(String text) {
        searchText.setText(text);
        runSearch();
    }

    private void runSearch() {
        if (tree.getControl().isDisposed() || catalogue == null || !catalogue.isLoaded()) {
            return;
        }
        Display.getCurrent().timerExec(-1, searchLater);
        String query = searchText.getText().strip();
        shownQuery = query;
        List<CatalogueEntry> entries;
        if (query.isEmpty()) {
            entries = catalogue.roots();
            status.setText(NLS.bind(Messages.Browser_Entries, new Object[] { format(catalogue.entries().size()),
                    format(entries.size()), catalogue.version() }));
        } else {
            entries = DIGITS.matcher(query).matches() ? catalogue.searchKeyPrefix(query, SEARCH_LIMIT + 1)
                    : catalogue.search(query, SEARCH_LIMIT + 1);
            if (entries.isEmpty()) {
                status.setText(NLS.bind(Messages.Browser_NoHits, query));
            } else if (entries.size() > SEARCH_LIMIT) {
                entries = entries.subList(0, SEARCH_LIMIT);
                status.setText(NLS.bind(Messages.Browser_HitsLimited, format(SEARCH_LIMIT)));
            } else {
                status.setText(NLS.bind(Messages.Browser_Hits, format(entries.size())));
            }
        }
        List<CatalogueEntryRef> refs = new ArrayList<>(entries.size());
        for (CatalogueEntry entry : entries) {
            refs.add(new CatalogueEntryRef(catalogue, entry));
        }
        tree.getTree().setRedraw(false);
        try {
            tree.setInput(refs);
            if (refs.size() == 1) {
                tree.setSelection(new StructuredSelection(refs.get(0)), true);
            }
        } finally {
            tree.getTree().setRedraw(true);
        }
    }

    private static String format(int n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    // --- Details -------------------------------------------------------------------------------------------------

    private void showDetails(CatalogueEntryRef ref) {
        List<StyleRange> styles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (ref == null) {
            text.append(Messages.Details_Empty);
            details.setText(text.toString());
            details.setStyleRanges(new StyleRange[0]);
            referencingTitle.setText(""); //$NON-NLS-1$
            referencing.setInput(List.of());
            referencingTitle.getParent().layout();
            return;
        }
        List<ProcessProfile> linked = EntryDetails.describe(ref, counts, text, styles);
        details.setText(text.toString().stripTrailing());
        details.setStyleRanges(styles.toArray(StyleRange[]::new));
        referencingTitle.setText(linked.isEmpty() ? Messages.Referencing_TitleNone
                : NLS.bind(Messages.Referencing_Title, format(linked.size())));
        referencing.setInput(linked.size() > 1000 ? linked.subList(0, 1000) : linked);
        referencingTitle.getParent().layout();
    }

    // --- Reference counts ----------------------------------------------------------------------------------------

    /** How many Steckbriefe of the open registers reference exactly this entry. */
    int referenceCount(CatalogueEntryRef ref) {
        return counts.count(ref.catalogue().id(), ref.key());
    }

    /** Counts the references of the open registers again now (normally done shortly after every change). */
    void recount() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        tracker.cancelPending();
        counts = ReferenceCounts.compute(tracker.documents());
        tree.refresh(true);
        IStructuredSelection selection = tree.getStructuredSelection();
        showDetails(selection.size() == 1 ? (CatalogueEntryRef) selection.getFirstElement() : null);
        updateTargetLabel();
    }

    // --- Linking -------------------------------------------------------------------------------------------------

    /** The Steckbrief the link command links to, or {@code null}. */
    public ProcessProfile linkTarget() {
        return target.get();
    }

    /** The catalogue entries selected in the browser. */
    List<CatalogueEntryRef> selectedEntries() {
        return CatalogueLinks.entriesIn(tree.getStructuredSelection());
    }

    /** Whether the link command can link the selection to the target now. */
    public boolean canLink() {
        ProcessProfile profile = linkTarget();
        return profile != null && CatalogueLinks.linkCommand(
                RegisterDocuments.getDefault().documentOf(profile).orElse(null), profile, selectedEntries())
                .canExecute();
    }

    /** Links the selected entries to the target Steckbrief as one undoable command; returns whether it did. */
    public boolean linkSelectionToTarget() {
        boolean linked = CatalogueLinks.link(linkTarget(), selectedEntries());
        if (linked) {
            recount();
        }
        return linked;
    }

    private void targetChanged() {
        if (targetLabel != null && !targetLabel.isDisposed()) {
            updateTargetLabel();
        }
        ICommandService commands = getSite().getService(ICommandService.class);
        if (commands != null) {
            commands.refreshElements(LINK_COMMAND, null);
        }
    }

    private void updateTargetLabel() {
        ProcessProfile profile = target.get();
        String text = profile == null ? Messages.Link_NoTarget
                : NLS.bind(Messages.Link_Target, profile.getName() == null ? profile.getKey() : profile.getName());
        if (!text.equals(targetLabel.getText())) {
            targetLabel.setText(text);
            targetLabel.getParent().layout();
        }
    }

    /** The entries currently shown at the top level (roots or search hits). */
    List<CatalogueEntryRef> shownEntries() {
        List<CatalogueEntryRef> result = new ArrayList<>();
        if (tree.getInput() instanceof List<?> list) {
            for (Object element : list) {
                result.add((CatalogueEntryRef) element);
            }
        }
        return result;
    }

    /** The text of the status line (entries or hits). */
    String statusText() {
        return status.getText();
    }

    /** The details text of the selected entry. */
    String detailsText() {
        return details.getText();
    }

    TreeViewer viewer() {
        return tree;
    }

    /** The search text last applied. */
    String shownQuery() {
        return shownQuery;
    }

    private void openEditor(ProcessProfile profile) {
        ProfileEditors.open(getSite().getPage(), profile);
    }

    @Override
    public void setFocus() {
        searchText.setFocus();
    }

    @Override
    public void dispose() {
        CatalogueRegistry.getDefault().removeChangeListener(registryChanged);
        getSite().getPage().removeSelectionListener(target);
        tracker.dispose();
        if (loadJob != null) {
            loadJob.cancel();
        }
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, searchLater);
        }
        super.dispose();
    }
}

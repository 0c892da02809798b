package org.prozesswerk.ui.search;

import java.lang.reflect.InvocationTargetException;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ViewerColumns;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.search.internal.Messages;
import org.prozesswerk.ui.search.internal.SavedFilters;
import org.prozesswerk.ui.ProfileEditors;
import org.prozesswerk.ui.RegisterTracker;

/**
 * Suche und Filter: the facets of {@link RegisterQuery} as widgets over one open register, answered by a
 * {@link RegisterIndex} (built once per register, kept current by the index itself), results in a virtual table so
 * that 100,000 hits cost no more than the rows on screen. Filters can be saved under a name.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "org.prozesswerk.ui.search.view";

    private static final int TEXT_DELAY = 200;
    private static final int CHANGE_DELAY = 250;
    /** Registers up to this many Steckbriefe are indexed in the UI thread without a dialog. */
    private static final int SYNC_INDEX_LIMIT = 20_000;

    private final Map<RegisterDocument, RegisterIndex> indexes = new HashMap<>();
    private final Runnable runLater = this::runQuery;
    private RegisterTracker tracker;
    private final ResultSelection selectionProvider = new ResultSelection(() -> this.table);
    private final ProfileColumns columns = new ProfileColumns();

    private SashForm sash;
    private FacetPanel facets;
    private Label countLabel;
    private ResultTable<ProcessProfile> table;

    private final List<RegisterDocument> registerChoices = new ArrayList<>();

    private RegisterDocument document;
    private ProcessProfile[] results = new ProcessProfile[0];
    private RegisterQuery lastQuery = RegisterQuery.all();
    private double lastQueryMillis;
    private double lastFilterMillis;
    private double indexBuildMillis;
    private int sortColumn = -1;
    private boolean sortDescending;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        facets = new FacetPanel(sash, TEXT_DELAY, new FacetActions());
        createResults(sash);
        sash.setWeights(30, 70);
        // Wide (bottom panel, maximised): facets beside the results; narrow (side column): facets above them.
        parent.addListener(SWT.Resize, e -> {
            Point size = parent.getSize();
            int orientation = size.x >= size.y * 1.3 ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
                sash.setWeights(orientation == SWT.HORIZONTAL ? new int[] { 30, 70 } : new int[] { 45, 55 });
            }
        });
        getSite().setSelectionProvider(selectionProvider);
        getSite().getPage().addPartListener(visibility);
        tracker = new RegisterTracker(CHANGE_DELAY, this::documentsChanged, this::modelChanged);
        documentsChanged();
    }

    // --- Facets --------------------------------------------------------------------------------------------------

    private final class FacetActions implements FacetPanel.Actions {
        @Override
        public void registerChosen(int index) {
            setRegister(index < 0 ? null : registerChoices.get(index));
        }

        @Override
        public void filterChanged(int delay) {
            SearchView.this.filterChanged(delay);
        }

        @Override
        public void applySaved(String name) {
            applySavedFilter(name);
        }

        @Override
        public void saveAs() {
            askAndSaveFilter();
        }

        @Override
        public void deleteSaved() {
            deleteSelectedFilter();
        }

        @Override
        public void reset() {
            applyFilter(FilterSpec.NONE);
        }
    }

    // --- Results -------------------------------------------------------------------------------------------------

    private void createResults(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 4).spacing(2, 4).applyTo(holder);
        countLabel = new Label(holder, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(countLabel);
        table = new ResultTable<>(holder, columns::row);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        String[] titles = { Messages.Column_Name, Messages.Column_Key, Messages.Column_Status, Messages.Column_Unit,
                Messages.Column_Folder };
        int[] widths = { 260, width("PW-0000000 "), width(StatusWorkflow.label(FimStatus.METHODICALLY_RELEASED, //$NON-NLS-1$
                Locale.getDefault()) + "  "), 200, 220 }; //$NON-NLS-1$
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            table.addColumn(titles[i], widths[i]).addListener(SWT.Selection, e -> sortBy(index));
        }
        table.addSelectionListener(e -> selectionProvider.fire());
        table.addOpenListener(e -> openSelected());
        showCount();
        refreshSavedFilters(null);
    }

    private int width(String text) {
        return ViewerColumns.fittingWidth(table.getTable(), text, 20);
    }

    // --- Register and index --------------------------------------------------------------------------------------

    private void documentsChanged() {
        if (table == null || table.getTable().isDisposed()) {
            return;
        }
        List<RegisterDocument> open = tracker.documents();
        for (RegisterDocument closed : new ArrayList<>(indexes.keySet())) {
            if (!open.contains(closed)) {
                indexes.remove(closed).dispose();
            }
        }
        registerChoices.clear();
        registerChoices.addAll(open);
        RegisterDocument keep = document != null && open.contains(document) ? document : open.size() >= 1 ? open.get(0) : null;
        facets.showRegisters(open, keep == null ? -1 : open.indexOf(keep));
        if (keep != document) {
            setRegister(keep);
        }
    }

    /** Shows {@code newDocument}'s Steckbriefe (building its index if needed) with the current facets. */
    void setRegister(RegisterDocument newDocument) {
        if (newDocument == document && (newDocument == null || indexes.containsKey(newDocument))) {
            return;
        }
        document = newDocument;
        columns.clear();
        if (newDocument != null) {
            facets.selectRegister(registerChoices.indexOf(newDocument));
            if (!indexes.containsKey(newDocument)) {
                if (RegisterTracker.size(newDocument) <= SYNC_INDEX_LIMIT) {
                    buildIndex(newDocument, false);
                } else {
                    scheduleBigIndex();
                }
            }
        }
        tracker.follow(newDocument);
        FilterSpec keep = currentFilter();
        refreshChoices();
        setWidgets(keep);
        runQuery();
    }

    /**
     * Builds the index of a register. The index attaches adapters to the model and, like the model, must not be
     * touched by two threads at once; so small registers are indexed right here in the UI thread (well under a
     * second), big ones in a forked thread behind a modal progress dialog (with cancel), so that no edit can run
     * meanwhile. Returns whether the index exists afterwards.
     */
    private boolean buildIndex(RegisterDocument doc, boolean withProgress) {
        countLabel.setText(Messages.Index_Building);
        countLabel.getParent().layout();
        countLabel.update();
        long start = System.nanoTime();
        RegisterIndex[] built = new RegisterIndex[1];
        if (!withProgress) {
            BusyIndicator.showWhile(table.getTable().getDisplay(), () -> built[0] = RegisterIndex.build(doc.register()));
        } else {
            try {
                PlatformUI.getWorkbench().getProgressService().run(true, true, monitor -> {
                    monitor.beginTask(NLS.bind(Messages.Index_Job, doc.displayName()), IProgressMonitor.UNKNOWN);
                    RegisterIndex index = RegisterIndex.build(doc.register());
                    monitor.done();
                    if (monitor.isCanceled()) {
                        index.dispose();
                        throw new InterruptedException();
                    }
                    built[0] = index;
                });
            } catch (InvocationTargetException e) {
                ILog.of(getClass()).error(e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                // canceled: the register stays without index until it is chosen again
            }
        }
        indexBuildMillis = (System.nanoTime() - start) / 1e6;
        if (built[0] != null) {
            indexes.put(doc, built[0]);
        }
        return built[0] != null;
    }

    /**
     * Big registers: the index is built with a progress dialog once the current event (e.g. opening the view) is
     * done, and only while the view is visible, so opening a register elsewhere does not pop up a dialog.
     */
    private void scheduleBigIndex() {
        RegisterDocument target = document;
        table.getTable().getDisplay().asyncExec(() -> {
            if (table.getTable().isDisposed() || document != target || target == null
                    || indexes.containsKey(target) || !RegisterDocuments.getDefault().documents().contains(target)) {
                return;
            }
            if (!getSite().getPage().isPartVisible(this)) {
                showCount(); // "no index yet"; partVisible schedules the build
                return;
            }
            buildIndex(target, true);
            refreshChoices();
            runQuery();
        });
    }

    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == SearchView.this && document != null && !indexes.containsKey(document)) {
                scheduleBigIndex();
            }
        }
    };

    /** Whether the register shown has its index (big registers get it shortly after they are chosen). */
    boolean hasIndex() {
        return document != null && indexes.containsKey(document);
    }

    RegisterDocument register() {
        return document;
    }

    /** After edits: new folders, units or catalogues become choices, and the hits are computed again. */
    private void modelChanged() {
        if (table.getTable().isDisposed() || document == null) {
            return;
        }
        columns.clear();
        FilterSpec keep = currentFilter();
        refreshChoices();
        setWidgets(keep);
        runQuery();
    }

    private void refreshChoices() {
        facets.refreshChoices(document, document == null ? null : indexes.get(document));
    }

    // --- Filter <-> widgets --------------------------------------------------------------------------------------

    /** The filter the widgets show. */
    FilterSpec currentFilter() {
        return facets.filter();
    }

    /** Shows the filter in the widgets and applies it now. */
    void applyFilter(FilterSpec filter) {
        setWidgets(filter);
        runQuery();
    }

    private void setWidgets(FilterSpec filter) {
        facets.show(filter);
    }

    private void filterChanged(int delay) {
        if (table.getTable().isDisposed()) {
            return;
        }
        if (delay <= 0) {
            runQuery();
        } else {
            table.getTable().getDisplay().timerExec(delay, runLater);
        }
    }

    // --- Query ---------------------------------------------------------------------------------------------------

    /**
     * Runs the filter of the widgets on the index and shows the hits. {@link #lastFilterMillis()} is the time from
     * here until the visible rows are filled and painted.
     */
    void runQuery() {
        if (table.getTable().isDisposed()) {
            return;
        }
        table.getTable().getDisplay().timerExec(-1, runLater);
        long start = System.nanoTime();
        RegisterIndex index = document == null ? null : indexes.get(document);
        if (index == null) {
            results = new ProcessProfile[0];
            lastQuery = RegisterQuery.all();
        } else {
            lastQuery = currentFilter().toQuery(document.register());
            results = index.find(lastQuery).toArray(ProcessProfile[]::new);
            if (sortColumn >= 0) {
                sortResults();
            }
        }
        lastQueryMillis = (System.nanoTime() - start) / 1e6;
        table.setRows(Arrays.asList(results));
        table.getTable().update(); // paints the visible rows now, so the measured time is what the user waits
        lastFilterMillis = (System.nanoTime() - start) / 1e6;
        showCount();
        selectionProvider.fire();
    }

    private void showCount() {
        String text;
        if (document == null) {
            text = Messages.Count_NoRegister;
        } else if (!indexes.containsKey(document)) {
            text = Messages.Index_Missing;
        } else {
            text = NLS.bind(results.length == 1 ? Messages.Count_One : Messages.Count_Many,
                    new Object[] { NumberFormat.getIntegerInstance().format(results.length),
                            NumberFormat.getIntegerInstance().format(indexes.get(document).size()),
                            String.format(Locale.GERMANY, "%.0f", Math.max(1, lastFilterMillis)) }); //$NON-NLS-1$
        }
        countLabel.setText(text);
        countLabel.getParent().layout();
    }

    private void sortBy(int column) {
        if (sortColumn == column) {
            sortDescending = !sortDescending;
        } else {
            sortColumn = column;
            sortDescending = false;
        }
        table.getTable().setSortColumn(table.getTable().getColumn(column));
        table.getTable().setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
        sortResults();
        table.setRows(Arrays.asList(results));
    }

    private void sortResults() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.SECONDARY);
        Function<ProcessProfile, String> text = columns.sortText(sortColumn);
        // Collation keys once per row: comparing with a Collator directly would be 20 times slower for 100,000.
        Map<String, java.text.CollationKey> keys = new HashMap<>();
        Comparator<ProcessProfile> order = Comparator
                .comparing(p -> keys.computeIfAbsent(text.apply(p), collator::getCollationKey));
        Arrays.sort(results, sortDescending ? order.reversed() : order);
    }

    /** The query last run. */
    RegisterQuery lastQuery() {
        return lastQuery;
    }

    /** The hits of the last query, in table order. */
    List<ProcessProfile> results() {
        return List.of(results);
    }

    /** Milliseconds the index took for the last query (plus sorting). */
    double lastQueryMillis() {
        return lastQueryMillis;
    }

    /** Milliseconds the last index build took (once per register). */
    double indexBuildMillis() {
        return indexBuildMillis;
    }

    /** Milliseconds from the start of the last query until the visible rows were painted. */
    double lastFilterMillis() {
        return lastFilterMillis;
    }

    /** The results table (the window of visible rows and the scroll bar over all hits). */
    ResultTable<ProcessProfile> table() {
        return table;
    }

    String countText() {
        return countLabel.getText();
    }

    // --- Saved filters -------------------------------------------------------------------------------------------

    /** Saves the current filter under {@code name} (replacing one of that name). */
    void saveFilter(String name) {
        SavedFilters.put(name.strip(), currentFilter());
        refreshSavedFilters(name.strip());
    }

    /** Applies the saved filter {@code name}; returns whether it exists. */
    boolean applySavedFilter(String name) {
        return SavedFilters.get(name).map(filter -> {
            applyFilter(filter);
            refreshSavedFilters(name);
            return true;
        }).orElse(false);
    }

    List<String> savedFilterNames() {
        return SavedFilters.names();
    }

    void deleteSavedFilter(String name) {
        SavedFilters.remove(name);
        refreshSavedFilters(null);
    }

    private void askAndSaveFilter() {
        String chosen = facets.chosenSaved();
        String initial = chosen != null ? chosen : ""; //$NON-NLS-1$
        IInputValidator validator = text -> text == null || text.isBlank() ? Messages.Saved_NameMissing : null;
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Saved_Title, Messages.Saved_Prompt,
                initial, validator);
        if (dialog.open() == Window.OK) {
            String name = dialog.getValue().strip();
            if (SavedFilters.get(name).isPresent() && !name.equals(initial) && !MessageDialog.openQuestion(
                    getSite().getShell(), Messages.Saved_Title, NLS.bind(Messages.Saved_Replace, name))) {
                return;
            }
            saveFilter(name);
        }
    }

    private void deleteSelectedFilter() {
        String chosen = facets.chosenSaved();
        if (chosen != null && MessageDialog.openQuestion(getSite().getShell(), Messages.Saved_Title,
                NLS.bind(Messages.Saved_DeleteQuestion, chosen))) {
            deleteSavedFilter(chosen);
        }
    }

    private void refreshSavedFilters(String select) {
        facets.showSaved(SavedFilters.names(), select);
    }

    // --- Opening and selection -----------------------------------------------------------------------------------

    private void openSelected() {
        if (document == null) {
            return;
        }
        for (ProcessProfile profile : selectedProfiles()) {
            ProfileEditors.open(getSite().getPage(), document, profile);
        }
    }

    private List<ProcessProfile> selectedProfiles() {
        return table.getSelection();
    }

    @Override
    public void setFocus() {
        facets.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(visibility);
        tracker.dispose();
        indexes.values().forEach(RegisterIndex::dispose);
        indexes.clear();
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, runLater);
        }
        super.dispose();
    }
}

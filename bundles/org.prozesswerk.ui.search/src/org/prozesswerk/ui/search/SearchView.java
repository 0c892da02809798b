package org.prozesswerk.ui.search;

import java.lang.reflect.InvocationTargetException;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.search.internal.Messages;
import org.prozesswerk.ui.search.internal.SavedFilters;

/**
 * Suche und Filter: the facets of {@link RegisterQuery} as widgets over one open register, answered by a
 * {@link RegisterIndex} (built once per register, kept current by the index itself), results in a virtual table so
 * that 100,000 hits cost no more than the rows on screen. Filters can be saved under a name.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "org.prozesswerk.ui.search.view";

    private static final String PROFILE_EDITOR_ID = "org.prozesswerk.ui.editors.profile";
    private static final int TEXT_DELAY = 200;
    private static final int CHANGE_DELAY = 250;
    /** Registers up to this many Steckbriefe are indexed in the UI thread without a dialog. */
    private static final int SYNC_INDEX_LIMIT = 20_000;

    private final Map<RegisterDocument, RegisterIndex> indexes = new HashMap<>();
    private final Map<RegisterDocument, CommandStackListener> stackListeners = new HashMap<>();
    private final RegisterDocuments.Listener documentsListener = this::documentsChanged;
    private final Runnable runLater = this::runQuery;
    private final Runnable modelChangedLater = this::modelChanged;
    private final ResultSelection selectionProvider = new ResultSelection();

    private SashForm sash;
    private Combo registerCombo;
    private Combo folderCombo;
    private Combo unitCombo;
    private Combo catalogueCombo;
    private Text keyPrefixText;
    private final Map<FimStatus, Button> statusButtons = new EnumMap<>(FimStatus.class);
    private Combo oaaCombo;
    private Combo legalCombo;
    private Text tagText;
    private Text fullText;
    private Combo savedCombo;
    private Label countLabel;
    private ResultTable<ProcessProfile> table;

    private final List<RegisterDocument> registerChoices = new ArrayList<>();
    private final List<Folder> folderChoices = new ArrayList<>();
    private final List<OrgUnit> unitChoices = new ArrayList<>();
    private final List<String> catalogueChoices = new ArrayList<>();
    private final Map<Folder, String> folderPaths = new IdentityHashMap<>();

    private RegisterDocument document;
    private ProcessProfile[] results = new ProcessProfile[0];
    private RegisterQuery lastQuery = RegisterQuery.all();
    private double lastQueryMillis;
    private double lastFilterMillis;
    private double indexBuildMillis;
    private int sortColumn = -1;
    private boolean sortDescending;
    private boolean updatingWidgets;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        createFacets(sash);
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
        RegisterDocuments.getDefault().addListener(documentsListener);
        documentsChanged();
    }

    // --- Facets --------------------------------------------------------------------------------------------------

    private void createFacets(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite facets = new Composite(scroll, SWT.NONE);
        scroll.setContent(facets);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(6, 4).applyTo(facets);

        registerCombo = combo(facets, Messages.Facet_Register);
        registerCombo.addListener(SWT.Selection, e -> {
            int index = registerCombo.getSelectionIndex();
            setRegister(index < 0 ? null : registerChoices.get(index));
        });
        folderCombo = combo(facets, Messages.Facet_Folder);
        folderCombo.setVisibleItemCount(20);
        unitCombo = combo(facets, Messages.Facet_Unit);
        unitCombo.setVisibleItemCount(20);
        unitCombo.setToolTipText(Messages.Facet_Unit_Tooltip);
        catalogueCombo = combo(facets, Messages.Facet_Catalogue);
        label(facets, Messages.Facet_KeyPrefix);
        keyPrefixText = new Text(facets, SWT.BORDER | SWT.SEARCH);
        keyPrefixText.setMessage(Messages.Facet_KeyPrefix_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(keyPrefixText);

        Label statusLabel = label(facets, Messages.Facet_Status);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(statusLabel);
        Composite statuses = new Composite(facets, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(statuses);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 0).applyTo(statuses);
        for (FimStatus status : FimStatus.VALUES) {
            Button check = new Button(statuses, SWT.CHECK);
            check.setText(status.getValue() + " " + StatusWorkflow.label(status, Locale.getDefault())); //$NON-NLS-1$
            check.addListener(SWT.Selection, e -> filterChanged(0));
            statusButtons.put(status, check);
        }
        oaaCombo = combo(facets, Messages.Facet_Oaa);
        oaaCombo.setItems(Messages.Tri_Any, Messages.Tri_With, Messages.Tri_Without);
        oaaCombo.select(0);
        legalCombo = combo(facets, Messages.Facet_LegalBasis);
        legalCombo.setItems(Messages.Tri_Any, Messages.Tri_With, Messages.Tri_Without);
        legalCombo.select(0);
        label(facets, Messages.Facet_Tag);
        tagText = new Text(facets, SWT.BORDER | SWT.SEARCH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tagText);
        label(facets, Messages.Facet_Text);
        fullText = new Text(facets, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        fullText.setMessage(Messages.Facet_Text_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fullText);

        for (Combo combo : List.of(folderCombo, unitCombo, catalogueCombo, oaaCombo, legalCombo)) {
            combo.addListener(SWT.Selection, e -> filterChanged(0));
        }
        catalogueCombo.addListener(SWT.Selection, e -> keyPrefixText.setEnabled(catalogueCombo.getSelectionIndex() > 0));
        for (Text text : List.of(keyPrefixText, tagText, fullText)) {
            text.addListener(SWT.Modify, e -> filterChanged(TEXT_DELAY));
            text.addListener(SWT.DefaultSelection, e -> filterChanged(0));
        }

        Composite buttons = new Composite(facets, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 4).applyTo(buttons);
        savedCombo = new Combo(buttons, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(80, SWT.DEFAULT).applyTo(savedCombo);
        savedCombo.setToolTipText(Messages.Saved_Tooltip);
        savedCombo.addListener(SWT.Selection, e -> {
            int index = savedCombo.getSelectionIndex();
            if (index > 0) {
                applySavedFilter(savedCombo.getItem(index));
            }
        });
        button(buttons, Messages.Saved_Save, this::askAndSaveFilter);
        button(buttons, Messages.Saved_Delete, this::deleteSelectedFilter);
        button(buttons, Messages.Reset, () -> applyFilter(FilterSpec.NONE));
        refreshSavedFilters(null);
        keyPrefixText.setEnabled(false);

        // Labels beside the fields where there is room, above them in a narrow column; never wider than the view.
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            GridLayout layout = (GridLayout) facets.getLayout();
            GridLayout statusLayout = (GridLayout) statuses.getLayout();
            int columns = width >= 400 ? 2 : 1;
            int statusColumns = width >= 560 ? 2 : 1;
            if (layout.numColumns != columns || statusLayout.numColumns != statusColumns) {
                layout.numColumns = columns;
                statusLayout.numColumns = statusColumns;
                facets.layout(true, true);
            }
            scroll.setMinSize(facets.computeSize(Math.max(width, 160), SWT.DEFAULT));
        });
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Combo combo(Composite parent, String labelText) {
        label(parent, labelText);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.swtDefaults().applyTo(button);
        return button;
    }

    // --- Results -------------------------------------------------------------------------------------------------

    private void createResults(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 4).spacing(2, 4).applyTo(holder);
        countLabel = new Label(holder, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(countLabel);
        table = new ResultTable<>(holder, profile -> new String[] { nonNull(profile.getName()),
                nonNull(profile.getKey()), statusLabel(profile), unitLabel(profile.getResponsibleUnit()),
                folderPath(profile.eContainer()) });
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
    }

    private int width(String text) {
        GC gc = new GC(table.getTable());
        try {
            return gc.textExtent(text).x + 20;
        } finally {
            gc.dispose();
        }
    }

    private static String statusLabel(ProcessProfile profile) {
        return profile.getStatus() == null ? "" //$NON-NLS-1$
                : StatusWorkflow.label(profile.getStatus(), Locale.getDefault());
    }

    private static String unitLabel(OrgUnit unit) {
        if (unit == null) {
            return ""; //$NON-NLS-1$
        }
        String code = unit.getShortCode();
        return code == null || code.isBlank() ? nonNull(unit.getName()) : code + " " + nonNull(unit.getName()); //$NON-NLS-1$
    }

    private String folderPath(EObject container) {
        if (!(container instanceof Folder folder)) {
            return Messages.Unfiled;
        }
        return folderPaths.computeIfAbsent(folder, f -> {
            StringBuilder path = new StringBuilder(nonNull(f.getName()));
            for (EObject o = f.eContainer(); o instanceof Folder parent; o = parent.eContainer()) {
                path.insert(0, nonNull(parent.getName()) + " / "); //$NON-NLS-1$
            }
            return path.toString();
        });
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    // --- Register and index --------------------------------------------------------------------------------------

    private void documentsChanged() {
        if (table == null || table.getTable().isDisposed()) {
            return;
        }
        List<RegisterDocument> open = RegisterDocuments.getDefault().documents();
        for (RegisterDocument closed : new ArrayList<>(indexes.keySet())) {
            if (!open.contains(closed)) {
                indexes.remove(closed).dispose();
            }
        }
        for (RegisterDocument closed : new ArrayList<>(stackListeners.keySet())) {
            if (!open.contains(closed)) {
                closed.editingDomain().getCommandStack().removeCommandStackListener(stackListeners.remove(closed));
            }
        }
        registerChoices.clear();
        registerChoices.addAll(open);
        String[] names = new String[open.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = open.get(i).displayName();
        }
        registerCombo.setItems(names);
        RegisterDocument keep = document != null && open.contains(document) ? document : open.size() >= 1 ? open.get(0) : null;
        if (keep != null) {
            registerCombo.select(open.indexOf(keep));
        }
        if (keep != document) {
            setRegister(keep);
        }
    }

    /** Shows {@code newDocument}'s Steckbriefe (building its index if needed) with the current facets. */
    public void setRegister(RegisterDocument newDocument) {
        if (newDocument == document && (newDocument == null || indexes.containsKey(newDocument))) {
            return;
        }
        document = newDocument;
        folderPaths.clear();
        if (newDocument != null) {
            registerCombo.select(registerChoices.indexOf(newDocument));
            if (!indexes.containsKey(newDocument)) {
                if (size(newDocument) <= SYNC_INDEX_LIMIT) {
                    buildIndex(newDocument, false);
                } else {
                    scheduleBigIndex();
                }
            }
            stackListeners.computeIfAbsent(newDocument, d -> {
                CommandStackListener listener = event -> scheduleModelChanged();
                d.editingDomain().getCommandStack().addCommandStackListener(listener);
                return listener;
            });
        }
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

    /** The number of Steckbriefe, from the folders' list sizes (visits folders only). */
    private static int size(RegisterDocument doc) {
        int count = doc.register().getUnfiledProfiles().size();
        Deque<Folder> folders = new ArrayDeque<>(doc.register().getRootFolders());
        while (!folders.isEmpty()) {
            Folder folder = folders.pop();
            count += folder.getProfiles().size();
            folders.addAll(folder.getFolders());
        }
        return count;
    }

    /** Whether the register shown has its index (big registers get it shortly after they are chosen). */
    public boolean hasIndex() {
        return document != null && indexes.containsKey(document);
    }

    public RegisterDocument register() {
        return document;
    }

    private void scheduleModelChanged() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (Display.getCurrent() != null) {
            display.timerExec(CHANGE_DELAY, modelChangedLater);
        } else if (!display.isDisposed()) {
            display.asyncExec(() -> display.timerExec(CHANGE_DELAY, modelChangedLater));
        }
    }

    /** After edits: new folders, units or catalogues become choices, and the hits are computed again. */
    private void modelChanged() {
        if (table.getTable().isDisposed() || document == null) {
            return;
        }
        folderPaths.clear();
        FilterSpec keep = currentFilter();
        refreshChoices();
        setWidgets(keep);
        runQuery();
    }

    private void refreshChoices() {
        updatingWidgets = true;
        try {
            folderChoices.clear();
            unitChoices.clear();
            catalogueChoices.clear();
            List<String> folders = new ArrayList<>(List.of(Messages.All_Folders));
            List<String> units = new ArrayList<>(List.of(Messages.All_Units));
            if (document != null) {
                ProcessRegister register = document.register();
                for (Folder folder : register.getRootFolders()) {
                    addFolders(folder, 0, folders);
                }
                for (OrgUnit unit : register.getOrganisation()) {
                    addUnits(unit, 0, units);
                }
            }
            folderCombo.setItems(folders.toArray(String[]::new));
            unitCombo.setItems(units.toArray(String[]::new));
            // Catalogues: the installed ones and those the register uses, once each (ids ignore case).
            Map<String, String> catalogues = new TreeMap<>();
            for (Catalogue catalogue : CatalogueRegistry.getDefault().catalogues()) {
                catalogues.put(catalogue.id().toUpperCase(Locale.ROOT), catalogue.id() + "\u0000" + catalogue.name()); //$NON-NLS-1$
            }
            if (document != null) {
                for (CatalogueUsage usage : document.register().getUsedCatalogues()) {
                    addCatalogueId(catalogues, usage.getCatalogueId());
                }
                if (document.register().getUsedCatalogues().isEmpty() && indexes.get(document) != null
                        && indexes.get(document).size() < 20_000) {
                    for (ProcessProfile profile : indexes.get(document).find(RegisterQuery.all())) {
                        for (CatalogueReference reference : profile.getCatalogueReferences()) {
                            addCatalogueId(catalogues, reference.getCatalogueId());
                        }
                    }
                }
            }
            List<String> items = new ArrayList<>(List.of(Messages.All_Catalogues));
            for (String value : catalogues.values()) {
                int split = value.indexOf('\u0000');
                catalogueChoices.add(value.substring(0, split));
                items.add(value.substring(split + 1));
            }
            catalogueCombo.setItems(items.toArray(String[]::new));
        } finally {
            updatingWidgets = false;
        }
    }

    private static void addCatalogueId(Map<String, String> catalogues, String id) {
        if (id != null && !id.isBlank()) {
            catalogues.putIfAbsent(id.toUpperCase(Locale.ROOT), id + "\u0000" + id); //$NON-NLS-1$
        }
    }

    private void addFolders(Folder folder, int depth, List<String> items) {
        folderChoices.add(folder);
        items.add("  ".repeat(depth) + nonNull(folder.getName())); //$NON-NLS-1$
        for (Folder child : folder.getFolders()) {
            addFolders(child, depth + 1, items);
        }
    }

    private void addUnits(OrgUnit unit, int depth, List<String> items) {
        unitChoices.add(unit);
        items.add("  ".repeat(depth) + unitLabel(unit)); //$NON-NLS-1$
        for (OrgUnit child : unit.getChildren()) {
            addUnits(child, depth + 1, items);
        }
    }

    // --- Filter <-> widgets --------------------------------------------------------------------------------------

    /** The filter the widgets show. */
    public FilterSpec currentFilter() {
        int folder = folderCombo.getSelectionIndex();
        int unit = unitCombo.getSelectionIndex();
        int catalogue = catalogueCombo.getSelectionIndex();
        Set<FimStatus> statuses = EnumSet.noneOf(FimStatus.class);
        statusButtons.forEach((status, button) -> {
            if (button.getSelection()) {
                statuses.add(status);
            }
        });
        return new FilterSpec(folder > 0 ? folderChoices.get(folder - 1).getId() : null,
                unit > 0 ? unitChoices.get(unit - 1).getId() : null,
                catalogue > 0 ? catalogueChoices.get(catalogue - 1) : null, keyPrefixText.getText(), statuses,
                tri(oaaCombo), tri(legalCombo), tagText.getText(), fullText.getText());
    }

    private static Boolean tri(Combo combo) {
        return switch (combo.getSelectionIndex()) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Shows the filter in the widgets and applies it now. */
    public void applyFilter(FilterSpec filter) {
        setWidgets(filter);
        runQuery();
    }

    private void setWidgets(FilterSpec filter) {
        updatingWidgets = true;
        try {
            folderCombo.select(indexOfId(folderChoices, filter.folderId(), Folder::getId) + 1);
            unitCombo.select(indexOfId(unitChoices, filter.unitId(), OrgUnit::getId) + 1);
            int catalogue = 0;
            for (int i = 0; i < catalogueChoices.size(); i++) {
                if (catalogueChoices.get(i).equalsIgnoreCase(nonNull(filter.catalogueId()))) {
                    catalogue = i + 1;
                }
            }
            catalogueCombo.select(catalogue);
            keyPrefixText.setEnabled(catalogue > 0);
            keyPrefixText.setText(nonNull(filter.keyPrefix()));
            statusButtons.forEach((status, button) -> button.setSelection(filter.statuses().contains(status)));
            oaaCombo.select(filter.onlineService() == null ? 0 : filter.onlineService() ? 1 : 2);
            legalCombo.select(filter.legalBasis() == null ? 0 : filter.legalBasis() ? 1 : 2);
            tagText.setText(nonNull(filter.tag()));
            fullText.setText(nonNull(filter.text()));
        } finally {
            updatingWidgets = false;
        }
    }

    private static <T> int indexOfId(List<T> choices, String id, Function<T, String> idOf) {
        if (id != null) {
            for (int i = 0; i < choices.size(); i++) {
                if (id.equals(idOf.apply(choices.get(i)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void filterChanged(int delay) {
        if (updatingWidgets || table.getTable().isDisposed()) {
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
    public void runQuery() {
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
        Function<ProcessProfile, String> text = switch (sortColumn) {
            case 1 -> p -> nonNull(p.getKey());
            case 2 -> p -> p.getStatus() == null ? "" : String.valueOf(p.getStatus().getValue()); //$NON-NLS-1$
            case 3 -> p -> unitLabel(p.getResponsibleUnit());
            case 4 -> p -> folderPath(p.eContainer());
            default -> p -> nonNull(p.getName());
        };
        // Collation keys once per row: comparing with a Collator directly would be 20 times slower for 100,000.
        Map<String, java.text.CollationKey> keys = new HashMap<>();
        Comparator<ProcessProfile> order = Comparator
                .comparing(p -> keys.computeIfAbsent(text.apply(p), collator::getCollationKey));
        Arrays.sort(results, sortDescending ? order.reversed() : order);
    }

    /** The query last run. */
    public RegisterQuery lastQuery() {
        return lastQuery;
    }

    /** The hits of the last query, in table order. */
    public List<ProcessProfile> results() {
        return List.of(results);
    }

    /** Milliseconds the index took for the last query (plus sorting). */
    public double lastQueryMillis() {
        return lastQueryMillis;
    }

    /** Milliseconds the last index build took (once per register). */
    public double indexBuildMillis() {
        return indexBuildMillis;
    }

    /** Milliseconds from the start of the last query until the visible rows were painted. */
    public double lastFilterMillis() {
        return lastFilterMillis;
    }

    /** The results table (the window of visible rows and the scroll bar over all hits). */
    public ResultTable<ProcessProfile> table() {
        return table;
    }

    public String countText() {
        return countLabel.getText();
    }

    // --- Saved filters -------------------------------------------------------------------------------------------

    /** Saves the current filter under {@code name} (replacing one of that name). */
    public void saveFilter(String name) {
        SavedFilters.put(name.strip(), currentFilter());
        refreshSavedFilters(name.strip());
    }

    /** Applies the saved filter {@code name}; returns whether it exists. */
    public boolean applySavedFilter(String name) {
        return SavedFilters.get(name).map(filter -> {
            applyFilter(filter);
            refreshSavedFilters(name);
            return true;
        }).orElse(false);
    }

    public List<String> savedFilterNames() {
        return SavedFilters.names();
    }

    public void deleteSavedFilter(String name) {
        SavedFilters.remove(name);
        refreshSavedFilters(null);
    }

    private void askAndSaveFilter() {
        int index = savedCombo.getSelectionIndex();
        String initial = index > 0 ? savedCombo.getItem(index) : ""; //$NON-NLS-1$
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
        int index = savedCombo.getSelectionIndex();
        if (index > 0 && MessageDialog.openQuestion(getSite().getShell(), Messages.Saved_Title,
                NLS.bind(Messages.Saved_DeleteQuestion, savedCombo.getItem(index)))) {
            deleteSavedFilter(savedCombo.getItem(index));
        }
    }

    private void refreshSavedFilters(String select) {
        List<String> items = new ArrayList<>(List.of(Messages.Saved_Choose));
        items.addAll(SavedFilters.names());
        savedCombo.setItems(items.toArray(String[]::new));
        savedCombo.select(Math.max(0, select == null ? 0 : items.indexOf(select)));
    }

    // --- Opening and selection -----------------------------------------------------------------------------------

    private void openSelected() {
        IWorkbenchPage page = getSite().getPage();
        if (document == null || PlatformUI.getWorkbench().getEditorRegistry().findEditor(PROFILE_EDITOR_ID) == null) {
            return;
        }
        for (ProcessProfile profile : selectedProfiles()) {
            try {
                page.openEditor(ProfileEditorInput.of(document, profile), PROFILE_EDITOR_ID);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    private List<ProcessProfile> selectedProfiles() {
        return table.getSelection();
    }

    /** Publishes the selected Steckbriefe, so the properties view, the dashboard and the catalogue browser follow. */
    private final class ResultSelection implements ISelectionProvider {

        private final List<ISelectionChangedListener> listeners = new ArrayList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return table == null || table.getTable().isDisposed() ? StructuredSelection.EMPTY
                    : new StructuredSelection(selectedProfiles());
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof IStructuredSelection structured) {
                List<ProcessProfile> profiles = new ArrayList<>();
                for (Object element : structured.toList()) {
                    if (element instanceof ProcessProfile profile) {
                        profiles.add(profile);
                    }
                }
                table.setSelection(profiles);
                fire();
            }
        }

        void fire() {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener listener : List.copyOf(listeners)) {
                listener.selectionChanged(event);
            }
        }
    }

    @Override
    public void setFocus() {
        fullText.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(visibility);
        RegisterDocuments.getDefault().removeListener(documentsListener);
        stackListeners.forEach((doc, listener) -> doc.editingDomain().getCommandStack()
                .removeCommandStackListener(listener));
        stackListeners.clear();
        indexes.values().forEach(RegisterIndex::dispose);
        indexes.clear();
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, runLater);
            display.timerExec(-1, modelChangedLater);
        }
        super.dispose();
    }
}

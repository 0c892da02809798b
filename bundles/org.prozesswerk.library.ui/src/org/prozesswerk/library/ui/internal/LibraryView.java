/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jgit.revwalk.RevCommit;
import org.prozesswerk.bpmn.ui.BpmnEditors;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;

/**
 * The „Bibliothek“ view: the items of a connected library with search and filters (text, FIM status, publishing
 * body, catalogue key), the selected item's Steckbrief, its BPMN models and its history from the Git log, and the
 * difference between two versions in the register compare editor. With no library connected it offers the local demo
 * library and „Bibliothek verbinden…“.
 */
public final class LibraryView extends ViewPart {

    public static final String ID = "org.prozesswerk.library.ui.view";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    /** One row: an item of the shown library. */
    public record Row(LibraryItem item) {
        String catalogueKeys() {
            return String.join(", ", item.steckbrief().catalogueReferences().stream()
                    .map(c -> c.catalogue() + " " + c.key()).toList());
        }
    }

    private LibraryConnections connections;
    private final Runnable onConnectionsChanged = () -> Display.getDefault().asyncExec(this::refreshConnections);
    private Composite offer;
    private Combo libraryCombo;
    private Text search;
    private Combo status;
    private Combo publisher;
    private Text catalogueKey;
    private TableViewer items;
    private Text preview;
    private TableViewer history;
    private Button compare;
    private Composite models;
    private Label state;
    private List<Row> rows = List.of();
    private LibraryConnections.Connection shown;

    @Override
    public void createPartControl(Composite parent) {
        connections = LibraryConnections.getDefault();
        parent.setLayout(new GridLayout(1, false));
        createOffer(parent);
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText(Messages.viewLibrary);
        libraryCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        libraryCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        libraryCombo.addListener(SWT.Selection, e -> show(selectedConnection()));
        button(top, Messages.viewPull, this::pull);
        button(top, Messages.viewConnect, this::connect);

        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(Messages.viewSearch);
        search = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(Messages.viewStatus);
        status = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
        status.setLayoutData(new GridData(180, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(Messages.viewPublisher);
        publisher = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
        publisher.setLayoutData(new GridData(200, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(Messages.viewCatalogueKey);
        catalogueKey = new Text(filters, SWT.BORDER);
        catalogueKey.setLayoutData(new GridData(140, SWT.DEFAULT));
        search.addListener(SWT.Modify, e -> items.refresh());
        catalogueKey.addListener(SWT.Modify, e -> items.refresh());
        status.addListener(SWT.Selection, e -> items.refresh());
        publisher.addListener(SWT.Selection, e -> items.refresh());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createItemTable(sash);
        createDetails(sash);
        sash.setWeights(55, 45);
        state = new Label(parent, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        getSite().setSelectionProvider(items);
        connections.addListener(onConnectionsChanged);
        refreshConnections();
    }

    private void createOffer(Composite parent) {
        offer = new Composite(parent, SWT.BORDER);
        offer.setLayout(new GridLayout(3, false));
        offer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label text = new Label(offer, SWT.WRAP);
        text.setText(Messages.offerText);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(offer, Messages.offerDemo, this::setUpDemo);
        button(offer, Messages.viewConnect, this::connect);
    }

    private void createItemTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        items = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        items.getTable().setHeaderVisible(true);
        items.getTable().setLinesVisible(true);
        items.setContentProvider(ArrayContentProvider.getInstance());
        LibraryView.<Row>column(items, layout, Messages.columnName, 40, r -> r.item().steckbrief().name());
        LibraryView.<Row>column(items, layout, Messages.columnKey, 12, r -> r.item().steckbrief().key());
        LibraryView.<Row>column(items, layout, Messages.columnPublisher, 18, r -> r.item().publisher());
        LibraryView.<Row>column(items, layout, Messages.columnStatus, 14, r -> Steckbriefs.status(r.item()));
        LibraryView.<Row>column(items, layout, Messages.columnVersion, 6,
                r -> String.valueOf(r.item().version()));
        LibraryView.<Row>column(items, layout, Messages.columnCatalogue, 18, Row::catalogueKeys);
        items.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches((Row) element);
            }
        });
        items.addSelectionChangedListener(e -> showDetails());
    }

    /** A column of {@code viewer} showing {@code text} of its rows (of type {@code T}). */
    @SuppressWarnings("unchecked")
    private static <T> void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            java.util.function.Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 40));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Objects.toString(text.apply((T) element), "");
            }
        });
    }

    private void createDetails(Composite parent) {
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        TabItem steckbrief = new TabItem(tabs, SWT.NONE);
        steckbrief.setText(Messages.tabSteckbrief);
        preview = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        steckbrief.setControl(preview);

        TabItem historyTab = new TabItem(tabs, SWT.NONE);
        historyTab.setText(Messages.tabHistory);
        Composite h = new Composite(tabs, SWT.NONE);
        h.setLayout(new GridLayout(1, false));
        Composite tableHolder = new Composite(h, SWT.NONE);
        tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        history = new TableViewer(tableHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        history.getTable().setHeaderVisible(true);
        history.setContentProvider(ArrayContentProvider.getInstance());
        LibraryView.<RevCommit>column(history, layout, Messages.columnWhen, 22,
                c -> WHEN.format(c.getAuthorIdent().getWhenAsInstant()));
        LibraryView.<RevCommit>column(history, layout, Messages.columnWho, 25, c -> c.getAuthorIdent().getName());
        LibraryView.<RevCommit>column(history, layout, Messages.columnWhat, 40, RevCommit::getShortMessage);
        LibraryView.<RevCommit>column(history, layout, Messages.columnCommit, 13,
                c -> c.getId().abbreviate(10).name());
        compare = button(h, Messages.historyCompare, this::compareVersions);
        historyTab.setControl(h);

        TabItem modelTab = new TabItem(tabs, SWT.NONE);
        modelTab.setText(Messages.tabModels);
        models = new Composite(tabs, SWT.NONE);
        models.setLayout(new GridLayout(1, false));
        modelTab.setControl(models);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    // ------------------------------------------------------------------ filters

    boolean matches(Row row) {
        LibraryItem.Steckbrief s = row.item().steckbrief();
        String q = search.getText().strip().toLowerCase(Locale.ROOT);
        if (!q.isEmpty() && !(contains(s.name(), q) || contains(s.key(), q) || contains(s.shortDescription(), q)
                || contains(row.item().id(), q) || s.tags().stream().anyMatch(t -> contains(t, q)))) {
            return false;
        }
        String key = catalogueKey.getText().strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && s.catalogueReferences().stream().noneMatch(c -> contains(c.key(), key))) {
            return false;
        }
        if (status.getSelectionIndex() > 0
                && !status.getText().equals(Steckbriefs.status(row.item()))) {
            return false;
        }
        return publisher.getSelectionIndex() <= 0 || publisher.getText().equals(row.item().publisher());
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    // ------------------------------------------------------------------ libraries

    private void refreshConnections() {
        if (libraryCombo == null || libraryCombo.isDisposed()) {
            return;
        }
        List<LibraryConnections.Connection> all = connections.connections();
        libraryCombo.removeAll();
        for (LibraryConnections.Connection c : all) {
            libraryCombo.add(c.name() + " \u2013 " + c.url());
        }
        offer.setVisible(all.isEmpty());
        ((GridData) offer.getLayoutData()).exclude = !all.isEmpty();
        offer.getParent().layout(true, true);
        if (all.isEmpty()) {
            show(null);
            return;
        }
        int index = shown == null ? 0 : Math.max(0, all.indexOf(shown));
        libraryCombo.select(index);
        show(all.get(index));
    }

    LibraryConnections.Connection selectedConnection() {
        int i = libraryCombo.getSelectionIndex();
        List<LibraryConnections.Connection> all = connections.connections();
        return i < 0 || i >= all.size() ? null : all.get(i);
    }

    /** Reads the items of {@code c} in a Job and shows them. */
    void show(LibraryConnections.Connection c) {
        shown = c;
        if (c == null) {
            setRows(List.of(), "");
            return;
        }
        Job job = Job.create(NLS.bind(Messages.jobReading, c.name()), (IProgressMonitor monitor) -> {
            List<Row> read = new ArrayList<>();
            String message;
            try (Library library = connections.open(c)) {
                List<String> ids = library.itemIds();
                monitor.beginTask(NLS.bind(Messages.jobReading, c.name()), ids.size());
                List<String> invalid = new ArrayList<>();
                for (String id : ids) {
                    try {
                        read.add(new Row(library.item(id)));
                    } catch (LibraryException e) {
                        invalid.add(e.getMessage());
                    }
                    monitor.worked(1);
                }
                message = invalid.isEmpty() ? NLS.bind(Messages.viewItems, read.size(), c.url())
                        : NLS.bind(Messages.viewInvalidItems, invalid.size(), invalid.get(0));
            } catch (LibraryException | java.io.IOException e) {
                message = e.getMessage();
            }
            read.sort(java.util.Comparator.comparing(r -> Objects.toString(r.item().steckbrief().name(), "")));
            String text = message;
            Display.getDefault().asyncExec(() -> {
                if (!items.getTable().isDisposed() && c.equals(shown)) {
                    setRows(read, text);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void setRows(List<Row> newRows, String message) {
        rows = newRows;
        fillChoice(status, rows.stream().map(r -> Steckbriefs.status(r.item())).toList());
        fillChoice(publisher, rows.stream().map(r -> r.item().publisher()).toList());
        items.setInput(rows);
        state.setText(message);
        showDetails();
    }

    private static void fillChoice(Combo combo, List<String> values) {
        String before = combo.getText();
        combo.removeAll();
        combo.add(Messages.filterAll);
        new TreeSet<>(values.stream().filter(Objects::nonNull).toList()).forEach(combo::add);
        int i = java.util.Arrays.asList(combo.getItems()).indexOf(before);
        combo.select(Math.max(0, i));
    }

    private void connect() {
        ConnectDialog dialog = new ConnectDialog(getSite().getShell(), connections);
        if (dialog.open() == Window.OK && dialog.connected() != null) {
            shown = dialog.connected();
            refreshConnections();
        }
    }

    private void pull() {
        LibraryConnections.Connection c = selectedConnection();
        if (c == null) {
            return;
        }
        try (Library library = connections.open(c)) {
            library.pull();
        } catch (LibraryException e) {
            MessageDialog.openError(getSite().getShell(), Messages.viewPull, e.getMessage());
        }
        show(c);
    }

    private void setUpDemo() {
        try {
            DemoSetup.run(getSite().getShell(), connections);
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.offerDemo, e.toString());
        }
    }

    // ------------------------------------------------------------------ details

    /** The items selected in the table. */
    public List<LibraryItem> selectedItems() {
        List<LibraryItem> out = new ArrayList<>();
        for (Object o : items.getStructuredSelection()) {
            out.add(((Row) o).item());
        }
        return out;
    }

    /** The library shown, or null. */
    public LibraryConnections.Connection shownConnection() {
        return shown;
    }

    private void showDetails() {
        IStructuredSelection s = items.getStructuredSelection();
        Row row = s.size() == 1 ? (Row) s.getFirstElement() : null;
        preview.setText(row == null ? "" : Steckbriefs.preview(row.item()));
        for (var child : models.getChildren()) {
            child.dispose();
        }
        List<RevCommit> commits = List.of();
        if (row != null && shown != null) {
            try (Library library = connections.open(shown)) {
                commits = library.history(row.item().id());
                for (LibraryItem.Model m : row.item().steckbrief().models()) {
                    Path file = library.workTree().resolve(LibraryLayout.itemFolder(row.item().id())).resolve(m.path());
                    String title = m.title() == null || m.title().isBlank() ? m.path() : m.title();
                    button(models, NLS.bind(Messages.modelOpen, title), () -> openModel(file));
                }
            } catch (LibraryException e) {
                state.setText(e.getMessage());
            }
        }
        if (row != null && row.item().steckbrief().models().isEmpty()) {
            new Label(models, SWT.NONE).setText(Messages.modelNone);
        }
        models.layout(true, true);
        history.setInput(commits);
        compare.setEnabled(commits.size() > 1);
    }

    private void openModel(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PartInitException(file.toString());
            }
            BpmnEditors.open(getSite().getPage(), file);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.tabModels, e.getMessage());
        }
    }

    /** Compares the two selected versions (or the selected one with the one before it) in the compare editor. */
    void compareVersions() {
        IStructuredSelection s = items.getStructuredSelection();
        if (s.size() != 1 || shown == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<RevCommit> all = (List<RevCommit>) history.getInput();
        List<?> chosen = history.getStructuredSelection().toList();
        RevCommit newer;
        RevCommit older;
        if (chosen.size() >= 2) {
            newer = (RevCommit) chosen.get(0);
            older = (RevCommit) chosen.get(chosen.size() - 1);
        } else {
            newer = chosen.isEmpty() ? all.get(0) : (RevCommit) chosen.get(0);
            int i = all.indexOf(newer);
            if (i + 1 >= all.size()) {
                return;
            }
            older = all.get(i + 1);
        }
        try (Library library = connections.open(shown)) {
            VersionCompare.open(getSite().getPage(), library, ((Row) s.getFirstElement()).item().id(), older, newer);
        } catch (LibraryException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.historyCompare, e.getMessage());
        }
    }

    /** For the workbench test. */
    TableViewer items() {
        return items;
    }

    TableViewer history() {
        return history;
    }

    Text preview() {
        return preview;
    }

    Text search() {
        return search;
    }

    Combo status() {
        return status;
    }

    List<Row> rows() {
        return rows;
    }

    void select(List<String> ids) {
        items.setSelection(new StructuredSelection(rows.stream().filter(r -> ids.contains(r.item().id()))
                .toArray()), true);
    }

    @Override
    public void setFocus() {
        items.getTable().setFocus();
    }

    @Override
    public void dispose() {
        connections.removeListener(onConnectionsChanged);
        super.dispose();
    }
}

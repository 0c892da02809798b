/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableFontProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.Side;

/**
 * The grouped change list shared by the update preview and the compare editor: folder (or category) → Steckbrief (or
 * element) → changes, with the columns Element | Änderung | value columns; a search field and a "conflicts only"
 * filter above it. Conflicts are highlighted: open ones red, decided ones yellow. In the update, a click into the
 * Lokal or Neu cell of a conflict decides it for that side.
 */
public final class ChangeTree {

    /** Decides a conflict: side chosen by one click into a value column. */
    public interface Decider {
        void decide(List<Conflict> conflicts, Side side);
    }

    /** Up to this many rows the tree opens completely. */
    private static final int EXPAND_ALL_LIMIT = 200;

    private final Composite control;
    private final Text search;
    private final Button conflictsOnly;
    private final Label summary;
    private final TreeViewer viewer;
    private final String[] valueColumns;
    private List<Change> rows = List.of();
    /** Resolves a conflict to its side under the current decisions ({@code null}: open); null in the compare. */
    private Function<Conflict, Side> resolver;
    private Decider decider;
    private int oursColumn = -1, theirsColumn = -1, resultColumn = -1;

    /**
     * @param valueColumns titles of the value columns (three-way: Basis, Lokal, Neu, Ergebnis)
     * @param withConflictFilter whether to offer "only conflicts"
     */
    public ChangeTree(Composite parent, String[] valueColumns, boolean withConflictFilter) {
        this.valueColumns = valueColumns;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));

        Label searchLabel = new Label(control, SWT.NONE);
        searchLabel.setText(Messages.searchLabel);
        search = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(Messages.searchHint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> refresh());
        conflictsOnly = new Button(control, SWT.CHECK);
        conflictsOnly.setText(Messages.conflictsOnly);
        conflictsOnly.setVisible(withConflictFilter);
        conflictsOnly.addListener(SWT.Selection, e -> refresh());

        // the columns share the width by weight, so that every column stays visible in a narrow editor area
        Composite treeArea = new Composite(control, SWT.NONE);
        GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        treeData.heightHint = 300;
        treeArea.setLayoutData(treeData);
        TreeColumnLayout columns = new TreeColumnLayout();
        treeArea.setLayout(columns);
        viewer = new TreeViewer(treeArea, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        column(tree, columns, Messages.columnElement, 32, 240);
        column(tree, columns, Messages.columnChange, 16, 130);
        for (String title : valueColumns) {
            column(tree, columns, title, 52 / valueColumns.length, 100);
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new RowLabelProvider());
        tree.addListener(SWT.MouseDown, e -> clicked(new Point(e.x, e.y)));
        // values longer than their column: the whole text as a tooltip
        tree.addListener(SWT.MouseHover, e -> {
            TreeItem item = tree.getItem(new Point(e.x, e.y));
            String tip = null;
            for (int c = 0; item != null && c < tree.getColumnCount(); c++) {
                if (item.getBounds(c).contains(e.x, e.y)) {
                    tip = item.getText(c);
                }
            }
            tree.setToolTipText(tip == null || tip.isEmpty() ? null : tip);
        });

        summary = new Label(control, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    private static void column(Tree tree, TreeColumnLayout layout, String title, int weight, int minimum) {
        TreeColumn c = new TreeColumn(tree, SWT.LEFT);
        c.setText(title);
        c.setResizable(true);
        layout.setColumnData(c, new ColumnWeightData(weight, minimum, true));
    }

    /** Makes the conflicts decidable: one click in the column {@code ours} or {@code theirs} decides for that side. */
    public void setDecisions(Function<Conflict, Side> resolver, Decider decider, int oursValueColumn,
            int theirsValueColumn, int resultValueColumn) {
        this.resolver = resolver;
        this.decider = decider;
        this.oursColumn = 2 + oursValueColumn;
        this.theirsColumn = 2 + theirsValueColumn;
        this.resultColumn = resultValueColumn;
    }

    public void setRows(List<Change> rows) {
        this.rows = rows;
        refresh();
    }

    public List<Change> rows() {
        return rows;
    }

    public Composite control() {
        return control;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public Text search() {
        return search;
    }

    public Button conflictsOnly() {
        return conflictsOnly;
    }

    /** @return the summary line below the tree */
    public Label summary() {
        return summary;
    }

    /** Re-filters and regroups; keeps the tree expanded to the element level. */
    public void refresh() {
        String needle = search.getText().trim().toLowerCase(Locale.ROOT);
        boolean onlyConflicts = conflictsOnly.getSelection();
        Predicate<Change> filter = row -> (!onlyConflicts || row.conflict() != null)
                && (needle.isEmpty() || row.matches(needle));
        List<ChangeNode> groups = ChangeNode.group(rows, filter);
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(groups);
            // a short list fully open; a long one with its groups and the elements with conflicts open: the user
            // sees what needs a decision without scrolling through thousands of automatic changes
            long shownRows = groups.stream().mapToLong(g -> g.allChanges().size()).sum();
            if (shownRows <= EXPAND_ALL_LIMIT) {
                viewer.expandAll();
            } else {
                for (ChangeNode g : groups) {
                    viewer.setExpandedState(g, true);
                    for (ChangeNode e : g.children) {
                        if (e.changes.stream().anyMatch(c -> c.conflict() != null)) {
                            viewer.setExpandedState(e, true);
                        }
                    }
                }
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
        int shown = 0, conflicts = 0, open = 0;
        for (ChangeNode g : groups) {
            for (Change c : g.allChanges()) {
                shown++;
                if (c.conflict() != null) {
                    conflicts++;
                    if (resolver != null && resolver.apply(c.conflict()) == null) {
                        open++;
                    }
                }
            }
        }
        summary.setText(resolver == null ? NLS.bind(Messages.summaryCompare, shown, rows.size())
                : NLS.bind(Messages.summaryUpdate, new Object[] { shown, rows.size(), conflicts, open }));
    }

    /** Updates the labels after decisions changed, without regrouping. */
    public void decisionsChanged() {
        refresh();
    }

    /** @return the conflicts in the selection, including those below selected folders and Steckbriefe */
    public List<Conflict> selectedConflicts() {
        List<Conflict> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            List<Change> changes = o instanceof ChangeNode n ? n.allChanges() : List.of((Change) o);
            for (Change c : changes) {
                if (c.conflict() != null && !out.contains(c.conflict())) {
                    out.add(c.conflict());
                }
            }
        }
        return out;
    }

    private void clicked(Point point) {
        if (decider == null) {
            return;
        }
        TreeItem item = viewer.getTree().getItem(point);
        if (item == null || !(item.getData() instanceof Change change) || change.conflict() == null) {
            return;
        }
        if (item.getBounds(oursColumn).contains(point)) {
            decider.decide(List.of(change.conflict()), Side.OURS);
        } else if (item.getBounds(theirsColumn).contains(point)) {
            decider.decide(List.of(change.conflict()), Side.THEIRS);
        }
    }

    /** The text of a value column of a row; the result of a conflict follows the decision. */
    String value(Change row, int index) {
        if (row.conflict() != null && index == resultColumn && resolver != null) {
            Side side = resolver.apply(row.conflict());
            if (side == null) {
                return Messages.valueOpen;
            }
            return side == Side.OURS ? row.values()[1] : row.values()[2];
        }
        String v = row.values()[index];
        return v == null ? "" : v;
    }

    private final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ChangeNode n ? n.childArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof ChangeNode n ? n.parent : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ChangeNode;
        }
    }

    private final class RowLabelProvider extends LabelProvider
            implements ITableLabelProvider, ITableColorProvider, ITableFontProvider {

        @Override
        public Image getColumnImage(Object element, int columnIndex) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            if (element instanceof ChangeNode n) {
                if (column != 0) {
                    return "";
                }
                List<Change> all = n.allChanges();
                long conflicts = all.stream().filter(c -> c.conflict() != null).count();
                return conflicts == 0 ? NLS.bind(Messages.nodeChanges, n.label, all.size())
                        : NLS.bind(Messages.nodeChangesConflicts, new Object[] { n.label, all.size(), conflicts });
            }
            Change row = (Change) element;
            return switch (column) {
                case 0 -> row.feature().isEmpty() ? row.element() : row.feature();
                case 1 -> row.kind();
                default -> column - 2 < valueColumns.length ? value(row, column - 2) : "";
            };
        }

        @Override
        public Color getForeground(Object element, int columnIndex) {
            return null;
        }

        @Override
        public Color getBackground(Object element, int columnIndex) {
            if (element instanceof Change row && row.conflict() != null && resolver != null) {
                Side side = resolver.apply(row.conflict());
                if (side == null) {
                    return JFaceResources.getColorRegistry().get(OPEN_COLOR);
                }
                boolean chosen = side == Side.OURS && columnIndex == oursColumn
                        || side == Side.THEIRS && columnIndex == theirsColumn;
                return JFaceResources.getColorRegistry().get(chosen ? CHOSEN_COLOR : DECIDED_COLOR);
            }
            return null;
        }

        @Override
        public Font getFont(Object element, int columnIndex) {
            if (element instanceof ChangeNode n && columnIndex == 0
                    && n.allChanges().stream().anyMatch(c -> c.conflict() != null)) {
                return JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
            }
            return null;
        }
    }

    static final String OPEN_COLOR = "org.prozesswerk.merge.ui.conflict.open";
    static final String DECIDED_COLOR = "org.prozesswerk.merge.ui.conflict.decided";
    static final String CHOSEN_COLOR = "org.prozesswerk.merge.ui.conflict.chosen";

    static {
        JFaceResources.getColorRegistry().put(OPEN_COLOR, new org.eclipse.swt.graphics.RGB(255, 205, 205));
        JFaceResources.getColorRegistry().put(DECIDED_COLOR, new org.eclipse.swt.graphics.RGB(255, 244, 200));
        JFaceResources.getColorRegistry().put(CHOSEN_COLOR, new org.eclipse.swt.graphics.RGB(200, 240, 200));
    }
}

package org.prozesswerk.ui.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A results table whose cost does not grow with the number of hits: the SWT table holds only the rows that fit on
 * screen, and a scroll bar beside it spans all hits.
 * <p>
 * Why not a plain {@code SWT.VIRTUAL} table: on GTK a virtual table still appends one GtkListStore row per item,
 * so {@code setItemCount(100_000)} takes 0.4–1.5 s and shrinking it again more (measured on our build machine), far
 * above the 100 ms a filter change may take. Here a filter change costs the rows on screen, whatever the hit count.
 * Mouse wheel, arrow keys, page keys, Home/End and the scroll bar move the window; the selection is kept as objects,
 * so it survives scrolling.
 *
 * @param <T> the row type
 */
public final class ResultTable<T> {

    private final Composite control;
    private final Table table;
    private final Slider slider;
    private final Function<T, String[]> texts;
    private final List<Listener> selectionListeners = new ArrayList<>();
    private final List<Listener> openListeners = new ArrayList<>();
    private final Set<T> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<T> rows = List.of();
    private int top;
    private int visible = 1;
    private int focus = -1;
    private boolean filling;

    public ResultTable(Composite parent, Function<T, String[]> texts) {
        this.texts = texts;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        control.setLayout(layout);
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.NO_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        slider = new Slider(control, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, e -> setTopIndex(slider.getSelection()));
        table.addListener(SWT.Resize, e -> {
            int before = visible;
            visible = computeVisible();
            if (visible != before) {
                fill();
            }
        });
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            setTopIndex(top - e.count);
        });
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.Selection, e -> {
            if (filling) {
                return;
            }
            selected.clear();
            for (int index : table.getSelectionIndices()) {
                if (top + index < rows.size()) {
                    selected.add(rows.get(top + index));
                }
            }
            focus = top + table.getSelectionIndex();
            fire(selectionListeners, e);
        });
        table.addListener(SWT.DefaultSelection, e -> fire(openListeners, e));
    }

    public Composite getControl() {
        return control;
    }

    /** The SWT table of the visible window (for columns, fonts, tests). */
    public Table getTable() {
        return table;
    }

    public TableColumn addColumn(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        column.setMoveable(true);
        return column;
    }

    /** Shows new rows from the top; the selection keeps the objects that are still among them. */
    public void setRows(List<T> newRows) {
        rows = newRows;
        if (!selected.isEmpty()) {
            Set<T> still = Collections.newSetFromMap(new IdentityHashMap<>());
            for (T row : newRows) {
                if (selected.contains(row)) {
                    still.add(row);
                }
            }
            selected.retainAll(still);
        }
        top = 0;
        focus = -1;
        visible = computeVisible();
        fill();
    }

    /** Shows the rows again (after the objects changed or were re-sorted). */
    public void refresh() {
        fill();
    }

    public int getItemCount() {
        return rows.size();
    }

    public int getTopIndex() {
        return top;
    }

    /** The number of rows the window shows. */
    public int getVisibleCount() {
        return visible;
    }

    public void setTopIndex(int index) {
        int max = Math.max(0, rows.size() - visible);
        int clamped = Math.max(0, Math.min(max, index));
        if (clamped != top) {
            top = clamped;
            fill();
        }
    }

    /** The texts shown for the row at {@code index} (of all rows). */
    public String[] getTexts(int index) {
        return texts.apply(rows.get(index));
    }

    public List<T> getSelection() {
        List<T> result = new ArrayList<>();
        if (selected.size() < 1_000) {
            for (T row : rows) {
                if (selected.contains(row)) {
                    result.add(row);
                    if (result.size() == selected.size()) {
                        break;
                    }
                }
            }
        } else {
            result.addAll(selected);
        }
        return result;
    }

    /** Selects the rows (by identity) and scrolls the first into view. */
    public void setSelection(List<T> objects) {
        selected.clear();
        selected.addAll(objects);
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0 && !objects.isEmpty(); i++) {
            if (selected.contains(rows.get(i))) {
                first = i;
            }
        }
        focus = first;
        if (first >= 0 && (first < top || first >= top + visible)) {
            top = Math.max(0, Math.min(first, rows.size() - visible));
        }
        fill();
    }

    /** Selects the row at {@code index} (of all rows), as a click would. */
    public void select(int index) {
        setSelection(List.of(rows.get(index)));
    }

    /** Notified when the user changes the selection. */
    public void addSelectionListener(Listener listener) {
        selectionListeners.add(listener);
    }

    /** Notified on double-click or Enter. */
    public void addOpenListener(Listener listener) {
        openListeners.add(listener);
    }

    private static void fire(List<Listener> listeners, Event event) {
        for (Listener listener : List.copyOf(listeners)) {
            listener.handleEvent(event);
        }
    }

    private int computeVisible() {
        int height = table.getClientArea().height - table.getHeaderHeight();
        int itemHeight = Math.max(1, table.getItemHeight());
        return Math.max(1, height / itemHeight);
    }

    /** Puts the window's rows into the table: as many SWT items as fit, never more. */
    private void fill() {
        if (table.isDisposed()) {
            return;
        }
        filling = true;
        try {
            int count = Math.max(0, Math.min(visible, rows.size() - top));
            if (table.getItemCount() != count) {
                table.setItemCount(count);
            }
            List<Integer> selection = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                T row = rows.get(top + i);
                TableItem item = table.getItem(i);
                item.setText(texts.apply(row));
                item.setData(row);
                if (selected.contains(row)) {
                    selection.add(i);
                }
            }
            table.deselectAll();
            if (!selection.isEmpty()) {
                table.select(selection.stream().mapToInt(Integer::intValue).toArray());
            }
            slider.setValues(top, 0, Math.max(1, rows.size()), Math.max(1, Math.min(visible, rows.size())), 1,
                    Math.max(1, visible - 1));
            slider.setEnabled(rows.size() > visible);
        } finally {
            filling = false;
        }
    }

    private void key(Event e) {
        if (rows.isEmpty()) {
            return;
        }
        int current = focus >= 0 ? focus : top;
        int target;
        switch (e.keyCode) {
            case SWT.ARROW_DOWN -> target = current + 1;
            case SWT.ARROW_UP -> target = current - 1;
            case SWT.PAGE_DOWN -> target = current + visible - 1;
            case SWT.PAGE_UP -> target = current - visible + 1;
            case SWT.HOME -> target = 0;
            case SWT.END -> target = rows.size() - 1;
            default -> {
                return;
            }
        }
        e.doit = false;
        target = Math.max(0, Math.min(rows.size() - 1, target));
        if (target < top) {
            top = target;
        } else if (target >= top + visible) {
            top = target - visible + 1;
        }
        focus = target;
        selected.clear();
        selected.add(rows.get(target));
        fill();
        fire(selectionListeners, e);
    }
}

package org.prozesswerk.ui.editors.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.tests.support.EventLoop;

/** Finding the editor's named widgets, running the event loop, reading tables. */
final class Widgets {

    private Widgets() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static void drain() {
        EventLoop.drain();
    }

    static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) {
        return EventLoop.waitFor(condition, millis);
    }

    static <T extends Control> T find(Control root, String id, Class<T> type) {
        T found = findOrNull(root, id, type);
        if (found == null) {
            throw new AssertionError("no widget " + id + " (" + type.getSimpleName() + ") below " + root);
        }
        return found;
    }

    static <T extends Control> T findOrNull(Control root, String id, Class<T> type) {
        if (id.equals(root.getData(ProfileEditor.WIDGET_KEY)) && type.isInstance(root)) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = findOrNull(child, id, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The cell texts of a table, row by row. */
    static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                cells.add(item.getText(column));
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<String> column(Table table, int column) {
        return rows(table).stream().map(row -> row.get(column)).toList();
    }

    /** Fires what a user's click on a button, a list choice or Enter in a field fires. */
    static void fire(Control control, int eventType) {
        control.notifyListeners(eventType, new Event());
    }

    static void select(org.eclipse.swt.widgets.Combo combo, String item) {
        int index = List.of(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError(item + " not among " + List.of(combo.getItems()));
        }
        combo.select(index);
        fire(combo, SWT.Selection);
    }
}

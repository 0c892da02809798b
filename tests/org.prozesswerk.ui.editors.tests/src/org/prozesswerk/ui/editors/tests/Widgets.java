package org.prozesswerk.ui.editors.tests;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.tests.support.Controls;
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
        return Controls.named(root, ProfileEditor.WIDGET_KEY, id, type);
    }

    static <T extends Control> T findOrNull(Control root, String id, Class<T> type) {
        return Controls.namedOrNull(root, ProfileEditor.WIDGET_KEY, id, type);
    }

    /** The cell texts of a table, row by row. */
    static List<List<String>> rows(Table table) {
        return Controls.rows(table);
    }

    static List<String> column(Table table, int column) {
        return rows(table).stream().map(row -> row.get(column)).toList();
    }

    /** Types {@code text} into the editor's field {@code id} below {@code root} and presses Enter. */
    static void enter(Control root, String id, String text) {
        Text field = find(root, id, Text.class);
        field.setText(text);
        fire(field, SWT.DefaultSelection);
    }

    /** Fires what a user's click on a button, a list choice or Enter in a field fires. */
    static void fire(Control control, int eventType) {
        control.notifyListeners(eventType, new Event());
    }

    static void select(org.eclipse.swt.widgets.Combo combo, String item) {
        Controls.select(combo, item);
    }
}

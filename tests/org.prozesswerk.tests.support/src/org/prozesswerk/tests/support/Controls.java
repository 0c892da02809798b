package org.prozesswerk.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Finding and reading the widgets of a UI test's shell or part: one depth-first walk over the control tree (the
 * order a user tabs through), and the finders UI tests use on top of it.
 */
public final class Controls {

    private Controls() {
    }

    /** Every control of {@code type} in the tree below {@code root}, root included, depth first. */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control root, Class<T> type, List<T> found) {
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The first control of {@code type} below {@code root}; fails when there is none. */
    public static <T extends Control> T first(Control root, Class<T> type) {
        List<T> found = all(root, type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " below " + root);
        }
        return found.get(0);
    }

    /**
     * The first control of {@code type} below {@code root} that a part named {@code id} under its widget key
     * {@code key} ({@code control.setData(key, id)}), or {@code null}.
     */
    public static <T extends Control> T namedOrNull(Control root, String key, String id, Class<T> type) {
        return firstOrNull(root, type, c -> id.equals(c.getData(key)));
    }

    /** The first control of {@code type} below {@code root} that {@code test} accepts, or {@code null}. */
    public static <T extends Control> T firstOrNull(Control root, Class<T> type, Predicate<? super T> test) {
        return all(root, type).stream().filter(test).findFirst().orElse(null);
    }

    /** As {@link #namedOrNull}, but fails naming the widget when there is none. */
    public static <T extends Control> T named(Control root, String key, String id, Class<T> type) {
        T found = namedOrNull(root, key, id, type);
        if (found == null) {
            throw new AssertionError("no widget " + id + " (" + type.getSimpleName() + ") below " + root);
        }
        return found;
    }

    /** The first button below {@code root} labelled {@code label}, with or without its mnemonic marks; or null. */
    public static Button buttonOrNull(Control root, String label) {
        return all(root, Button.class).stream()
                .filter(b -> label.equals(b.getText()) || label.equals(b.getText().replace("&", ""))).findFirst()
                .orElse(null);
    }

    /** The texts of the labels below {@code root}, each followed by a space: what a message dialog says. */
    public static String labels(Control root) {
        StringBuilder text = new StringBuilder();
        for (Label label : all(root, Label.class)) {
            text.append(label.getText()).append(' ');
        }
        return text.toString();
    }

    /** The cell texts of a table, row by row (one cell a row in a table without columns). */
    public static List<List<String>> rows(Table table) {
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

    /** Chooses {@code item} in {@code combo} and fires what a user's choice fires; fails when it is not offered. */
    public static void select(Combo combo, String item) {
        int index = List.of(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError(item + " not among " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }
}

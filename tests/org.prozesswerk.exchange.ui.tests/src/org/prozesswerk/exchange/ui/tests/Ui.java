package org.prozesswerk.exchange.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.tests.support.Controls;
import org.prozesswerk.tests.support.EventLoop;

/** Driving SWT widgets the way a user does: find them by their label, set them, fire the events a click fires. */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static void drain() {
        EventLoop.drain();
    }

    static boolean waitFor(BooleanSupplier condition, long millis) {
        return EventLoop.waitFor(condition, millis);
    }

    static <T extends Control> List<T> all(Control root, Class<T> type) {
        return Controls.all(root, type);
    }

    /** The first control of {@code type} that follows the label {@code labelText} among its siblings. */
    static <T extends Control> T after(Control root, String labelText, Class<T> type) {
        for (Label label : all(root, Label.class)) {
            if (labelText.equals(label.getText())) {
                Control[] siblings = label.getParent().getChildren();
                for (int i = List.of(siblings).indexOf(label) + 1; i < siblings.length; i++) {
                    if (type.isInstance(siblings[i])) {
                        return type.cast(siblings[i]);
                    }
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after label '" + labelText + "'; labels: "
                + all(root, Label.class).stream().map(Label::getText).toList());
    }

    static Button button(Control root, String text) {
        return all(root, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' among "
                        + all(root, Button.class).stream().map(Button::getText).toList()));
    }

    /** What a click on an enabled button fires. */
    static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + button.getText() + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    static void select(Combo combo, String item) {
        Controls.select(combo, item);
    }

    /** Shells other than the workbench window and {@code except}, e.g. message dialogs. */
    static List<Shell> otherShells(Shell... except) {
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<Shell> excluded = java.util.Arrays.asList(except);
        List<Shell> result = new ArrayList<>();
        for (Shell shell : display().getShells()) {
            if (shell.isDisposed() || !shell.isVisible() || shell == workbench || excluded.contains(shell)) {
                continue;
            }
            result.add(shell);
        }
        return result;
    }

    /** The texts of all labels of a shell, joined by newlines (what a message dialog says). */
    static String text(Shell shell) {
        StringBuilder text = new StringBuilder();
        for (Label label : all(shell, Label.class)) {
            text.append(label.getText()).append('\n');
        }
        for (org.eclipse.swt.widgets.Text field : all(shell, org.eclipse.swt.widgets.Text.class)) {
            text.append(field.getText()).append('\n');
        }
        return text.toString();
    }
}

package org.prozesswerk.ui.editors.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.ui.TitledDialog;

/**
 * The frame the Steckbrief editor's dialogs share: a resizable title-area dialog whose title (also the window's) and
 * message are given once, a content composite filling the dialog area, OK and Cancel buttons, and the dialog's check
 * of its input, run once the buttons exist (and by the dialog after every change).
 */
abstract class EditorDialog extends TitledDialog {

    private final String title;
    private final String message;

    EditorDialog(Shell parent, String title, String message) {
        super(parent, title, 1);
        this.title = title;
        this.message = message;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected final void createBody(Composite content) {
        setTitle(title);
        setMessage(message);
        createContent(content);
    }

    /** Lays out (its own grid layout) and fills the content composite. */
    protected abstract void createContent(Composite content);

    @Override
    protected final void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Button_Ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_Cancel, false);
        buttonsCreated();
        validate();
    }

    /** Runs when the buttons exist, before the first check (e.g. to select the initial value); nothing by default. */
    protected void buttonsCreated() {
        // nothing
    }

    /** Checks the input: sets the error message and enables OK. */
    protected abstract void validate();
}

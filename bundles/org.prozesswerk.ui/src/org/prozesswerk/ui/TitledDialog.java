package org.prozesswerk.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A title-area dialog of the workbench: a window title, and under the heading and message a body of a given number of
 * grid columns that fills the dialog. No help button: the product has no help system to show.
 */
public abstract class TitledDialog extends TitleAreaDialog {

    private final String windowTitle;
    private final int columns;

    protected TitledDialog(Shell parent, String windowTitle, int columns) {
        super(parent);
        this.windowTitle = windowTitle;
        this.columns = columns;
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(windowTitle);
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(columns, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createBody(body);
        return area;
    }

    /** Sets the heading and the message ({@link #setTitle}, {@link #setMessage}) and fills {@code body}. */
    protected abstract void createBody(Composite body);
}

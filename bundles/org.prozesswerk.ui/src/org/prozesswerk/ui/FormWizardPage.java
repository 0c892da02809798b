package org.prozesswerk.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A wizard page that is a form: a title, a description and labelled fields in a grid of a fixed number of columns.
 * Subclasses add their fields in {@link #createFields(Composite)}, the body being the page's control already, with
 * {@link #text} and {@link #combo} for the usual label-and-field rows.
 */
public abstract class FormWizardPage extends WizardPage {

    private final int columns;

    protected FormWizardPage(String name, String title, String description, int columns) {
        super(name);
        setTitle(title);
        setDescription(description);
        this.columns = columns;
    }

    @Override
    public final void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(body);
        setControl(body);
        createFields(body);
    }

    /** Adds the fields to {@code body}, whose grid layout has the columns given to the constructor. */
    protected abstract void createFields(Composite body);

    /** A label and, beside it, a single-line text field spanning {@code span} columns and filling the row. */
    protected static Text text(Composite body, String label, int span) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return text;
    }

    /** A label and, beside it, a read-only drop-down list spanning {@code span} columns and filling the row. */
    protected static Combo combo(Composite body, String label, int span) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return combo;
    }
}

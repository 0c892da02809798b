package org.prozesswerk.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A wizard page that is a form: a title, a description and labelled fields in a grid of a fixed number of columns.
 * Subclasses add their fields in {@link #createFields(Composite)}; the body is already the page's control then.
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
}

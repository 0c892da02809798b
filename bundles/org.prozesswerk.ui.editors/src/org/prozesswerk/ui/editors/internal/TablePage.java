package org.prozesswerk.ui.editors.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.prozesswerk.ui.editors.ProfileEditor;

/**
 * A page of the Steckbrief editor that is one table over a list the Steckbrief owns (catalogue references,
 * contexts, legal bases, process models). The table's widget id is the page id followed by {@code .table}.
 */
abstract class TablePage extends ProfilePage {

    private final String section;
    private final String description;
    protected TablePart table;

    protected TablePage(ProfileEditor editor, String id, String title, String section, String description) {
        super(editor, id, title);
        this.section = section;
        this.description = description;
    }

    @Override
    protected final void createContent(Composite body, FormToolkit toolkit) {
        table = new TablePart(this, toolkit, body, section, description, getId() + ".table");
        createTable();
    }

    /**
     * One command adding {@code added} to the Steckbrief's list {@code feature}, named {@code labelPattern} bound to
     * their number; null when there is nothing to add.
     */
    protected Command addAll(String labelPattern, EReference feature, List<? extends EObject> added) {
        if (added.isEmpty()) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(NLS.bind(labelPattern, added.size()));
        command.append(AddCommand.create(profileEditor().editingDomain(), profile(), feature, added));
        return command;
    }

    /** Adds the columns and buttons to {@link #table}. */
    protected abstract void createTable();
}

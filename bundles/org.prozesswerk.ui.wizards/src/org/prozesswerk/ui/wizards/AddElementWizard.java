package org.prozesswerk.ui.wizards;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.ui.RegisterDocument;

/**
 * A "new" wizard that adds one element to an open register: one page, started on the workbench selection, and a
 * finish that adds the element with an {@link AddCommand} (so undo removes it again) and shows it in the navigator.
 *
 * @param <T> the element added
 * @param <P> the wizard's page
 */
abstract class AddElementWizard<T extends EObject, P extends WizardPage> extends Wizard implements INewWizard {

    private IStructuredSelection selection = StructuredSelection.EMPTY;
    private P page;
    private T created;

    AddElementWizard(String windowTitle) {
        setWindowTitle(windowTitle);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
    }

    @Override
    public void addPages() {
        page = createPage(selection);
        addPage(page);
    }

    /** The wizard's page, started on the selection the wizard was opened with. */
    abstract P createPage(IStructuredSelection startSelection);

    public P page() {
        return page;
    }

    /** The element added by the last finish, or {@code null}. */
    public T created() {
        return created;
    }

    /**
     * Adds {@code element} to {@code feature} of {@code container} in {@code document}'s editing domain and reveals
     * it; if the command cannot run, shows {@code cannotAdd} on the page and returns {@code false}.
     */
    boolean add(RegisterDocument document, EObject container, EReference feature, T element, String cannotAdd) {
        Command add = AddCommand.create(document.editingDomain(), container, feature, element);
        if (!add.canExecute()) {
            page.setErrorMessage(cannotAdd);
            return false;
        }
        document.editingDomain().getCommandStack().execute(add);
        created = element;
        RegisterFiles.reveal(element);
        return true;
    }
}

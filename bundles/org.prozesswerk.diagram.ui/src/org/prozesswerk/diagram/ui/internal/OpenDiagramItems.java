package org.prozesswerk.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.prozesswerk.diagram.DiagramTypes;
import org.prozesswerk.diagram.ui.DiagramEditor;
import org.prozesswerk.diagram.ui.DiagramEditorInput;
import org.prozesswerk.ui.RegisterDocument;

/** The navigator's "Organigramm öffnen", "Prozesslandkarte öffnen", ...: one item per contributed diagram type. */
public final class OpenDiagramItems extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ISelection selection = window == null ? null : window.getSelectionService().getSelection();
        if (!(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof RegisterDocument document)) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        for (DiagramTypes.Descriptor type : DiagramTypes.all()) {
            items.add(new ActionContributionItem(new Action(NLS.bind(Messages.Open_Diagram, type.name())) {
                @Override
                public void run() {
                    open(window.getActivePage(), document, type.id());
                }
            }));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** Opens (or activates) the diagram {@code diagramType} of {@code document}. */
    public static DiagramEditor open(IWorkbenchPage page, RegisterDocument document, String diagramType) {
        try {
            return (DiagramEditor) page.openEditor(new DiagramEditorInput(document.file(), diagramType),
                    DiagramEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_Failed, e.getMessage());
            return null;
        }
    }
}

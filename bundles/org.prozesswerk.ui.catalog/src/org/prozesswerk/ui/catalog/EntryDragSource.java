package org.prozesswerk.ui.catalog;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;

/**
 * Drags catalogue entries out of the browser: as a local selection (dropped on a Steckbrief, it links them) and as
 * text ("key label" per line) for other applications.
 */
final class EntryDragSource extends DragSourceAdapter {

    private final TreeViewer tree;

    EntryDragSource(TreeViewer tree) {
        this.tree = tree;
    }

    @Override
    public void dragStart(DragSourceEvent event) {
        IStructuredSelection selection = tree.getStructuredSelection();
        event.doit = !selection.isEmpty();
        LocalSelectionTransfer.getTransfer().setSelection(selection);
        LocalSelectionTransfer.getTransfer().setSelectionSetTime(event.time & 0xFFFFFFFFL);
    }

    @Override
    public void dragSetData(DragSourceEvent event) {
        if (TextTransfer.getInstance().isSupportedType(event.dataType)) {
            StringBuilder text = new StringBuilder();
            for (CatalogueEntryRef ref : CatalogueLinks.entriesIn(tree.getStructuredSelection())) {
                text.append(ref.key()).append(' ').append(ref.entry().label()).append('\n');
            }
            event.data = text.toString().strip();
        } else {
            event.data = LocalSelectionTransfer.getTransfer().getSelection();
        }
    }

    @Override
    public void dragFinished(DragSourceEvent event) {
        LocalSelectionTransfer.getTransfer().setSelection(null);
    }
}

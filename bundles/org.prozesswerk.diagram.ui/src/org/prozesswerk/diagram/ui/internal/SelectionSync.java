package org.prozesswerk.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.SelectionProviderBase;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Both directions of selection between a diagram and the workbench: the diagram's selection becomes the register's
 * model objects (so the Properties view and the navigator follow it), and what is selected elsewhere in the page is
 * selected and centred in the diagram.
 */
public final class SelectionSync extends SelectionProviderBase {

    private final RegisterDocument document;
    private final ISelectionListener pageSelection = this::pageSelectionChanged;
    private IWorkbenchPart part;
    private PageBridge bridge;
    private IStructuredSelection current = StructuredSelection.EMPTY;
    private boolean selectingFromPage;

    public SelectionSync(RegisterDocument document) {
        this.document = document;
    }

    /** Follows the selection of {@code page} (except {@code part}'s own) into the diagram behind {@code bridge}. */
    public void install(IWorkbenchPart part, IWorkbenchPage page, PageBridge bridge) {
        this.part = part;
        this.bridge = bridge;
        page.addPostSelectionListener(pageSelection);
    }

    public void uninstall(IWorkbenchPage page) {
        page.removePostSelectionListener(pageSelection);
    }

    /** The page's selection: a JSON array of element ids. */
    public void selectionFromDiagram(String json) {
        List<Object> objects = new ArrayList<>();
        Resource resource = document.register().eResource();
        for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
            String id = element.getAsString();
            EObject object = id.isBlank() || resource == null ? null : resource.getEObject(id.strip());
            if (object != null) {
                objects.add(object);
            }
        }
        if (!selectingFromPage) {
            setSelection(new StructuredSelection(objects));
        }
    }

    private void pageSelectionChanged(IWorkbenchPart source, ISelection selection) {
        if (source == part || !(selection instanceof IStructuredSelection structured) || bridge == null) {
            return;
        }
        JsonArray ids = new JsonArray();
        for (Object element : structured.toList()) {
            if (element instanceof EObject object && object.eResource() == document.register().eResource()) {
                String id = EcoreUtil.getID(object);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        if (!ids.isEmpty()) {
            selectingFromPage = true;
            try {
                bridge.execute("window.pw && (pw.select(" + ids + "), pw.center(" + ids + "))");
            } finally {
                selectingFromPage = false;
            }
        }
    }

    @Override
    public IStructuredSelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection selection) {
        current = selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY;
        fireSelectionChanged(current);
    }
}

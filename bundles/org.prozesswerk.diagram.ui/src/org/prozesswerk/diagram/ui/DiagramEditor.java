package org.prozesswerk.diagram.ui;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.osgi.framework.FrameworkUtil;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.diagram.DiagramServer;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.landscape.LandscapeTypes;
import org.prozesswerk.diagram.orgchart.OrgChartTypes;
import org.prozesswerk.diagram.ui.internal.Messages;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.ui.CommandStackActions;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.properties.RegisterPropertySheetPage;
import org.prozesswerk.ui.ProfileEditors;

/**
 * A GLSP diagram of a register in an SWT Browser. The page talks JSON-RPC to the in-process GLSP server through
 * two bridges and no port: the BrowserFunction {@code pwSend} carries client messages to
 * {@link DiagramServer.Connection#receive}, and server messages are handed to the page with
 * {@code Browser.execute("pwReceive(...)")}. Undo, redo, delete, select all and zoom are workbench key bindings;
 * the selection is the register's model objects, so the Properties view and the navigator follow it.
 */
public class DiagramEditor extends EditorPart implements ISaveablesSource {

    public static final String ID = "org.prozesswerk.diagram.ui.editor";
    public static final String PROFILE_EDITOR_ID = ProfileEditors.ID;
    private static final String CONTEXT_ID = "org.prozesswerk.diagram.ui.context";

    private RegisterDocument document;
    private DiagramSource source;
    private DiagramServer.Connection connection;
    private Browser browser;
    private CommandStackActions undoRedo;
    private volatile boolean ready;
    private String readyInfo;
    private final String clientId = "pw-" + UUID.randomUUID();
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private final RegisterDocument.Listener dirtyListener = d -> firePropertyChange(PROP_DIRTY);
    private final ISelectionListener pageSelection = this::pageSelectionChanged;
    private boolean selectingFromPage;
    private PngCallback pendingPng;

    private interface PngCallback {
        void done(String kind, String data);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException("Not a diagram input: " + input);
        }
        document = diagramInput.document()
                .orElseThrow(() -> new PartInitException("The register is not open: " + diagramInput.file()));
        try {
            source = DocumentDiagramSources.of(document);
        } catch (IOException e) {
            throw new PartInitException("Could not read the diagram notation of " + diagramInput.file(), e);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        site.setSelectionProvider(selectionProvider);
        document.addListener(dirtyListener);
    }

    public DiagramEditorInput diagramInput() {
        return (DiagramEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        createToolBar(area);
        browser = new Browser(area, SWT.NONE);
        browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Display display = parent.getDisplay();
        connection = DiagramServer.connect(json -> display.asyncExec(() -> {
            if (browser != null && !browser.isDisposed()) {
                // JSON is a JS expression; U+2028/2029 are escaped for older engines.
                browser.execute("window.pwReceive && window.pwReceive("
                        + json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ")");
            }
        }));
        new BrowserFunction(browser, "pwSend") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String json && connection != null) {
                    connection.receive(json);
                }
                return null;
            }
        };
        new BrowserFunction(browser, "pwSelectionChanged") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String json) {
                    selectionFromDiagram(json);
                }
                return null;
            }
        };
        new BrowserFunction(browser, "pwOpen") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String id) {
                    display.asyncExec(() -> open(id));
                }
                return null;
            }
        };
        new BrowserFunction(browser, "pwReady") {
            @Override
            public Object function(Object[] arguments) {
                readyInfo = arguments.length == 1 ? String.valueOf(arguments[0]) : "";
                ready = true;
                return null;
            }
        };
        new BrowserFunction(browser, "pwExported") {
            @Override
            public Object function(Object[] arguments) {
                PngCallback callback = pendingPng;
                pendingPng = null;
                if (callback != null && arguments.length == 2) {
                    callback.done(String.valueOf(arguments[0]), String.valueOf(arguments[1]));
                }
                return null;
            }
        };
        browser.setUrl(pageUrl());

        undoRedo = new CommandStackActions(document.editingDomain().getCommandStack());
        undoRedo.install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(),
                action(() -> execute("window.pw && pw.deleteSelection()"), "org.eclipse.ui.edit.delete"));
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
                action(() -> execute("window.pw && pw.selectAll()"), "org.eclipse.ui.edit.selectAll"));
        getEditorSite().getActionBars().updateActionBars();
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        getSite().getPage().addPostSelectionListener(pageSelection);
    }

    private String pageUrl() {
        try {
            // The folder, not the page: a packed bundle then extracts the page together with its script and styles.
            URL web = FileLocator.toFileURL(FrameworkUtil.getBundle(DiagramEditor.class).getEntry("web/"));
            return web.toExternalForm() + "diagram.html?diagramType=" + encode(diagramInput().diagramType()) + "&sourceUri="
                    + encode(source.sourceUri()) + "&clientId=" + encode(clientId);
        } catch (IOException e) {
            throw new IllegalStateException("The diagram client is missing from the bundle", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void createToolBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        String type = diagramInput().diagramType();
        if (OrgChartTypes.DIAGRAM_TYPE.equals(type)) {
            tool(tools, Messages.Tool_NewUnit, this::createUnit);
        }
        tool(tools, Messages.Tool_ResetLayout, () -> dispatch("{\"kind\":\"layout\",\"isOperation\":true,\"elementIds\":[]}"));
        tool(tools, Messages.Tool_Fit, this::fit);
        tool(tools, "+", () -> zoom(1.25));
        tool(tools, "\u2212", () -> zoom(0.8));
        tool(tools, Messages.Tool_ExportSvg, this::exportSvgInteractive);
        tool(tools, Messages.Tool_ExportPng, this::exportPngInteractive);
        if (LandscapeTypes.DIAGRAM_TYPE.equals(type)) {
            new Label(bar, SWT.NONE).setText(Messages.Landscape_ColorBy);
            Combo colour = new Combo(bar, SWT.READ_ONLY);
            colour.setItems(Messages.Landscape_ByStatus, Messages.Landscape_ByDegree);
            colour.select(0);
            colour.addListener(SWT.Selection, e -> setOptions(Map.of(LandscapeTypes.OPTION_COLOR_BY,
                    colour.getSelectionIndex() == 1 ? LandscapeTypes.COLOR_BY_DEGREE : LandscapeTypes.COLOR_BY_STATUS)));
            new Label(bar, SWT.NONE).setText(Messages.Landscape_Unit);
            Combo unit = new Combo(bar, SWT.READ_ONLY);
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            ids.add("");
            names.add(Messages.Landscape_AllUnits);
            for (OrgUnit orgUnit : OrgChartDerivation.allUnits(document.register().getOrganisation())) {
                ids.add(orgUnit.getId());
                names.add(orgUnit.getShortCode() == null ? orgUnit.getName()
                        : orgUnit.getShortCode() + " " + orgUnit.getName());
            }
            unit.setItems(names.toArray(String[]::new));
            unit.select(0);
            unit.addListener(SWT.Selection, e -> setOptions(Map.of(LandscapeTypes.OPTION_UNIT,
                    ids.get(Math.max(0, unit.getSelectionIndex())))));
        } else {
            ((GridLayout) bar.getLayout()).numColumns = 1;
        }
    }

    private static void tool(ToolBar bar, String text, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private static IAction action(Runnable run, String definitionId) {
        Action action = new Action() {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setActionDefinitionId(definitionId);
        return action;
    }

    // --- API for handlers and tests ---------------------------------------------------------------------------

    /** True once the client has received and rendered its first model. */
    public boolean isReady() {
        return ready;
    }

    /** What the client reported when ready: {@code {"millis":..,"stats":{..}}} or {@code {"error":..}}. */
    public String readyInfo() {
        return readyInfo;
    }

    public Browser browser() {
        return browser;
    }

    public DiagramSource source() {
        return source;
    }

    /** Sends an action (JSON) to the client's dispatcher, which forwards server actions to the server. */
    public void dispatch(String actionJson) {
        execute("window.pw && pw.dispatch(" + actionJson + ")");
    }

    public void zoom(double factor) {
        execute("window.pw && pw.zoom(" + factor + ")");
    }

    public void fit() {
        execute("window.pw && pw.fit()");
    }

    /** The rendered diagram as SVG text. */
    public String svg() {
        Object svg = browser.evaluate("return window.pw ? pw.svg() : ''");
        return svg == null ? "" : svg.toString();
    }

    /** Renders the diagram to PNG in the page and writes it to {@code target}; callback in the UI thread. */
    public void exportPng(Path target, double scale, java.util.function.Consumer<Exception> done) {
        pendingPng = (kind, data) -> {
            try {
                if (!"png".equals(kind)) {
                    throw new IOException(data);
                }
                Files.write(target, Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1)));
                done.accept(null);
            } catch (IOException | RuntimeException e) {
                done.accept(e);
            }
        };
        execute("window.pw && pw.png(" + scale + ")");
    }

    private void execute(String script) {
        if (browser != null && !browser.isDisposed()) {
            browser.execute(script);
        }
    }

    private void setOptions(Map<String, String> options) {
        StringBuilder json = new StringBuilder("{\"kind\":\"pwDiagramOptions\",\"options\":{");
        options.forEach((key, value) -> json.append('"').append(key).append("\":\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\","));
        json.setLength(json.length() - 1);
        json.append("}}");
        dispatch(json.toString());
    }

    private void createUnit() {
        IStructuredSelection selection = selectionProvider.current;
        String container = selection.getFirstElement() instanceof OrgUnit unit ? unit.getId() : "";
        dispatch("{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"" + OrgChartTypes.UNIT
                + "\",\"containerId\":\"" + container + "\",\"args\":{}}");
    }

    private void exportSvgInteractive() {
        Path target = askTarget("svg");
        if (target != null) {
            try {
                Files.writeString(target, svg(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Export_Failed, e.getMessage());
            }
        }
    }

    private void exportPngInteractive() {
        Path target = askTarget("png");
        if (target != null) {
            exportPng(target, 2, error -> {
                if (error != null) {
                    MessageDialog.openError(getSite().getShell(), Messages.Export_Failed, error.getMessage());
                }
            });
        }
    }

    private Path askTarget(String extension) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setOverwrite(true);
        dialog.setFileName(diagramInput().diagramType() + "." + extension);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }

    // --- selection ---------------------------------------------------------------------------------------------

    private void selectionFromDiagram(String json) {
        List<Object> objects = new ArrayList<>();
        Resource resource = document.register().eResource();
        for (String id : json.replaceAll("[\\[\\]\"]", "").split(",")) {
            EObject object = id.isBlank() || resource == null ? null : resource.getEObject(id.strip());
            if (object != null) {
                objects.add(object);
            }
        }
        if (!selectingFromPage) {
            selectionProvider.setSelection(new StructuredSelection(objects));
        }
    }

    private void pageSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || browser == null
                || browser.isDisposed()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Object element : structured.toList()) {
            if (element instanceof EObject object && object.eResource() == document.register().eResource()) {
                String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
                if (id != null) {
                    ids.add("\"" + id.replace("\"", "") + "\"");
                }
            }
        }
        if (!ids.isEmpty()) {
            selectingFromPage = true;
            try {
                execute("window.pw && (pw.select([" + String.join(",", ids) + "]), pw.center(["
                        + String.join(",", ids) + "]))");
            } finally {
                selectingFromPage = false;
            }
        }
    }

    private void open(String id) {
        Resource resource = document.register().eResource();
        EObject object = resource == null ? null : resource.getEObject(id);
        if (!(object instanceof org.prozesswerk.model.ProcessProfile profile)) {
            return;
        }
        if (PlatformUI.getWorkbench().getEditorRegistry().findEditor(PROFILE_EDITOR_ID) == null) {
            selectionProvider.setSelection(new StructuredSelection(profile)); // editor bundle not installed
            return;
        }
        try {
            getSite().getPage().openEditor(new ProfileEditorInput(document.file(), profile.getId()),
                    PROFILE_EDITOR_ID);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    // --- saving ------------------------------------------------------------------------------------------------

    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] { document.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.saveable().doSave(monitor);
        } catch (org.eclipse.core.runtime.CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Save_Failed, e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // Save as is offered for the register (navigator), not for one of its views.
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new RegisterPropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(pageSelection);
        document.removeListener(dirtyListener);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        super.dispose();
    }

    /** The selection of the diagram as register objects (units, Steckbriefe, folders). */
    private static final class SelectionProvider implements ISelectionProvider {
        private final org.eclipse.core.runtime.ListenerList<ISelectionChangedListener> listeners =
                new org.eclipse.core.runtime.ListenerList<>();
        private IStructuredSelection current = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection selection) {
            current = selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY;
            SelectionChangedEvent event = new SelectionChangedEvent(this, current);
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(event);
            }
        }
    }

}

package org.prozesswerk.diagram.ui;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.osgi.framework.FrameworkUtil;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.ui.internal.DiagramExport;
import org.prozesswerk.diagram.ui.internal.DiagramToolBar;
import org.prozesswerk.diagram.ui.internal.Messages;
import org.prozesswerk.diagram.ui.internal.PageBridge;
import org.prozesswerk.diagram.ui.internal.SelectionSync;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RegisterRights;
import org.prozesswerk.rights.Target;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterEditorInput;
import org.prozesswerk.ui.RegisterPartEditor;
import org.prozesswerk.ui.properties.RegisterPropertySheetPage;
import org.prozesswerk.ui.ProfileEditors;

/**
 * A GLSP diagram of a register in an SWT Browser, composed of parts with one concern each (as GLSP's own Eclipse
 * integration is composed of installers): {@link PageBridge} talks JSON-RPC to the in-process GLSP server without a
 * port, {@link SelectionSync} makes the selection the register's model objects (so the Properties view and the
 * navigator follow it) and back, {@link DiagramExport} writes SVG and PNG, {@link DiagramToolBar} is the bar above.
 * This class ties them to the editor's life cycle; undo, redo, delete, select all and zoom are workbench key
 * bindings.
 */
public class DiagramEditor extends RegisterPartEditor {

    public static final String ID = "org.prozesswerk.diagram.ui.editor";
    public static final String PROFILE_EDITOR_ID = ProfileEditors.ID;
    private static final String CONTEXT_ID = "org.prozesswerk.diagram.ui.context";

    private DiagramSource source;
    private Browser browser;
    private PageBridge bridge;
    private DiagramExport export;
    private SelectionSync selection;
    private final String clientId = "pw-" + UUID.randomUUID();

    private String readOnlyNotice;

    public DiagramEditor() {
        super(DiagramEditorInput.class);
    }

    @Override
    protected void read(RegisterEditorInput input, RegisterDocument document) throws PartInitException {
        try {
            source = DocumentDiagramSources.of(document);
        } catch (IOException e) {
            throw new PartInitException("Could not read the diagram notation of " + input.file(), e);
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        selection = new SelectionSync(document());
        site.setSelectionProvider(selection);
        // The diagrams show the register's organisation and its folders as a whole: who may not change the register
        // level (docs/roles.md) sees them read-only. Every command is still checked by the rights command stack.
        Decision decision = RegisterRights.policyFor(document().register()).check(CurrentPerson.account(),
                Operation.WRITE, Target.folder(null));
        readOnlyNotice = decision.allowed() ? null : NLS.bind(Messages.ReadOnly_Notice, decision.reason());
    }

    @Override
    protected void refresh() {
        // the diagram follows the model through its server, not through this editor
    }

    /** „Nur lesen: …“ when the diagram opened read-only (GLSP edit mode readonly), null when it may be edited. */
    public String readOnlyNotice() {
        return readOnlyNotice;
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
        if (readOnlyNotice != null) {
            CLabel notice = new CLabel(area, SWT.NONE);
            notice.setImage(parent.getDisplay().getSystemImage(SWT.ICON_WARNING));
            notice.setText(readOnlyNotice);
            notice.setBackground(new Color(0xff, 0xf8, 0xe0));
            notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        DiagramToolBar.create(area, diagramInput().diagramType(), document().register(), readOnlyNotice == null,
                () -> bridge, selection,
                new DiagramToolBar.Actions() {
                    @Override
                    public void fit() {
                        DiagramEditor.this.fit();
                    }

                    @Override
                    public void zoom(double factor) {
                        DiagramEditor.this.zoom(factor);
                    }

                    @Override
                    public void exportSvg() {
                        export.svgInteractive(getSite().getShell());
                    }

                    @Override
                    public void exportPng() {
                        export.pngInteractive(getSite().getShell());
                    }
                });
        browser = new Browser(area, SWT.NONE);
        browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bridge = PageBridge.install(browser, new PageBridge.Callbacks(selection::selectionFromDiagram, this::open,
                (kind, data) -> export.exported(kind, data)));
        export = new DiagramExport(browser, bridge, diagramInput().diagramType());
        browser.setUrl(pageUrl());

        IActionBars bars = getEditorSite().getActionBars();
        undoRedo().install(bars);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(),
                action(() -> execute("window.pw && pw.deleteSelection()"), "org.eclipse.ui.edit.delete"));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
                action(() -> execute("window.pw && pw.selectAll()"), "org.eclipse.ui.edit.selectAll"));
        bars.updateActionBars();
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        selection.install(this, getSite().getPage(), bridge);
    }

    private String pageUrl() {
        try {
            // The folder, not the page: a packed bundle then extracts the page together with its script and styles.
            URL web = FileLocator.toFileURL(FrameworkUtil.getBundle(DiagramEditor.class).getEntry("web/"));
            return web.toExternalForm() + "diagram.html?diagramType=" + encode(diagramInput().diagramType()) + "&sourceUri="
                    + encode(source.sourceUri()) + "&clientId=" + encode(clientId)
                    + (readOnlyNotice != null ? "&editMode=readonly" : "");
        } catch (IOException e) {
            throw new IllegalStateException("The diagram client is missing from the bundle", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
        return bridge != null && bridge.isReady();
    }

    /** What the client reported when ready: {@code {"millis":..,"stats":{..}}} or {@code {"error":..}}. */
    public String readyInfo() {
        return bridge == null ? null : bridge.readyInfo();
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

    private void execute(String script) {
        if (bridge != null) {
            bridge.execute(script);
        }
    }

    /** The rendered diagram as SVG text. */
    public String svg() {
        return export.svg();
    }

    /** Renders the diagram to PNG in the page and writes it to {@code target}; callback in the UI thread. */
    public void exportPng(Path target, double scale, Consumer<Exception> done) {
        export.png(target, scale, done);
    }

    private void open(String id) {
        Resource resource = document().register().eResource();
        EObject object = resource == null ? null : resource.getEObject(id);
        if (!(object instanceof org.prozesswerk.model.ProcessProfile profile)) {
            return;
        }
        if (PlatformUI.getWorkbench().getEditorRegistry().findEditor(PROFILE_EDITOR_ID) == null) {
            selection.setSelection(new StructuredSelection(profile)); // editor bundle not installed
            return;
        }
        try {
            getSite().getPage().openEditor(new ProfileEditorInput(document().file(), profile.getId()),
                    PROFILE_EDITOR_ID);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
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
        if (selection != null) {
            selection.uninstall(getSite().getPage());
        }
        if (bridge != null) {
            bridge.close();
        }
        super.dispose();
    }
}

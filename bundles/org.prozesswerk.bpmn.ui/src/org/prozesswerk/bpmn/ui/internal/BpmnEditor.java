package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/**
 * The BPMN modeler: bpmn-js (web/editor.html, built from js/) in an SWT Browser. Java talks to the page with
 * {@link Browser#execute}; the page answers through the BrowserFunctions of {@link BpmnPageBridge}. Reading the
 * file and locating the page: {@link BpmnModelFiles}; the Bearbeiten actions: {@link PageActions}.
 * The file is the only state Java keeps: it is read on open, and on save the page exports its XML, which is written
 * atomically (see {@link AtomicFiles}). Bridge and keyboard handling: docs/bpmn-editor.md.
 */
public final class BpmnEditor extends EditorPart {

    public static final String ID = "org.prozesswerk.bpmn.ui.editor";
    /** Key binding context of the editor (Ctrl+Y = redo), see plugin.xml. */
    static final String CONTEXT_ID = "org.prozesswerk.bpmn.ui.editorContext";

    private Path file;
    private IFile workspaceFile;
    private Browser browser;
    private BpmnPageBridge bridge;

    private boolean dirty;
    private boolean importDone;
    private String importError;
    private List<String> importWarnings = List.of();
    /** Modification time of the file as last read or written; a different time on disk means someone else wrote. */
    private long knownModified;
    private boolean checkingDisk;
    /** Save spins the event loop while the page exports; a second Ctrl+S arriving meanwhile must not save again. */
    private boolean saving;
    /** „Nur lesen: …“ when the model opened read-only (viewer, notice above it), else null. */
    private String readOnlyNotice;

    private final PageActions actions = new PageActions(this::execute);

    private final IPartListener2 activationListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == BpmnEditor.this) {
                checkDisk();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        file = BpmnModelFiles.fileOf(input);
        workspaceFile = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        try {
            knownModified = modified(file);
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.Editor_ReadFailed, file, e.getMessage()), e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        // Decided once when the editor opens; saving asks again (doSave), so a refusal arising later still holds.
        String refusal = ModelListeners.refusal(file);
        Composite area = parent;
        if (refusal != null) {
            readOnlyNotice = NLS.bind(Messages.Editor_ReadOnly_Message, refusal);
            area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
            CLabel notice = new CLabel(area, SWT.NONE);
            notice.setImage(parent.getDisplay().getSystemImage(SWT.ICON_WARNING));
            notice.setText(readOnlyNotice);
            notice.setBackground(new Color(0xff, 0xf8, 0xe0)); // as the page's warning box
            GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
        }
        String page;
        try {
            page = BpmnModelFiles.pageUrl() + (refusal != null ? "&readOnly=true" : "");
        } catch (IOException e) {
            showProblem(area, NLS.bind(Messages.Editor_PageMissing, e.getMessage()), e);
            return;
        }
        try {
            browser = new Browser(area, SWT.NONE);
        } catch (SWTError e) {
            showProblem(area, NLS.bind(Messages.Editor_NoBrowser, e.getMessage()), e);
            return;
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
        bridge = new BpmnPageBridge(browser, file.getFileName().toString(), new BpmnPageBridge.Listener() {
            @Override
            public void dirty(boolean dirty) {
                setDirty(dirty);
            }

            @Override
            public void undoState(boolean canUndo, boolean canRedo) {
                actions.undoState(canUndo, canRedo);
            }

            @Override
            public void imported(String error, List<String> warnings) {
                BpmnEditor.this.imported(error, warnings);
            }
        });
        browser.addLocationListener(LocationListener.changingAdapter(event -> {
            // The editor page never navigates away; web links (the bpmn.io watermark) open in the desktop's browser.
            if (!event.location.startsWith("file:") && !event.location.startsWith("about:")) {
                event.doit = false;
                if (event.location.startsWith("https://") || event.location.startsWith("http://")) {
                    Program.launch(event.location);
                }
            }
        }));
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                loadIntoPage();
            }
        });
        getSite().getPage().addPartListener(activationListener);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT_ID); // scoped to this part: active while the editor is
        }
        browser.setUrl(page);
    }

    private void showProblem(Composite parent, String message, Throwable cause) {
        ILog.of(getClass()).error(message, cause);
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        text.setText(message);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text); // ignored by the FillLayout
    }

    private void loadIntoPage() {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        String xml;
        try {
            xml = BpmnModelFiles.readModel(file);
            knownModified = modified(file);
        } catch (IOException e) {
            String message = NLS.bind(Messages.Editor_ReadFailed, file, e.getMessage());
            ILog.of(getClass()).error(message, e);
            importDone = true;
            importError = message;
            execute("pwShowMessage(" + JsStrings.quote(message) + ", 'error')");
            return;
        }
        importDone = false;
        importError = null;
        execute("pwImport(" + JsStrings.quote(xml) + ")");
    }

    private void imported(String error, List<String> warnings) {
        importDone = true;
        importError = error;
        importWarnings = List.copyOf(warnings);
        setDirty(false);
        String name = file.getFileName().toString();
        if (error != null) {
            String message = NLS.bind(Messages.Editor_ImportFailed_Message, name, error);
            ILog.of(getClass()).error(message + (warnings.isEmpty() ? "" : "\n" + String.join("\n", warnings)));
            // The page shows the German message in place of the diagram; no modal dialog while a part opens.
            bridge.showMessageLater(message, "error");
            statusLine().setErrorMessage(Messages.Editor_ImportFailed_Title + ": " + name);
        } else if (!warnings.isEmpty()) {
            String shown = String.join("\n", warnings.subList(0, Math.min(5, warnings.size())));
            String message = NLS.bind(Messages.Editor_ImportWarnings_Message,
                    new Object[] { name, warnings.size(), shown });
            ILog.of(getClass()).warn(message + (warnings.size() > 5 ? "\n" + String.join("\n", warnings) : ""));
            bridge.showMessageLater(message, "warning");
            statusLine().setMessage(Messages.Editor_ImportWarnings_Title + ": " + name);
        }
    }

    private IStatusLineManager statusLine() {
        return getEditorSite().getActionBars().getStatusLineManager();
    }

    private void setDirty(boolean newDirty) {
        if (dirty != newDirty) {
            dirty = newDirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    void execute(String script) {
        if (bridge != null) {
            bridge.execute(script);
        }
    }

    /** The page's XML, for saving. */
    String exportXml() throws IOException {
        if (bridge == null) {
            throw new IOException("no modeler");
        }
        return bridge.exportXml();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (saving) {
            return;
        }
        String refusal = ModelListeners.refusal(file);
        if (refusal != null) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openInformation(getSite().getShell(), Messages.Editor_SaveRefused_Title, refusal);
            return;
        }
        saving = true;
        try {
            String xml = exportXml();
            AtomicFiles.write(file, xml.getBytes(StandardCharsets.UTF_8));
            knownModified = modified(file);
            refreshWorkspace();
            execute("pwMarkSaved()");
            setDirty(false);
            ModelListeners.notifySaved(new BpmnSavedEvent(file, workspaceFile, xml));
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).error("Saving " + file + " failed", e);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), Messages.Editor_SaveFailed_Title,
                    NLS.bind(Messages.Editor_SaveFailed_Message, file, e.getMessage()));
        } finally {
            saving = false;
        }
    }

    /** Tells the workspace about the new file (and its backup, marked derived so team and search skip it). */
    private void refreshWorkspace() {
        if (workspaceFile == null) {
            return;
        }
        try {
            workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
            IFile backup = workspaceFile.getParent()
                    .getFile(IPath.fromOSString(workspaceFile.getName() + AtomicFiles.BACKUP_SUFFIX));
            if (backup.exists() && !backup.isDerived()) {
                backup.setDerived(true, new NullProgressMonitor());
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private static long modified(Path path) throws IOException {
        return BpmnModelFiles.modified(path);
    }

    /** Offers to reload when another program changed the file since we read or wrote it. */
    private void checkDisk() {
        if (checkingDisk || !importDone || browser == null || browser.isDisposed()) {
            return;
        }
        checkingDisk = true;
        try {
            long onDisk;
            try {
                onDisk = modified(file);
            } catch (NoSuchFileException e) {
                statusLine().setErrorMessage(NLS.bind(Messages.Editor_DeletedOnDisk, file));
                return;
            } catch (IOException e) {
                return;
            }
            if (onDisk == knownModified) {
                return;
            }
            knownModified = onDisk; // ask once per change
            String question = NLS.bind(dirty ? Messages.Editor_ChangedOnDiskDirty_Message
                    : Messages.Editor_ChangedOnDisk_Message, file);
            if (MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_ChangedOnDisk_Title, question)) {
                loadIntoPage();
            }
        } finally {
            checkingDisk = false;
        }
    }

    @Override
    public void doSaveAs() {
        // not offered (isSaveAsAllowed is false): copies of a model are made in the navigator
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
            // The bpmn-js keyboard listens on the canvas' SVG element, which needs DOM focus of its own.
            if (importDone) {
                browser.execute("window.pwFocus && pwFocus()");
            }
        }
    }

    @Override
    public void dispose() {
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(activationListener);
        }
        if (bridge != null) {
            bridge.dispose();
        }
        super.dispose();
    }

    /** The global action handlers (Bearbeiten menu, Ctrl+Z, ...) that {@link BpmnEditorContributor} installs. */
    IAction action(String globalActionId) {
        return actions.get(globalActionId);
    }

    // Used by the tests (fragment) and the bridge.

    public Browser browser() {
        return browser;
    }

    public Path file() {
        return file;
    }

    /** The notice shown above a model opened read-only (bpmn-js viewer), null when it opened for editing. */
    public String readOnlyNotice() {
        return readOnlyNotice;
    }

    public boolean isImportDone() {
        return importDone;
    }

    public String importError() {
        return importError;
    }

    public List<String> importWarnings() {
        return importWarnings;
    }
}

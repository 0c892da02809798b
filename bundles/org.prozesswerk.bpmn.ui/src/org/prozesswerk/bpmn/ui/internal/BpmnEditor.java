package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/**
 * The BPMN modeler: bpmn-js (web/editor.html, built from js/) in an SWT Browser. Java talks to the page with
 * {@link Browser#execute}; the page answers through the BrowserFunctions installed in {@link #installBridge}.
 * The file is the only state Java keeps: it is read on open, and on save the page exports its XML, which is written
 * atomically (see {@link AtomicFiles}). Bridge and keyboard handling: docs/bpmn-editor.md.
 */
public final class BpmnEditor extends EditorPart {

    public static final String ID = "org.prozesswerk.bpmn.ui.editor";
    /** Key binding context of the editor (Ctrl+Y = redo), see plugin.xml. */
    static final String CONTEXT_ID = "org.prozesswerk.bpmn.ui.editorContext";

    /** How long save waits for the page to export its XML. */
    static final int EXPORT_TIMEOUT_SECONDS = 30;

    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

    private Path file;
    private IFile workspaceFile;
    private Browser browser;
    private final List<BrowserFunction> functions = new ArrayList<>();

    private boolean dirty;
    private boolean importDone;
    private String importError;
    private List<String> importWarnings = List.of();
    /** Modification time of the file as last read or written; a different time on disk means someone else wrote. */
    private long knownModified;
    private boolean checkingDisk;
    /** Save spins the event loop while the page exports; a second Ctrl+S arriving meanwhile must not save again. */
    private boolean saving;

    private int exportRequest;
    private String exportedXml;
    private String exportError;

    private final PageAction undo = new PageAction("pwUndo", Messages.Action_Undo, ActionFactory.UNDO);
    private final PageAction redo = new PageAction("pwRedo", Messages.Action_Redo, ActionFactory.REDO);
    private final PageAction selectAll = new PageAction("pwSelectAll", Messages.Action_SelectAll,
            ActionFactory.SELECT_ALL);
    private final PageAction delete = new PageAction("pwDelete", Messages.Action_Delete, ActionFactory.DELETE);

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
        file = fileOf(input);
        workspaceFile = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        try {
            knownModified = modified(file);
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.Editor_ReadFailed, file, e.getMessage()), e);
        }
        undo.setEnabled(false);
        redo.setEnabled(false);
    }

    private static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput) {
            IPath location = fileInput.getFile().getLocation();
            if (location != null) {
                return location.toPath();
            }
        } else if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            if (uri != null && "file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        }
        throw new PartInitException(NLS.bind(Messages.Editor_UnsupportedInput, input.getName()));
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        URI page;
        try {
            page = pageUri();
        } catch (IOException e) {
            showProblem(parent, NLS.bind(Messages.Editor_PageMissing, e.getMessage()), e);
            return;
        }
        try {
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError e) {
            showProblem(parent, NLS.bind(Messages.Editor_NoBrowser, e.getMessage()), e);
            return;
        }
        installBridge();
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
        browser.setUrl(page + "?lang=" + language());
    }

    /** The page as a file: URI; the whole web/ folder is extracted when the bundle is a jar. */
    private static URI pageUri() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(BpmnEditor.class);
        URL web = bundle.getEntry("web/");
        URL html = bundle.getEntry("web/editor.html");
        URL script = bundle.getEntry("web/dist/editor.js");
        if (web == null || html == null || script == null) {
            throw new IOException("web/editor.html, web/dist/editor.js in " + bundle.getSymbolicName());
        }
        try {
            // URIUtil escapes what FileLocator leaves raw (spaces in an installation path).
            return URIUtil.toURI(FileLocator.toFileURL(web)).resolve("editor.html");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static String language() {
        String nl = Platform.getNL();
        return nl != null && nl.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }

    private void showProblem(Composite parent, String message, Throwable cause) {
        ILog.of(getClass()).error(message, cause);
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        text.setText(message);
    }

    private void installBridge() {
        functions.add(new BrowserFunction(browser, "pwDirty") {
            @Override
            public Object function(Object[] arguments) {
                setDirty(Boolean.TRUE.equals(argument(arguments, 0)));
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwUndoState") {
            @Override
            public Object function(Object[] arguments) {
                undo.setEnabled(Boolean.TRUE.equals(argument(arguments, 0)));
                redo.setEnabled(Boolean.TRUE.equals(argument(arguments, 1)));
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwImported") {
            @Override
            public Object function(Object[] arguments) {
                imported(null, stringList(argument(arguments, 0)));
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwImportFailed") {
            @Override
            public Object function(Object[] arguments) {
                imported(String.valueOf(argument(arguments, 0)), stringList(argument(arguments, 1)));
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwSaved") {
            @Override
            public Object function(Object[] arguments) {
                if (isCurrentExport(argument(arguments, 0))) {
                    exportedXml = String.valueOf(argument(arguments, 1));
                }
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwSaveFailed") {
            @Override
            public Object function(Object[] arguments) {
                if (isCurrentExport(argument(arguments, 0))) {
                    exportError = String.valueOf(argument(arguments, 1));
                }
                return null;
            }
        });
        functions.add(new BrowserFunction(browser, "pwLog") {
            @Override
            public Object function(Object[] arguments) {
                String level = String.valueOf(argument(arguments, 0));
                String message = "BPMN modeler (" + file.getFileName() + "): " + argument(arguments, 1);
                switch (level) {
                    case "error" -> ILog.of(BpmnEditor.class).error(message);
                    case "warn" -> ILog.of(BpmnEditor.class).warn(message);
                    default -> ILog.of(BpmnEditor.class).info(message);
                }
                return null;
            }
        });
    }

    private static Object argument(Object[] arguments, int index) {
        return arguments != null && arguments.length > index ? arguments[index] : null;
    }

    /** The page passes lists as JSON arrays of strings (BrowserFunction arrays lose nothing, but JSON is simpler). */
    private static List<String> stringList(Object json) {
        List<String> result = new ArrayList<>();
        if (!(json instanceof String text) || text.isBlank()) {
            return result;
        }
        // The page sends JSON.stringify(string[]); undo its escaping without a JSON library.
        Matcher matcher = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        while (matcher.find()) {
            result.add(unescapeJson(matcher.group(1)));
        }
        return result;
    }

    private static String unescapeJson(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < value.length()) {
                        out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private void loadIntoPage() {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        String xml;
        try {
            xml = readModel(file);
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

    /** Reads the file in the encoding its XML declaration names (UTF-8 when none, as XML prescribes). */
    static String readModel(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int start = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // UTF-8 byte order mark
        Matcher matcher = XML_ENCODING.matcher(head.substring(start));
        Charset charset = StandardCharsets.UTF_8;
        if (matcher.find()) {
            try {
                charset = Charset.forName(matcher.group(1));
            } catch (IllegalArgumentException e) {
                // unknown encoding name: UTF-8 is the best guess
            }
        }
        String text = new String(bytes, start, bytes.length - start, charset);
        // bpmn-js receives characters, not bytes: a declaration naming another encoding would only earn a warning.
        Matcher declaration = XML_ENCODING.matcher(text);
        if (declaration.find() && !"UTF-8".equalsIgnoreCase(declaration.group(1))) {
            text = text.substring(0, declaration.start(1)) + "UTF-8" + text.substring(declaration.end(1));
        }
        return text;
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
            executeLater("pwShowMessage(" + JsStrings.quote(message) + ", 'error')");
            statusLine().setErrorMessage(Messages.Editor_ImportFailed_Title + ": " + name);
        } else if (!warnings.isEmpty()) {
            String shown = String.join("\n", warnings.subList(0, Math.min(5, warnings.size())));
            String message = NLS.bind(Messages.Editor_ImportWarnings_Message,
                    new Object[] { name, warnings.size(), shown });
            ILog.of(getClass()).warn(message + (warnings.size() > 5 ? "\n" + String.join("\n", warnings) : ""));
            executeLater("pwShowMessage(" + JsStrings.quote(message) + ", 'warning')");
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
        if (browser != null && !browser.isDisposed()) {
            browser.execute(script);
        }
    }

    /**
     * Runs {@code script} after the current event. Needed inside BrowserFunction callbacks: WebKitGTK delivers them
     * while an {@code execute} of ours still waits for its result, and a nested execute then blocks for SWT's 10 s
     * timeout.
     */
    private void executeLater(String script) {
        if (browser != null && !browser.isDisposed()) {
            browser.getDisplay().asyncExec(() -> execute(script));
        }
    }

    private boolean isCurrentExport(Object id) {
        return id instanceof Number number && number.intValue() == exportRequest;
    }

    /** Asks the page for its XML and runs the event loop until the answer arrives (save needs it synchronously). */
    String exportXml() throws IOException {
        if (browser == null || browser.isDisposed()) {
            throw new IOException("no modeler");
        }
        exportRequest++;
        exportedXml = null;
        exportError = null;
        browser.execute("pwExport(" + exportRequest + ")");
        Display display = browser.getDisplay();
        long deadline = System.nanoTime() + EXPORT_TIMEOUT_SECONDS * 1_000_000_000L;
        while (exportedXml == null && exportError == null && System.nanoTime() < deadline
                && !browser.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes display.sleep() so the deadline is checked
                });
                display.sleep();
            }
        }
        if (exportError != null) {
            throw new IOException(exportError);
        }
        if (exportedXml == null) {
            throw new IOException(NLS.bind(Messages.Editor_ExportTimeout, EXPORT_TIMEOUT_SECONDS));
        }
        return exportedXml;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (saving) {
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
        return Files.getLastModifiedTime(path).toMillis();
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
        for (BrowserFunction function : functions) {
            if (!function.isDisposed()) {
                function.dispose();
            }
        }
        functions.clear();
        super.dispose();
    }

    /** The global action handlers (Bearbeiten menu, Ctrl+Z, ...) that {@link BpmnEditorContributor} installs. */
    IAction action(String globalActionId) {
        if (ActionFactory.UNDO.getId().equals(globalActionId)) {
            return undo;
        } else if (ActionFactory.REDO.getId().equals(globalActionId)) {
            return redo;
        } else if (ActionFactory.SELECT_ALL.getId().equals(globalActionId)) {
            return selectAll;
        } else if (ActionFactory.DELETE.getId().equals(globalActionId)) {
            return delete;
        }
        return null;
    }

    // Used by the tests (fragment) and the bridge.

    public Browser browser() {
        return browser;
    }

    public Path file() {
        return file;
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

    /**
     * A workbench action (Bearbeiten menu, key binding) done by a function of the page. The page is told whether the
     * user chose the menu: a key stroke in a text field of the page was already handled by that field.
     */
    private final class PageAction extends Action {
        private final String function;

        PageAction(String function, String text, ActionFactory factory) {
            super(text);
            this.function = function;
            setId(factory.getId());
            setActionDefinitionId(factory.getCommandId());
        }

        @Override
        public void runWithEvent(Event event) {
            boolean fromMenu = event != null && (event.widget instanceof MenuItem || event.widget instanceof ToolItem);
            execute(function + "(" + fromMenu + ")");
        }

        @Override
        public void run() {
            execute(function + "(true)");
        }
    }
}

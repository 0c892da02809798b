package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Display;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Java's side of the bpmn-js page: scripts go to the page with {@link Browser#execute}; the page answers through
 * BrowserFunctions ({@code pwDirty}, {@code pwUndoState}, {@code pwImported}, {@code pwImportFailed}, {@code pwSaved},
 * {@code pwSaveFailed}, {@code pwLog}). The protocol is described in docs/bpmn-editor.md.
 */
final class BpmnPageBridge {

    /** What the page reports to the editor. */
    interface Listener {
        void dirty(boolean dirty);

        void undoState(boolean canUndo, boolean canRedo);

        /** The import finished: {@code error} is null when it succeeded; warnings either way. */
        void imported(String error, List<String> warnings);
    }

    /** How long save waits for the page to export its XML. */
    static final int EXPORT_TIMEOUT_SECONDS = 30;

    private final Browser browser;
    private final String logName;
    private final List<BrowserFunction> functions = new ArrayList<>();

    private int exportRequest;
    private String exportedXml;
    private String exportError;

    BpmnPageBridge(Browser browser, String logName, Listener listener) {
        this.browser = browser;
        this.logName = logName;
        function("pwDirty", arguments -> listener.dirty(Boolean.TRUE.equals(argument(arguments, 0))));
        function("pwUndoState", arguments -> listener.undoState(Boolean.TRUE.equals(argument(arguments, 0)),
                Boolean.TRUE.equals(argument(arguments, 1))));
        function("pwImported", arguments -> listener.imported(null, stringList(argument(arguments, 0))));
        function("pwImportFailed", arguments -> listener.imported(String.valueOf(argument(arguments, 0)),
                stringList(argument(arguments, 1))));
        function("pwSaved", arguments -> {
            if (isCurrentExport(argument(arguments, 0))) {
                exportedXml = String.valueOf(argument(arguments, 1));
            }
        });
        function("pwSaveFailed", arguments -> {
            if (isCurrentExport(argument(arguments, 0))) {
                exportError = String.valueOf(argument(arguments, 1));
            }
        });
        function("pwLog", arguments -> {
            String level = String.valueOf(argument(arguments, 0));
            String message = "BPMN modeler (" + logName + "): " + argument(arguments, 1);
            switch (level) {
                case "error" -> ILog.of(BpmnEditor.class).error(message);
                case "warn" -> ILog.of(BpmnEditor.class).warn(message);
                default -> ILog.of(BpmnEditor.class).info(message);
            }
        });
    }

    private void function(String name, Consumer<Object[]> body) {
        functions.add(new BrowserFunction(browser, name) {
            @Override
            public Object function(Object[] arguments) {
                body.accept(arguments);
                return null;
            }
        });
    }

    private static Object argument(Object[] arguments, int index) {
        return arguments != null && arguments.length > index ? arguments[index] : null;
    }

    /** The page passes lists as JSON arrays of strings (BrowserFunction arrays lose nothing, but JSON is simpler). */
    static List<String> stringList(Object json) {
        List<String> result = new ArrayList<>();
        if (!(json instanceof String text) || text.isBlank()) {
            return result;
        }
        try {
            for (JsonElement element : JsonParser.parseString(text).getAsJsonArray()) {
                result.add(element.getAsString());
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // The page sends JSON.stringify(string[]); anything else is a defect of the page, logged, not fatal.
            ILog.of(BpmnEditor.class).warn("Not a JSON array of strings from the BPMN page: " + text, e);
        }
        return result;
    }

    void execute(String script) {
        if (!browser.isDisposed()) {
            browser.execute(script);
        }
    }

    /**
     * Runs {@code script} after the current event. Needed inside BrowserFunction callbacks: WebKitGTK delivers them
     * while an {@code execute} of ours still waits for its result, and a nested execute then blocks for SWT's 10 s
     * timeout.
     */
    void executeLater(String script) {
        if (!browser.isDisposed()) {
            browser.getDisplay().asyncExec(() -> execute(script));
        }
    }

    /** Shows {@code message} in place of the diagram ({@code kind} "error" or "warning"), after the current event. */
    void showMessageLater(String message, String kind) {
        executeLater("pwShowMessage(" + JsStrings.quote(message) + ", '" + kind + "')");
    }

    private boolean isCurrentExport(Object id) {
        return id instanceof Number number && number.intValue() == exportRequest;
    }

    /** Asks the page for its XML and runs the event loop until the answer arrives (save needs it synchronously). */
    String exportXml() throws IOException {
        if (browser.isDisposed()) {
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

    void dispose() {
        for (BrowserFunction function : functions) {
            if (!function.isDisposed()) {
                function.dispose();
            }
        }
        functions.clear();
    }
}

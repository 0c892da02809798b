package org.prozesswerk.diagram.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.diagram.DiagramServer;

/**
 * The bridge between the diagram page and the in-process GLSP server, without a port: the BrowserFunction
 * {@code pwSend} carries client messages to {@link DiagramServer.Connection#receive}; server messages go to the page
 * with {@code Browser.execute("pwReceive(...)")}. The page's other calls ({@code pwSelectionChanged}, {@code pwOpen},
 * {@code pwReady}, {@code pwExported}) are handed to the consumers given here.
 */
public final class PageBridge {

    /** What the page reports besides server messages. */
    public record Callbacks(Consumer<String> selectionChanged, Consumer<String> open,
            java.util.function.BiConsumer<String, String> exported) {
    }

    private final Browser browser;
    private DiagramServer.Connection connection;
    private volatile boolean ready;
    private String readyInfo;

    private PageBridge(Browser browser) {
        this.browser = browser;
    }

    /** Connects {@code browser} to a new server connection and installs the page's functions. */
    public static PageBridge install(Browser browser, Callbacks callbacks) {
        PageBridge bridge = new PageBridge(browser);
        Display display = browser.getDisplay();
        bridge.connection = DiagramServer.connect(json -> display.asyncExec(() -> {
            // JSON is a JS expression; U+2028/2029 are escaped for older engines.
            bridge.execute("window.pwReceive && window.pwReceive("
                    + json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ")");
        }));
        function(browser, "pwSend", arguments -> {
            if (arguments.length == 1 && arguments[0] instanceof String json && bridge.connection != null) {
                bridge.connection.receive(json);
            }
        });
        function(browser, "pwSelectionChanged", arguments -> {
            if (arguments.length == 1 && arguments[0] instanceof String json) {
                callbacks.selectionChanged().accept(json);
            }
        });
        function(browser, "pwOpen", arguments -> {
            if (arguments.length == 1 && arguments[0] instanceof String id) {
                display.asyncExec(() -> callbacks.open().accept(id));
            }
        });
        function(browser, "pwReady", arguments -> {
            bridge.readyInfo = arguments.length == 1 ? String.valueOf(arguments[0]) : "";
            bridge.ready = true;
        });
        function(browser, "pwExported", arguments -> {
            if (arguments.length == 2) {
                callbacks.exported().accept(String.valueOf(arguments[0]), String.valueOf(arguments[1]));
            }
        });
        return bridge;
    }

    private static void function(Browser browser, String name, Consumer<Object[]> body) {
        new BrowserFunction(browser, name) {
            @Override
            public Object function(Object[] arguments) {
                body.accept(arguments);
                return null;
            }
        };
    }

    /** Runs {@code script} in the page unless the browser is gone. */
    public void execute(String script) {
        if (!browser.isDisposed()) {
            browser.execute(script);
        }
    }

    /** Sends an action (JSON) to the client's dispatcher, which forwards server actions to the server. */
    public void dispatch(String actionJson) {
        execute("window.pw && pw.dispatch(" + actionJson + ")");
    }


    public boolean isReady() {
        return ready;
    }

    public String readyInfo() {
        return readyInfo;
    }

    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}

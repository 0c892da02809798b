package org.prozesswerk.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The GLSP server inside the workbench. No socket: a {@link Connection} takes the client's JSON-RPC messages as
 * strings and hands the server's messages to a callback, so the SWT Browser bridge (BrowserFunction one way,
 * Browser.execute the other) and headless tests speak the real GLSP protocol without a network port.
 *
 * <p>Each connection gets its own injector (as GLSP's socket launcher does per client), with one diagram module per
 * contributed diagram type.
 */
public final class DiagramServer {

    private static volatile boolean elkReady;

    private DiagramServer() {
    }

    /** A live connection to one in-process GLSP server. */
    public interface Connection extends AutoCloseable {

        /** Handles one JSON-RPC message from the client. */
        void receive(String json);

        /** The server behind the connection, e.g. to reach its sessions. */
        GLSPServer server();

        @Override
        void close();
    }

    /** Connects with every contributed diagram type ({@link DiagramTypes}). */
    public static Connection connect(Consumer<String> toClient) {
        List<DiagramModule> modules = new ArrayList<>();
        for (DiagramTypes.Descriptor descriptor : DiagramTypes.all()) {
            try {
                modules.add(descriptor.createModule());
            } catch (CoreException | RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(DiagramServer.class)
                        .error("Diagram type " + descriptor.id() + " is not available", e);
            }
        }
        return connect(toClient, modules);
    }

    /** Connects with the given diagram modules (tests, benchmarks, the command line). */
    public static Connection connect(Consumer<String> toClient, List<? extends DiagramModule> modules) {
        initializeLayout();
        ServerModule serverModule = new ServerModule();
        modules.forEach(serverModule::configureDiagramModule);
        Injector injector = Guice.createInjector(serverModule);
        GLSPServer server = injector.getInstance(GLSPServer.class);
        ClientSessionManager sessions = injector.getInstance(ClientSessionManager.class);
        ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);

        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
        methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
        MessageJsonHandler json = new MessageJsonHandler(methods, gson::configureGsonBuilder);
        RemoteEndpoint endpoint = new RemoteEndpoint(message -> toClient.accept(json.serialize(message)),
                ServiceEndpoints.toEndpoint(server));
        json.setMethodProvider(endpoint);
        server.connect(ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));

        return new Connection() {
            private volatile boolean closed;

            @Override
            public void receive(String text) {
                if (closed) {
                    return;
                }
                Message message = json.parseMessage(text);
                endpoint.consume(message);
            }

            @Override
            public GLSPServer server() {
                return server;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    server.shutdown();
                    sessions.dispose(); // stops the sessions' action threads and model listeners
                }
            }
        };
    }

    /** ELK runs without its Eclipse UI integration here, so its algorithms are registered by hand (once). */
    public static void initializeLayout() {
        if (!elkReady) {
            synchronized (DiagramServer.class) {
                if (!elkReady) {
                    LayoutMetaDataService.getInstance()
                            .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    elkReady = true;
                }
            }
        }
    }
}

package org.prozesswerk.diagram.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.prozesswerk.diagram.DiagramServer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Speaks GLSP's JSON-RPC to the in-process server exactly as the browser client does (same method names, same
 * action JSON), through the same string bridge.
 */
final class TestClient implements AutoCloseable {

    /** The actions the browser client handles itself; the server forwards these to it. */
    private static final List<String> CLIENT_ACTIONS = List.of("setModel", "updateModel", "setDirtyState",
            "setTypeHints", "triggerNodeCreation", "setEditMode", "status", "message", "startProgress",
            "updateProgress", "endProgress", "setMarkers", "deleteMarkers", "selectAll", "elementSelected",
            "setContextActions", "navigateToExternalTarget");

    private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final DiagramServer.Connection connection;
    private final String clientId;

    TestClient(String clientId) {
        this.clientId = clientId;
        connection = DiagramServer.connect(json -> inbox.add(JsonParser.parseString(json).getAsJsonObject()));
    }

    /** initialize + initializeClientSession for {@code diagramType}. */
    void start(String diagramType) throws InterruptedException {
        JsonObject init = new JsonObject();
        init.addProperty("applicationId", "prozesswerk-test");
        init.addProperty("protocolVersion", "1.0.0");
        JsonObject result = request("initialize", init);
        if (!result.has("result")) {
            throw new AssertionError("initialize failed: " + result);
        }
        JsonObject session = new JsonObject();
        session.addProperty("clientSessionId", clientId);
        session.addProperty("diagramType", diagramType);
        JsonArray kinds = new JsonArray();
        CLIENT_ACTIONS.forEach(kinds::add);
        session.add("clientActionKinds", kinds);
        JsonObject sessionResult = request("initializeClientSession", session);
        if (sessionResult.has("error")) {
            throw new AssertionError("initializeClientSession failed: " + sessionResult);
        }
    }

    JsonObject request(String method, JsonObject params) throws InterruptedException {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        connection.receive(message.toString());
        return await(m -> m.has("id") && m.get("id").getAsInt() == id, Duration.ofSeconds(20));
    }

    /** Sends an action (the {@code process} notification). */
    void send(JsonObject action) {
        JsonObject params = new JsonObject();
        params.addProperty("clientId", clientId);
        params.add("action", action);
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", "process");
        message.add("params", params);
        connection.receive(message.toString());
    }

    /** The next action of {@code kind} the server sends, skipping others. */
    JsonObject awaitAction(String kind) throws InterruptedException {
        JsonObject message = await(m -> "process".equals(stringOf(m, "method"))
                && kind.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString()),
                Duration.ofSeconds(30));
        return message.getAsJsonObject("params").getAsJsonObject("action");
    }

    private JsonObject await(java.util.function.Predicate<JsonObject> wanted, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<JsonObject> skipped = new ArrayList<>();
        while (true) {
            long left = end - System.nanoTime();
            JsonObject message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("timed out; received instead: " + summary(skipped));
            }
            if (wanted.test(message)) {
                return message;
            }
            if ("process".equals(stringOf(message, "method"))) {
                String kind = message.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString();
                if ("message".equals(kind) || "status".equals(kind)) {
                    JsonObject action = message.getAsJsonObject("params").getAsJsonObject("action");
                    if (action.toString().contains("\"error\"")) {
                        throw new AssertionError("server error: " + action);
                    }
                }
            }
            skipped.add(message);
        }
    }

    private static String summary(List<JsonObject> messages) {
        StringBuilder text = new StringBuilder();
        for (JsonObject m : messages) {
            String s = m.toString();
            text.append(s, 0, Math.min(400, s.length())).append('\n');
        }
        return text.toString();
    }

    private static String stringOf(JsonObject object, String key) {
        JsonElement element = object.get(key);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** Discards what arrived so far. */
    void drain() {
        inbox.clear();
    }

    @Override
    public void close() {
        connection.close();
    }
}

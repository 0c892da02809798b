package org.prozesswerk.diagram.internal;

import java.util.HashMap;
import java.util.Map;

/** The view options of one diagram session (client options at model request, then {@code pwDiagramOptions}). */
public final class DiagramOptions {

    public static final String KEY = "pw.options";

    private final Map<String, String> values = new HashMap<>();

    public DiagramOptions(Map<String, String> initial) {
        if (initial != null) {
            values.putAll(initial);
        }
    }

    public String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    public void putAll(Map<String, String> options) {
        values.putAll(options);
    }
}

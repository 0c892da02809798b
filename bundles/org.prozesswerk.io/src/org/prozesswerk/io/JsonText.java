/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.io;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * The text of the JSON files Prozesswerk keeps (library items, {@code library.json}, method profiles): Gson's
 * streaming writer, two-space indent, umlauts and {@code <>&=} as they are (no HTML escaping) and a final line break,
 * so that the files read and diff well in Git.
 */
public final class JsonText {

    /** Writes the document's one top-level value. */
    @FunctionalInterface
    public interface Body {
        void write(JsonWriter json) throws IOException;
    }

    private JsonText() {
    }

    public static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            body.write(json);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    /** {@code "name": [ ...values ]}. */
    public static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }
}

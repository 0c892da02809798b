package org.prozesswerk.bpmn.ui.internal;

import com.google.gson.Gson;

/** Turns Java strings into JavaScript string literals for {@code Browser.execute}. */
final class JsStrings {

    /** HTML-safe (Gson's default): {@code <}, {@code >}, {@code &}, {@code =}, {@code '} as {@code \\u00XX}. */
    private static final Gson GSON = new Gson();

    private JsStrings() {
    }

    /** A double-quoted JS literal of {@code value}; safe for any content, including U+2028/U+2029 and "</script>". */
    static String quote(String value) {
        return GSON.toJson(value);
    }
}

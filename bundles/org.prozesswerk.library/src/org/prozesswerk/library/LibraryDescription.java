/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import org.prozesswerk.io.JsonText;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/** {@code library.json}: what the library is (name, maintaining body, default licence of items). */
public record LibraryDescription(String name, String publisher, String licence) {

    public static final String FORMAT = "prozesswerk-library/1";

    public static String write(LibraryDescription d) {
        return JsonText.write(w -> {
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name("name").value(d.name());
            w.name("publisher").value(d.publisher());
            w.name("licence").value(d.licence());
            w.endObject();
        });
    }

    public static LibraryDescription read(String file, String content) throws LibraryFormatException {
        try {
            JsonReader r = new JsonReader(new java.io.StringReader(content));
            r.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (!e.isJsonObject()) {
                throw new LibraryFormatException(file, 1, 1, "not a JSON object");
            }
            JsonObject o = e.getAsJsonObject();
            if (!o.has("format") || !FORMAT.equals(o.get("format").getAsString())) {
                throw new LibraryFormatException(file, 1, 1, "\"format\" must be \"" + FORMAT + '"');
            }
            return new LibraryDescription(text(o, "name"), text(o, "publisher"), text(o, "licence"));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            boolean found = m.find();
            throw new LibraryFormatException(file, found ? Integer.parseInt(m.group(1)) : 0,
                    found ? Integer.parseInt(m.group(2)) : 0, String.valueOf(e.getMessage()));
        }
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }
}

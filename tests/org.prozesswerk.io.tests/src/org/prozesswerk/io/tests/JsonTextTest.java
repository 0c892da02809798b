package org.prozesswerk.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.prozesswerk.io.JsonText;

/** The JSON files' text: two-space indent, no HTML escaping, one final line break. */
class JsonTextTest {

    @Test
    void indentsByTwoSpacesKeepsUmlautsAndMarkupAndEndsWithALineBreak() {
        String text = JsonText.write(json -> {
            json.beginObject();
            json.name("name").value("Gewerbe <an> & ummelden = Änderung");
            json.name("tags").beginArray().value("a").endArray();
            json.endObject();
        });
        assertEquals("{\n  \"name\": \"Gewerbe <an> & ummelden = Änderung\",\n  \"tags\": [\n    \"a\"\n  ]\n}\n", text);
    }
}

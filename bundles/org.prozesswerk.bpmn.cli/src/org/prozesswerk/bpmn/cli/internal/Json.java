package org.prozesswerk.bpmn.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.prozesswerk.bpmn.BpmnStatistics;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/**
 * The JSON of {@code bpmn stats --format json} (Gson): an array with one object per file, in argument order. Count
 * maps, media breaks and errors stand on one line each.
 */
final class Json {

    private static final FormattingStyle INLINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private Json() {
    }

    static String outcomes(List<StatsCommand.Outcome> outcomes) {
        StringWriter out = new StringWriter();
        try {
            JsonWriter json = new JsonWriter(out);
            json.setFormattingStyle(FormattingStyle.PRETTY);
            json.beginArray();
            for (StatsCommand.Outcome o : outcomes) {
                json.beginObject();
                json.name("file").value(o.file().toString());
                if (o.error() != null) {
                    json.name("error");
                    inline(json, true);
                    json.name("message").value(o.error().getMessage());
                    json.name("line").value(o.error().line());
                    json.name("column").value(o.error().column());
                    inline(json, false);
                } else {
                    BpmnStatistics s = o.statistics();
                    counts(json, "categories", s.categories());
                    counts(json, "elements", s.elements());
                    json.name("mediaBreaks").beginArray();
                    for (BpmnStatistics.MediaBreak b : s.mediaBreaks()) {
                        inline(json, true);
                        json.name("id").value(b.id());
                        json.name("kind").value(b.kind());
                        json.name("name").value(b.name());
                        json.name("sourceRef").value(b.sourceRef());
                        json.name("targetRef").value(b.targetRef());
                        inline(json, false);
                    }
                    json.endArray();
                    json.name("laneOrgUnits");
                    inline(json, true);
                    for (Map.Entry<String, String> e : s.laneOrgUnits().entrySet()) {
                        json.name(e.getKey()).value(e.getValue());
                    }
                    inline(json, false);
                }
                json.endObject();
            }
            json.endArray();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    private static void counts(JsonWriter json, String name, Map<String, Integer> counts) throws IOException {
        json.name(name);
        inline(json, true);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        inline(json, false);
    }

    /** Begins an object whose members stay on its line, or ends it and returns to one member per line. */
    private static void inline(JsonWriter json, boolean begin) throws IOException {
        if (begin) {
            json.beginObject();
            json.setFormattingStyle(INLINE);
        } else {
            json.endObject();
            json.setFormattingStyle(FormattingStyle.PRETTY);
        }
    }
}

package org.prozesswerk.merge.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The report of a merge on the command line, in text or JSON, and the decisions file: shared by {@code update} and
 * {@code import --into} (bundle org.prozesswerk.exchange.cli), so both read and print the same.
 */
public final class MergeReport {

    private MergeReport() {
    }

    /** @return the decisions in {@code file} ({@link MergeDecisions#toJson}), or none if {@code file} is null */
    public static MergeDecisions readDecisions(Path file) {
        if (file == null) {
            return new MergeDecisions();
        }
        try {
            return MergeDecisions.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliInputException(NLS.bind(Messages.Input_DecisionsUnreadable, file, e.getMessage()), e);
        }
    }

    /**
     * Prints the changes taken, the conflicts, the open ones and the notes; {@code retiredMessage} ({0} the count)
     * names where the retired Steckbriefe were deleted (the Musterregister, the imported file).
     */
    public static void text(PrintWriter w, MergeResult r, List<Conflict> open, List<String> notes,
            String retiredMessage) {
        w.println(NLS.bind(Messages.Update_AutoMerged, r.autoMerged().size()));
        for (Map.Entry<String, Integer> e : autoByKind(r).entrySet()) {
            w.println(NLS.bind(Messages.Update_Kind, e.getKey(), e.getValue()));
        }
        w.println(NLS.bind(retiredMessage, r.retired().size()));
        w.println(NLS.bind(Messages.Update_ConflictsByKind, r.conflicts().size()));
        for (Map.Entry<ConflictKind, Integer> e : r.conflictsByKind().entrySet()) {
            w.println(NLS.bind(Messages.Update_Kind, e.getKey(), e.getValue()));
        }
        w.println(NLS.bind(Messages.Update_Open, open.size()));
        for (Conflict c : open) {
            w.println(NLS.bind(Messages.Update_Conflict, c.id(), c));
        }
        for (String note : notes) {
            w.println(NLS.bind(Messages.Update_Note, note));
        }
    }

    /** Adds the merge's figures, open conflicts, retired Steckbriefe and notes to {@code json}. */
    public static JsonObject json(JsonObject json, MergeResult r, List<Conflict> open, List<String> notes) {
        json.addProperty("autoMerged", r.autoMerged().size());
        JsonObject auto = new JsonObject();
        autoByKind(r).forEach(auto::addProperty);
        json.add("autoMergedByKind", auto);
        json.addProperty("oursChanges", r.oursChanges().size());
        json.addProperty("theirsChanges", r.theirsChanges().size());
        json.addProperty("conflicts", r.conflicts().size());
        JsonObject kinds = new JsonObject();
        r.conflictsByKind().forEach((k, v) -> kinds.addProperty(k.name(), v));
        json.add("conflictsByKind", kinds);
        JsonArray openJson = new JsonArray();
        for (Conflict c : open) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("kind", c.kind().name());
            o.addProperty("elementType", c.elementType().name());
            o.addProperty("elementId", c.elementId());
            o.addProperty("label", c.label());
            o.addProperty("feature", c.feature());
            o.addProperty("base", c.base());
            o.addProperty("ours", c.ours());
            o.addProperty("theirs", c.theirs());
            o.addProperty("ownership", c.ownership().name());
            o.addProperty("suggested", c.suggested() == null ? null : c.suggested().name());
            openJson.add(o);
        }
        json.add("openConflicts", openJson);
        JsonArray retired = new JsonArray();
        r.retired().forEach(d -> retired.add(d.label()));
        json.add("retired", retired);
        JsonArray notesJson = new JsonArray();
        notes.forEach(notesJson::add);
        json.add("notes", notesJson);
        return json;
    }

    /** @return {@code json} pretty-printed, nulls included */
    public static String print(JsonObject json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
    }

    private static Map<String, Integer> autoByKind(MergeResult r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Difference d : r.autoMerged()) {
            m.merge(d.elementType() + " " + d.kind(), 1, Integer::sum);
        }
        return m;
    }
}

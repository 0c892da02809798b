package org.prozesswerk.merge.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.TextOrJson;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.RegisterCompare;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prozesswerk diff A B}: the differences between two registers. */
@Command(name = "diff", sortOptions = false,
        header = "Compare two registers (files or built-in Musterregister versions V1, V2.1, local) and list the "
                + "differences: Steckbriefe added, deleted, moved, fields changed, references, folders and units. "
                + "Exit code 0 equal, 1 different, 2 input error.")
public final class DiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "older", description = "Older register (file or version).")
    String older;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "newer", description = "Newer register (file or version).")
    String newer;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    TextOrJson format;

    @Override
    public Integer call() {
        Registers a = Registers.load(older);
        Registers b = Registers.load(newer);
        List<Difference> differences = RegisterCompare.compare(a.register(), b.register());
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(toJson(differences)));
        } else if (differences.isEmpty()) {
            out.println(NLS.bind(Messages.Diff_None, older, newer));
        } else {
            out.println(NLS.bind(Messages.Diff_Summary, new Object[] { differences.size(), older, newer }));
            for (Difference d : differences) {
                out.println("  " + d);
            }
        }
        return differences.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private JsonObject toJson(List<Difference> differences) {
        JsonObject json = new JsonObject();
        json.addProperty("older", older);
        json.addProperty("newer", newer);
        json.addProperty("count", differences.size());
        Map<String, Integer> byKind = new TreeMap<>();
        JsonArray list = new JsonArray();
        for (Difference d : differences) {
            byKind.merge(d.elementType() + " " + d.kind(), 1, Integer::sum);
            list.add(difference(d));
        }
        JsonObject kinds = new JsonObject();
        byKind.forEach(kinds::addProperty);
        json.add("byKind", kinds);
        json.add("differences", list);
        return json;
    }

    static JsonObject difference(Difference d) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", d.kind().name());
        o.addProperty("elementType", d.elementType().name());
        o.addProperty("elementId", d.elementId());
        o.addProperty("label", d.label());
        o.addProperty("feature", d.feature());
        o.addProperty("old", d.oldValue());
        o.addProperty("new", d.newValue());
        o.addProperty("match", d.match() == null ? null : d.match().name());
        return o;
    }
}

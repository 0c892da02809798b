package org.prozesswerk.merge.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.TextOrJson;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProzesswerkPackage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prozesswerk update}: three-way update of a local register to a new version. */
@Command(name = "update", sortOptions = false,
        header = "Update a local register to a new version (three-way merge): takes every change made on one side "
                + "only and reports conflicts. Exit code 0 merged without open conflicts, 1 open conflicts (nothing "
                + "written unless --keep-conflicts), 2 input error.")
public final class UpdateCommand extends BaseCommand {

    /** Sides for --keep-conflicts. */
    public enum Keep {
        ours, theirs
    }

    @Option(names = "--base", paramLabel = "BASE",
            description = "Base version the local register derives from (file or version, e.g. V1); default: the "
                    + "base version the register remembers.")
    String base;

    @Option(names = "--ours", required = true, paramLabel = "FILE", description = "Local register (file).")
    Path ours;

    @Option(names = "--theirs", required = true, paramLabel = "NEW",
            description = "New version (file or version, e.g. V2.1).")
    String theirs;

    @Option(names = "--out", paramLabel = "FILE", description = "Register file to write.")
    Path out;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "JSON file with decisions on conflicts (per conflict, by rule, default side).")
    Path decisionsFile;

    @Option(names = "--report", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report as text or json (default: ${DEFAULT-VALUE}).")
    TextOrJson report;

    @Option(names = "--keep-conflicts", paramLabel = "SIDE",
            description = "Decide open conflicts for one side (ours or theirs) and write anyway.")
    Keep keep;

    @Override
    public Integer call() {
        if (keep != null && out == null) {
            throw new CliInputException(Messages.Input_OutRequired);
        }
        if (out != null) {
            try {
                RegisterFormat.forPath(out);
            } catch (IllegalArgumentException e) {
                throw new CliInputException(out + ": " + e.getMessage(), e);
            }
        }
        MergeDecisions decisions = readDecisions();
        Registers o = Registers.load(ours.toString());
        Registers b = Registers.load(base != null ? base : Registers.rememberedBase(o.register(), ours));
        Registers t = Registers.load(theirs);

        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(new BasicCommandStack());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/ours.pwreg"));
        resource.getContents().add(o.register());
        MergeResult result = ThreeWayMerge.merge(b.register(), o.register(), t.register());
        List<Conflict> open = result.openConflicts(decisions);
        boolean write = out != null && (open.isEmpty() || keep != null);
        List<String> notes = List.of();
        if (write) {
            org.eclipse.emf.common.command.Command merge = result.createCommand(domain, decisions,
                    keep == null ? null : keep == Keep.ours ? Side.OURS : Side.THEIRS);
            CompoundCommand all = new CompoundCommand(merge.getLabel());
            all.append(merge);
            ProzesswerkPackage pw = ProzesswerkPackage.eINSTANCE;
            all.append(new SetCommand(domain, o.register(), pw.getProcessRegister_BaseVersion(), t.baseVersion()));
            all.append(new SetCommand(domain, o.register(), pw.getProcessRegister_BaseChecksum(), t.checksum()));
            domain.getCommandStack().execute(all);
            notes = MergeResult.notes(merge);
            List<String> problems = RegisterIntegrity.check(o.register());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("merged register fails its integrity check: " + problems);
            }
            try {
                RegisterStore.save(resource, out);
            } catch (IOException e) {
                throw new CliInputException(NLS.bind(Messages.Input_WriteFailed, out, e.getMessage()), e);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (report == TextOrJson.json) {
            w.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(json(result, open, notes, write)));
        } else {
            text(w, result, open, notes, write);
        }
        return open.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private MergeDecisions readDecisions() {
        if (decisionsFile == null) {
            return new MergeDecisions();
        }
        try {
            return MergeDecisions.fromJson(Files.readString(decisionsFile, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliInputException(NLS.bind(Messages.Input_DecisionsUnreadable, decisionsFile, e.getMessage()), e);
        }
    }

    private void text(PrintWriter w, MergeResult r, List<Conflict> open, List<String> notes, boolean written) {
        w.println(NLS.bind(Messages.Update_Summary, new Object[] { base, ours, theirs }));
        w.println(NLS.bind(Messages.Update_AutoMerged, r.autoMerged().size()));
        for (Map.Entry<String, Integer> e : autoByKind(r).entrySet()) {
            w.println(NLS.bind(Messages.Update_Kind, e.getKey(), e.getValue()));
        }
        w.println(NLS.bind(Messages.Update_Retired, r.retired().size()));
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
        w.println(written ? NLS.bind(Messages.Update_Written, out) : Messages.Update_NotWritten);
    }

    private static Map<String, Integer> autoByKind(MergeResult r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Difference d : r.autoMerged()) {
            m.merge(d.elementType() + " " + d.kind(), 1, Integer::sum);
        }
        return m;
    }

    private JsonObject json(MergeResult r, List<Conflict> open, List<String> notes, boolean written) {
        JsonObject json = new JsonObject();
        json.addProperty("base", base);
        json.addProperty("ours", ours.toString());
        json.addProperty("theirs", theirs);
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
        json.addProperty("written", written ? out.toString() : null);
        return json;
    }
}

package org.prozesswerk.merge.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

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
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProzesswerkPackage;

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
            w.println(MergeReport.print(json(result, open, notes, write)));
        } else {
            text(w, result, open, notes, write);
        }
        return open.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private MergeDecisions readDecisions() {
        return MergeReport.readDecisions(decisionsFile);
    }

    private void text(PrintWriter w, MergeResult r, List<Conflict> open, List<String> notes, boolean written) {
        w.println(NLS.bind(Messages.Update_Summary, new Object[] { base, ours, theirs }));
        MergeReport.text(w, r, open, notes, Messages.Update_Retired);
        w.println(written ? NLS.bind(Messages.Update_Written, out) : Messages.Update_NotWritten);
    }

    private JsonObject json(MergeResult r, List<Conflict> open, List<String> notes, boolean written) {
        JsonObject json = new JsonObject();
        json.addProperty("base", base);
        json.addProperty("ours", ours.toString());
        json.addProperty("theirs", theirs);
        MergeReport.json(json, r, open, notes);
        json.addProperty("written", written ? out.toString() : null);
        return json;
    }
}

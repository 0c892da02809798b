package org.prozesswerk.muster.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prozesswerk derive}: a municipality's register from a model register, via {@link OrgChartDerivation}. */
@Command(name = "derive", sortOptions = false,
        header = "Derive a municipality's register from a model register: keep the units of its size class, drop "
                + "optional units it lacks; Steckbriefe of removed units move to the nearest remaining unit.")
public final class DeriveCommand extends BaseCommand {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "Model register (.pwreg or .pwregb).")
    Path from;

    @Option(names = "--gk", required = true, paramLabel = "N", description = "KGSt size class 1-7 of the municipality.")
    int gk;

    @Option(names = "--drop", arity = "1..*", split = ",", paramLabel = "UNIT",
            description = "Optional units the municipality does not have, by short code (e.g. 37) or id.")
    List<String> drop = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Register file to write.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the derived register, e.g. the municipality.")
    String name;

    @Override
    public Integer call() {
        SizeClass sizeClass = CliSupport.sizeClass(gk);
        CliSupport.checkOutput(out);
        ProcessRegister template = Registers.load(from);
        OrgChartDerivation.Result result;
        try {
            result = OrgChartDerivation.derive(template,
                    new OrgChartDerivation.Spec(sizeClass, Set.copyOf(drop), name));
        } catch (IllegalArgumentException e) {
            throw new CliInputException(NLS.bind(Messages.Derive_InvalidSpec, from, e.getMessage()), e);
        }
        CliSupport.save(result.register(), out);
        report(spec.commandLine().getOut(), result, count(template), count(result.register()));
        return ExitCodes.OK;
    }

    private void report(PrintWriter w, OrgChartDerivation.Result result, int before, int after) {
        String registerName = result.register().getName() == null ? "" : result.register().getName();
        w.println(NLS.bind(Messages.Derive_Written, new Object[] { registerName, Integer.toString(gk), from, out }));
        if (result.removedUnits().isEmpty()) {
            w.println(Messages.Derive_RemovedNone);
        } else {
            w.println(NLS.bind(Messages.Derive_Removed, result.removedUnits().size()));
            result.removedUnits().forEach(unit -> w.println(NLS.bind(Messages.Derive_Unit, unit)));
        }
        // Grouped by old and new unit: a size class change moves hundreds of Steckbriefe the same way.
        Map<String, Integer> moved = new LinkedHashMap<>();
        Set<OrgChartDerivation.Move> flagged = new LinkedHashSet<>();
        for (OrgChartDerivation.Move move : result.moves()) {
            if (move.to() == null) {
                flagged.add(move);
            } else {
                moved.merge(move.from() + "\u0000" + move.to(), 1, Integer::sum);
            }
        }
        if (moved.isEmpty()) {
            w.println(Messages.Derive_MovedNone);
        } else {
            w.println(NLS.bind(Messages.Derive_Moved, result.moves().size() - flagged.size()));
            moved.forEach((fromTo, n) -> {
                String[] parts = fromTo.split("\u0000");
                w.println(NLS.bind(Messages.Derive_Move, new Object[] { parts[0], parts[1], n }));
            });
        }
        if (!flagged.isEmpty()) {
            w.println(NLS.bind(Messages.Derive_Flagged, flagged.size(), OrgChartDerivation.REASSIGNMENT_TAG));
            flagged.forEach(m -> w.println(NLS.bind(Messages.Derive_FlaggedEntry, m.profileName(), m.from())));
        }
        w.println(NLS.bind(Messages.Derive_Total, after, before));
    }

    private static int count(ProcessRegister register) {
        int n = 0;
        for (var it = register.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            n += next instanceof ProcessProfile ? 1 : 0;
        }
        return n;
    }
}

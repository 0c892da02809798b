package org.prozesswerk.muster.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.MusterFigures;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.muster.MusterRegisterGenerator;
import org.prozesswerk.muster.MusterVersions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prozesswerk demo}: writes the Musterprozessregister built from the installed catalogues. */
@Command(name = "demo", sortOptions = false,
        header = "Write the Musterprozessregister of a municipality of KGSt size class 6 or 7, built from the LeiKa, "
                + "OZG, norms and KGSt catalogues.")
public final class DemoCommand extends BaseCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Register file to write (.pwreg or .pwregb).")
    Path out;

    @Option(names = "--gk", defaultValue = "6", paramLabel = "N",
            description = "KGSt size class 1-7 (default: ${DEFAULT-VALUE}); the register is designed for 6 and 7.")
    int gk;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "Write a published version of the GK 6 Musterregister instead: V1, V2.1, or local "
                    + "(a municipality's register derived from V1 with two years of work).")
    String version;

    @Override
    public Integer call() {
        SizeClass sizeClass = CliSupport.sizeClass(gk);
        CliSupport.checkOutput(out);
        if (version != null) {
            return writeVersion();
        }
        MusterRegister muster;
        try {
            muster = new MusterRegisterGenerator(CatalogueRegistry.getDefault()).generate(sizeClass);
        } catch (IllegalStateException e) {
            throw new CliInputException(NLS.bind(Messages.Cli_CataloguesMissing, e.getMessage()), e);
        }
        CliSupport.save(muster.register(), out);
        print(spec.commandLine().getOut(), muster.figures());
        return ExitCodes.OK;
    }

    private int writeVersion() {
        if (!MusterVersions.NAMES.contains(version)) {
            throw new CliInputException(NLS.bind(Messages.Demo_UnknownVersion, version,
                    String.join(", ", MusterVersions.NAMES)));
        }
        if (gk != 6) {
            throw new CliInputException(NLS.bind(Messages.Demo_VersionOnlyGk6, Integer.toString(gk)));
        }
        ProcessRegister register;
        try {
            register = MusterVersions.build(version).orElseThrow();
        } catch (IllegalStateException e) {
            throw new CliInputException(NLS.bind(Messages.Cli_CataloguesMissing, e.getMessage()), e);
        }
        CliSupport.save(register, out);
        PrintWriter w = spec.commandLine().getOut();
        w.println(NLS.bind(Messages.Demo_VersionWritten, new Object[] { version, register.getName(), out }));
        for (Map.Entry<String, Integer> figure : MusterVersions.figures(register).entrySet()) {
            w.println(NLS.bind(Messages.Demo_Folder, figure.getKey(), figure.getValue()));
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter w, MusterFigures f) {
        w.println(NLS.bind(Messages.Demo_Written, Integer.toString(f.sizeClass().getValue()), out));
        w.println(NLS.bind(Messages.Demo_Selection, new Object[] { f.steckbriefe(), f.leikaServices(),
                f.excludedByTypisierung(), f.notMunicipal(), f.districtTasks(), f.foldedLeistungsobjekte() }));
        w.println(NLS.bind(Messages.Demo_Coverage, new Object[] { f.linkedLeika(), f.linkedOzg(), f.withLegalBasis(),
                f.withOaa(), f.withTrigger() }));
        w.println(NLS.bind(Messages.Demo_Units, f.units()));
        w.println(NLS.bind(Messages.Demo_Status, f.perStatus().get(FimStatus.METHODICALLY_RELEASED),
                f.perStatus().get(FimStatus.DRAFT)));
        w.println(Messages.Demo_PerThemenfeld);
        for (Map.Entry<String, Integer> folder : f.perThemenfeld().entrySet()) {
            w.println(NLS.bind(Messages.Demo_Folder, folder.getKey(), folder.getValue()));
        }
        w.println(NLS.bind(Messages.Demo_Unassigned, f.unassigned().size()));
        for (String profile : f.unassigned()) {
            w.println(NLS.bind(Messages.Demo_UnassignedEntry, profile));
        }
    }
}

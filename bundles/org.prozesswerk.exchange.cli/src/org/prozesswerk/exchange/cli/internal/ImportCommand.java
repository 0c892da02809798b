package org.prozesswerk.exchange.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.cli.TextOrJson;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportMerge;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.cli.internal.MergeReport;
import org.prozesswerk.merge.cli.internal.UpdateCommand;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code prozesswerk import IN --format F --out REGISTER}: imports into a new register file and prints the import report
 * (an existing file is updated as with {@code --into}). Exit 1 when source data was rejected (bad values, rows without name).
 * <p>
 * {@code --into REGISTER}: re-import into a register that may hold the Steckbriefe already; merged by the merge engine
 * ({@link ImportMerge}), with the exit codes, decisions and report of {@code update}.
 */
@Command(name = "import", sortOptions = false,
        header = "Import Steckbriefe from CSV, XLSX or an XProzess 2.0 message into a register and print the report. "
                + "With --into, Steckbriefe the register holds already (same key) are updated through the merge "
                + "engine: exit 0 merged, 1 open conflicts or rejected rows (nothing written unless --keep-conflicts), "
                + "2 input error.")
public final class ImportCommand extends BaseCommand {

    private static final int REPORT_LINES = 200;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in", description = "File to import.")
    Path in;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Import format: an importer id such as csv, xlsx, xprozess.")
    String format;

    @Option(names = "--out", paramLabel = "REGISTER",
            description = "Register file (.pwreg or .pwregb) to create; an existing one is updated as with --into. With "
                    + "--into: where the merged register is written (default: the --into file).")
    Path out;

    @Option(names = "--into", paramLabel = "REGISTER",
            description = "Existing register to update: Steckbriefe with the same key are merged, not copied (three-way "
                    + "against the last import of the same file, else two-way).")
    Path into;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "With --into: JSON file with decisions on conflicts, as for update.")
    Path decisionsFile;

    @Option(names = "--keep-conflicts", paramLabel = "SIDE",
            description = "With --into: decide open conflicts for one side (ours or theirs) and write anyway.")
    UpdateCommand.Keep keep;

    @Option(names = "--report", defaultValue = "text", paramLabel = "FORMAT",
            description = "With --into: report as text or json (default: ${DEFAULT-VALUE}).")
    TextOrJson reportFormat;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping file (csv, xlsx).")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "FILE",
            description = "Save the column mapping as applied, for the next import (csv, xlsx).")
    Path saveMapping;

    @Option(names = "--option", paramLabel = "ID=VALUE", description = "An option of the format; repeat for several.")
    List<String> options;

    @Override
    public Integer call() {
        ImporterDescriptor importer = ExchangeRegistry.getDefault().importer(format).orElseThrow(() -> Options
                .unknownFormat(format, ExchangeRegistry.getDefault().importers().stream().map(ImporterDescriptor::id)));
        if (!Files.isRegularFile(in)) {
            throw new CliInputException(NLS.bind(Messages.Import_SourceMissing, in));
        }
        if (out == null && into == null) {
            throw new CliInputException(Messages.Into_OutOrInto);
        }
        if (into == null && Files.isRegularFile(out)) {
            // An existing register is updated through the merge engine, never extended with copies of the Steckbriefe
            // it holds already: importing the same file again must not duplicate them.
            into = out;
        }
        if (into == null && (decisionsFile != null || keep != null)) {
            throw new CliInputException(Messages.Into_OnlyWithInto);
        }
        for (Path register : new Path[] { out, into }) {
            if (register != null && RegisterFormat.forExtension(extension(register)).isEmpty()) {
                throw new CliInputException(NLS.bind(Messages.Import_NotRegister, register));
            }
        }
        Map<String, String> values = new LinkedHashMap<>(Options.parse(options, importer.options(), format));
        if (mapping != null || saveMapping != null) {
            if (importer.option("mapping") == null) {
                throw new CliInputException(Messages.Import_MappingNotTable);
            }
            if (mapping != null) {
                if (!Files.isRegularFile(mapping)) {
                    throw new CliInputException(NLS.bind(Messages.Import_MappingMissing, mapping));
                }
                values.put("mapping", mapping.toString());
            }
            if (saveMapping != null) {
                values.put("saveMapping", saveMapping.toString());
            }
        }
        if (into != null) {
            return importInto(importer, values);
        }
        long start = System.nanoTime();
        boolean created = !Files.exists(out);
        ProcessRegister register = open();
        ExchangeReport report;
        try {
            report = importer.create().importInto(new ImportRequest(in, register, out, values),
                    new NullProgressMonitor());
            RegisterStore.save(register, out);
            if (created) {
                // the new register is what the file gave: the next import of it --into is three-way
                ImportMerge.remember(register, out, importer.id(), in);
            }
        } catch (ExchangeException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliInputException(in + ": " + e.getMessage(), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        var printer = spec.commandLine().getOut();
        report.writeText(printer, REPORT_LINES);
        if (saveMapping != null) {
            printer.println(NLS.bind(Messages.Import_MappingSaved, saveMapping));
        }
        printer.println(NLS.bind(Messages.Import_Done, new Object[] { report.profiles(), out, Long.toString(millis) }));
        return report.count(ExchangeReport.Kind.REJECTED) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private int importInto(ImporterDescriptor importer, Map<String, String> values) {
        if (!Files.isRegularFile(into)) {
            throw new CliInputException(NLS.bind(Messages.Into_Missing, into));
        }
        Path target = out != null ? out : into;
        MergeDecisions decisions = MergeReport.readDecisions(decisionsFile);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(new BasicCommandStack());
        Resource resource;
        ImportMerge.Prepared prepared;
        try {
            resource = RegisterStore.loadResource(domain.getResourceSet(), into);
            prepared = ImportMerge.prepare(importer.create(), importer.id(), in,
                    (ProcessRegister) resource.getContents().get(0), into, values, new NullProgressMonitor());
        } catch (RegisterLoadException | ExchangeException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliInputException(in + ": " + e.getMessage(), e);
        }
        MergeResult result = prepared.result();
        List<Conflict> open = result.openConflicts(decisions);
        boolean write = open.isEmpty() || keep != null;
        List<String> notes = List.of();
        try {
            if (write) {
                org.eclipse.emf.common.command.Command merge = result.createCommand(domain, decisions,
                        keep == null ? null : keep == UpdateCommand.Keep.ours ? Side.OURS : Side.THEIRS);
                domain.getCommandStack().execute(merge);
                notes = MergeResult.notes(merge);
                RegisterStore.save(resource, target);
                prepared.commit(target);
            } else {
                prepared.discard();
            }
        } catch (IOException e) {
            discardQuietly(prepared);
            throw new CliInputException(NLS.bind(Messages.Into_WriteFailed, target, e.getMessage()), e);
        }
        var printer = spec.commandLine().getOut();
        ExchangeReport report = prepared.report();
        if (reportFormat == TextOrJson.json) {
            JsonObject json = new JsonObject();
            json.addProperty("source", in.toString());
            json.addProperty("format", importer.id());
            json.addProperty("into", into.toString());
            json.addProperty("steckbriefe", report.profiles());
            json.addProperty("rejected", report.count(ExchangeReport.Kind.REJECTED));
            json.addProperty("matched", prepared.matched());
            json.addProperty("threeWay", prepared.threeWay());
            json.addProperty("base", prepared.threeWay() ? prepared.snapshot().toString() : null);
            MergeReport.json(json, result, open, notes);
            json.addProperty("written", write ? target.toString() : null);
            printer.println(MergeReport.print(json));
        } else {
            report.writeText(printer, REPORT_LINES);
            printer.println(NLS.bind(Messages.Into_Summary, new Object[] { in, into, prepared.matched(),
                    report.profiles(), prepared.threeWay() ? NLS.bind(Messages.Into_ThreeWay, prepared.snapshot())
                            : Messages.Into_TwoWay }));
            MergeReport.text(printer, result, open, notes, Messages.Into_Retired);
            printer.println(write ? NLS.bind(Messages.Into_Written, target) : Messages.Into_NotWritten);
        }
        return open.isEmpty() && report.count(ExchangeReport.Kind.REJECTED) == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static void discardQuietly(ImportMerge.Prepared prepared) {
        try {
            prepared.discard();
        } catch (IOException e) {
            // the write failed already; that is the error to report
        }
    }

    private ProcessRegister open() {
        if (Files.exists(out)) {
            return Registers.load(out);
        }
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId(UUID.randomUUID().toString());
        return register;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

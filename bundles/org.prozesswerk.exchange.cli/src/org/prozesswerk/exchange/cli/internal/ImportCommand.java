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
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code prozesswerk import IN --format F --out REGISTER}: imports into a register file (created if missing, else
 * extended) and prints the import report. Exit 1 when source data was rejected (bad values, rows without name).
 */
@Command(name = "import", sortOptions = false,
        header = "Import Steckbriefe from CSV, XLSX or an XProzess 2.0 message into a register and print the report.")
public final class ImportCommand extends BaseCommand {

    private static final int REPORT_LINES = 200;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in", description = "File to import.")
    Path in;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Import format: an importer id such as csv, xlsx, xprozess.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "REGISTER",
            description = "Register file (.pwreg or .pwregb); created if it does not exist, else extended.")
    Path out;

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
        if (RegisterFormat.forExtension(extension(out)).isEmpty()) {
            throw new CliInputException(NLS.bind(Messages.Import_NotRegister, out));
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
        long start = System.nanoTime();
        ProcessRegister register = open();
        ExchangeReport report;
        try {
            report = importer.create().importInto(new ImportRequest(in, register, out, values),
                    new NullProgressMonitor());
            RegisterStore.save(register, out);
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

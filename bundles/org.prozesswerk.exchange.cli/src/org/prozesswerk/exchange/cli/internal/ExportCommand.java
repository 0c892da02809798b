package org.prozesswerk.exchange.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.RegisterFile;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExportFiles;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.exchange.Scope;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prozesswerk export FILE --format F --out OUT}: writes a register in one of the contributed formats. */
@Command(name = "export", sortOptions = false,
        header = "Export a register (or some Steckbriefe) as CSV, XLSX, JSON, HTML, PDF or XProzess 2.0.")
public final class ExportCommand extends BaseCommand {

    @Mixin
    RegisterFile file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Export format: an exporter id such as csv, xlsx, json, html, pdf, xprozess.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "File to write.")
    Path out;

    @Option(names = "--profile", paramLabel = "KEY",
            description = "Export only this Steckbrief (key or id); repeat for several.")
    List<String> profiles;

    @Option(names = "--option", paramLabel = "ID=VALUE",
            description = "An option of the format, e.g. separator=, for csv; repeat for several.")
    List<String> options;

    @Override
    public Integer call() {
        ExporterDescriptor exporter = ExchangeRegistry.getDefault().exporter(format).orElseThrow(() -> Options
                .unknownFormat(format, ExchangeRegistry.getDefault().exporters().stream().map(ExporterDescriptor::id)));
        long start = System.nanoTime();
        ProcessRegister register = file.load();
        List<ProcessProfile> selected = select(register);
        Scope scope = profiles == null || profiles.isEmpty() ? Scope.REGISTER
                : selected.size() == 1 ? Scope.PROFILE : Scope.SELECTION;
        if (!exporter.supports(scope)) {
            throw new CliInputException(NLS.bind(Messages.Export_ScopeUnsupported, format, scope));
        }
        ExportRequest request = new ExportRequest(register, selected, scope, file.path(),
                Options.parse(options, exporter.options(), format));
        ExchangeReport report;
        try {
            report = ExportFiles.write(exporter.create(), request, out, new NullProgressMonitor());
        } catch (ExchangeException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliInputException(NLS.bind(Messages.Export_WriteFailed, out, e.getMessage()), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        var printer = spec.commandLine().getOut();
        printer.println(NLS.bind(Messages.Export_Done,
                new Object[] { report.profiles(), out, exporter.id(), Long.toString(millis) }));
        if (report.entries().stream().anyMatch(e -> e.kind() != ExchangeReport.Kind.MAPPED)) {
            report.writeText(printer, 0);
        }
        return ExitCodes.OK;
    }

    private List<ProcessProfile> select(ProcessRegister register) {
        List<ProcessProfile> all = Steckbriefe.all(register);
        if (profiles == null || profiles.isEmpty()) {
            return all;
        }
        List<ProcessProfile> selected = new ArrayList<>();
        for (String wanted : profiles) {
            ProcessProfile match = all.stream().filter(p -> wanted.equals(p.getKey()) || wanted.equals(p.getId()))
                    .findFirst().orElseThrow(() -> new CliInputException(NLS.bind(Messages.Export_UnknownProfile, wanted)));
            selected.add(match);
        }
        // register order, whatever order the options came in
        return all.stream().filter(selected::contains).toList();
    }
}

package org.prozesswerk.core.cli.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.RegisterFile;
import org.prozesswerk.cli.TextOrJson;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.model.ProcessRegister;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prozesswerk stats}: key figures of a register file, as text or JSON. */
@Command(name = "stats", sortOptions = false,
        header = "Print the key figures of a register: profiles per catalogue, status, folder and unit, legal bases, "
                + "online services, workload in hours and FTE.")
public final class StatsCommand extends BaseCommand {

    @Mixin
    RegisterFile file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}). JSON adds steckbriefe and loadMillis.")
    TextOrJson format;

    @Option(names = "--hours-per-fte", paramLabel = "H",
            description = "Net working hours per full-time equivalent and year (default: the register's method configuration, else 1600).")
    Double hoursPerFte;

    @Override
    public Integer call() {
        if (hoursPerFte != null && (!(hoursPerFte > 0) || Double.isInfinite(hoursPerFte))) {
            throw new CliInputException(NLS.bind(Messages.Stats_InvalidHoursPerFte, Double.toString(hoursPerFte)));
        }
        long start = System.nanoTime();
        ProcessRegister register = file.load();
        long loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        RegisterStatisticsReport report = hoursPerFte == null ? RegisterStatistics.compute(register)
                : RegisterStatistics.compute(register, hoursPerFte);
        if (format == TextOrJson.json) {
            spec.commandLine().getOut().println(withLoadFigures(report, loadMillis));
        } else {
            spec.commandLine().getOut().print(report.toText(Locale.getDefault()));
            spec.commandLine().getOut().println(NLS.bind(Messages.Stats_Loaded, file.path(), Long.toString(loadMillis)));
        }
        return ExitCodes.OK;
    }

    /** The report's JSON with file, format, steckbriefe and loadMillis first. */
    private String withLoadFigures(RegisterStatisticsReport report, long loadMillis) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("file", file.path().toString());
        head.put("format", RegisterFormat.forPath(file.path()).extension());
        head.put("steckbriefe", report.profiles());
        head.put("loadMillis", loadMillis);
        return report.toJson(head);
    }
}

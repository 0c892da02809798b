package de.land.nrw.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;

import de.land.nrw.export.internal.Messages;

/**
 * Example of a state's export format: one tab-separated line per Steckbrief with its key, name and the keys and
 * labels of its references to the example catalogue {@value #CATALOGUE}, the list a state's building portal reads.
 * Option {@code onlyBuilding}: leave out Steckbriefe without such a reference (each one is named in the report).
 */
public class BuildingPortalExporter implements Exporter {

    /** The catalogue of the example's catalogue bundle. */
    public static final String CATALOGUE = "nrw.bauen";

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        boolean onlyBuilding = Boolean.parseBoolean(request.option("onlyBuilding", "false"));
        ExchangeReport report = new ExchangeReport();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_Task, request.profiles().size());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("Schluessel\tName\tNRW-Bauen\tNRW-Bauen-Bezeichnung\n");
        for (ProcessProfile profile : request.profiles()) {
            progress.checkCanceled();
            List<CatalogueReference> references = profile.getCatalogueReferences().stream()
                    .filter(reference -> CATALOGUE.equalsIgnoreCase(reference.getCatalogueId())).toList();
            if (onlyBuilding && references.isEmpty()) {
                report.skipped(profile.getKey(), profile.getName(), Messages.Export_NoReference);
            } else {
                writer.write(cell(profile.getKey()) + "\t" + cell(profile.getName()) + "\t"
                        + references.stream().map(r -> cell(r.getKey())).collect(Collectors.joining(",")) + "\t"
                        + references.stream().map(r -> cell(r.getLabel())).collect(Collectors.joining(",")) + "\n");
                report.countProfile();
            }
            progress.worked(1);
        }
        writer.flush();
        return report;
    }

    /** A cell: tabs and line breaks would break the line format, so they become blanks. */
    private static String cell(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}

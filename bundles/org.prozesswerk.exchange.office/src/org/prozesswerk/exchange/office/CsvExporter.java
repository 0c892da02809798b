package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.io.Utf8Writer;
import org.prozesswerk.exchange.office.internal.FormulaGuard;
import org.prozesswerk.exchange.office.internal.Messages;
import org.prozesswerk.exchange.office.internal.ProfileCells;
import org.prozesswerk.model.ProcessProfile;

/**
 * One row per Steckbrief, the columns of {@link ProfileColumn} with German headers. UTF-8 with a byte order mark,
 * because without it Excel reads UTF-8 as Windows-1252 and garbles every umlaut; CRLF line ends; fields quoted when
 * they hold the separator, a quote or a line break (RFC 4180). Multi-valued fields hold one item per line
 * ({@link CellCodec}). Cells that a spreadsheet would run as a formula get a leading apostrophe
 * ({@link FormulaGuard}).
 *
 * <p>Options: {@code separator} = {@code ;} (default, German Excel), {@code ,} or {@code tab}; {@code bom} =
 * {@code true} (default) or {@code false}.
 */
public final class CsvExporter implements Exporter {

    public static final String OPTION_SEPARATOR = "separator";
    public static final String OPTION_BOM = "bom";

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        char separator = separator(request.option(OPTION_SEPARATOR, ";"));
        boolean bom = Boolean.parseBoolean(request.option(OPTION_BOM, "true"));
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Csv_Task, request.profiles().size());
        ExchangeReport report = new ExchangeReport();
        Utf8Writer writer = new Utf8Writer(out, 1 << 16);
        if (bom) {
            writer.write('\uFEFF');
        }
        StringBuilder line = new StringBuilder(4096);
        StringBuilder cell = new StringBuilder(1024);
        ProfileColumn[] columns = ProfileColumn.values();
        for (int i = 0; i < columns.length; i++) {
            cell.setLength(0);
            appendCell(line, cell.append(columns[i].header()), separator, i);
        }
        writer.append(line).write("\r\n");
        ProfileCells cells = new ProfileCells();
        int done = 0;
        for (ProcessProfile profile : request.profiles()) {
            if ((done++ & 0xFF) == 0) {
                progress.checkCanceled();
            }
            line.setLength(0);
            for (int i = 0; i < columns.length; i++) {
                cell.setLength(0);
                cells.appendText(columns[i], profile, cell);
                int control = ControlCharacters.replaceIn(cell);
                if (control >= 0) {
                    // a register of an older version: our import refuses control characters, so U+FFFD is written
                    report.warning(profile.getKey() != null ? profile.getKey() : profile.getId(), columns[i].header(),
                            NLS.bind(Messages.Export_ControlCharacter, ControlCharacters.code((char) control)));
                }
                if (FormulaGuard.needsPrefix(cell)) {
                    cell.insert(0, '\''); // shown as text, taken away again on import
                }
                appendCell(line, cell, separator, i);
            }
            writer.append(line).write("\r\n");
            report.countProfile();
            progress.worked(1);
        }
        writer.flush();
        if (!request.register().getOrganisation().isEmpty()) {
            report.skipped("", Messages.Csv_Organisation, Messages.Csv_OrganisationReason);
        }
        return report;
    }

    static char separator(String option) throws ExchangeException {
        return switch (option) {
            case ";" -> ';';
            case "," -> ',';
            case "tab", "\t" -> '\t';
            default -> throw new ExchangeException(null, NLS.bind(Messages.Csv_BadSeparator, option), null);
        };
    }

    private static void appendCell(StringBuilder line, StringBuilder value, char separator, int index) {
        if (index > 0) {
            line.append(separator);
        }
        int n = value.length();
        boolean quote = false;
        for (int i = 0; i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == separator || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) == '"') {
                // RFC 4180: a quote inside a quoted field is doubled.
                line.append(value, start, i + 1).append('"');
                start = i + 1;
            }
        }
        line.append(value, start, n).append('"');
    }
}

package org.prozesswerk.exchange.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.office.internal.FormulaGuard;
import org.prozesswerk.exchange.office.internal.Messages;
import org.prozesswerk.exchange.office.internal.TableImport;
import org.prozesswerk.exchange.office.internal.TextDecoding;

/**
 * Imports a Steckbrief list from CSV: UTF-8 with or without BOM (a plainly legacy file as Windows-1252, see
 * {@link TextDecoding}; a damaged UTF-8 file or an unclosed quote is an error), separator {@code ;}, {@code ,}
 * or tab detected from the header, RFC 4180 quoting. Columns are assigned by a {@link ColumnMapping}: option
 * {@code mapping} names a mapping file; without it our own headers and the usual municipal ones are recognised.
 */
public final class CsvImporter implements Importer {

    /** Option: path of a column mapping file ({@link ColumnMapping#load}). */
    public static final String OPTION_MAPPING = "mapping";

    /** Option: path to save the mapping as applied (every header with its column or IGNORE) for reuse. */
    public static final String OPTION_SAVE_MAPPING = "saveMapping";

    @Override
    public ExchangeReport importInto(ImportRequest request, IProgressMonitor monitor)
            throws IOException, ExchangeException {
        ColumnMapping mapping = mapping(request);
        String source = request.source().toString();
        List<LoadProblem> problems = new ArrayList<>();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(request.source())) {
            bytes = in.readAllBytes();
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, source);
        bytes = null; // the text is what is kept
        CsvReader.Table table = CsvReader.parse(decoded.text(), source, problems);
        ExchangeReport report = new ExchangeReport();
        if (decoded.legacy()) {
            report.warning("", "", Messages.Import_LegacyEncoding);
        }
        for (LoadProblem problem : problems) {
            // An unclosed quote means the file was cut off or damaged: importing the rows before it would be a
            // silent loss of the rest. Every error of the reader stops the import.
            if (problem.severity() == LoadProblem.Severity.ERROR) {
                throw new ExchangeException(source, problem.line(), -1, null, problem.message(), null);
            }
            report.warning(problem.line() > 0 ? NLS.bind(Messages.Import_Row, problem.line()) : "", "",
                    NLS.bind(Messages.Import_CsvProblem, problem.message()));
        }
        TableImport importer = new TableImport(request.target(), mapping, report);
        importer.header(table.header(), source);
        saveMapping(request, importer);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_Task, table.rows().size());
        for (CsvReader.Row row : table.rows()) {
            progress.checkCanceled();
            importer.row(NLS.bind(Messages.Import_Row, row.line()), i -> FormulaGuard.restore(row.get(i)));
            progress.worked(1);
        }
        importer.finish();
        return report;
    }

    static void saveMapping(ImportRequest request, TableImport importer) throws IOException {
        String file = request.option(OPTION_SAVE_MAPPING, "");
        if (!file.isBlank()) {
            importer.effectiveMapping().save(Path.of(file));
        }
    }

    static ColumnMapping mapping(ImportRequest request) throws IOException, ExchangeException {
        String file = request.option(OPTION_MAPPING, "");
        if (file.isBlank()) {
            return ColumnMapping.defaults();
        }
        try {
            return ColumnMapping.load(Path.of(file));
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(file, e.getMessage(), e);
        }
    }
}

package org.prozesswerk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;

/**
 * The generic loader: one CSV file, one entry per row, columns chosen by header name. Used by the {@code <csv>}
 * element of the extension point and by {@link CatalogueImporter}; see {@link CsvMapping} for the parameters.
 * Rows without a key, with a malformed key or with a key seen before are reported with their line and skipped.
 */
public class CsvCatalogueLoader implements CatalogueLoader {

    @Override
    public LoadResult load(CatalogueSource source) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        String file = source.parameter(CsvMapping.FILE).orElse(null);
        CsvMapping mapping = CsvMapping.fromSource(source);
        if (file == null || mapping == null) {
            String missing = file == null ? CsvMapping.FILE
                    : source.parameter(CsvMapping.KEY_COLUMN).isEmpty() ? CsvMapping.KEY_COLUMN
                            : CsvMapping.LABEL_COLUMN;
            problems.add(LoadProblem.error(source.catalogueId(), 0, NLS.bind(Messages.missingParameter, missing)));
            return new LoadResult(List.of(), problems);
        }
        CsvReader.Table table;
        try (InputStream in = source.open(file)) {
            table = CsvReader.read(in, file, problems);
        }
        return new LoadResult(toEntries(table, mapping, source, problems), problems);
    }

    /** Maps the rows of an already read table; public so that loaders with their own pre-processing can reuse it. */
    public static List<CatalogueEntry> toEntries(CsvReader.Table table, CsvMapping mapping, CatalogueSource source,
            List<LoadProblem> problems) {
        String file = table.source();
        int key = required(table, mapping.keyColumn(), problems);
        int label = required(table, mapping.labelColumn(), problems);
        int parent = mapping.parentColumn() == null ? -1 : required(table, mapping.parentColumn(), problems);
        int kind = mapping.kindColumn() == null ? -1 : required(table, mapping.kindColumn(), problems);
        Map<String, Integer> attributes = new LinkedHashMap<>();
        mapping.fieldColumns().forEach((field, column) -> {
            int index = required(table, column, problems);
            if (index >= 0) {
                attributes.put(field, index);
            }
        });
        for (String column : mapping.attributeColumns()) {
            int index = required(table, column, problems);
            if (index >= 0) {
                attributes.put(table.header().get(index), index);
            }
        }
        if (key < 0 || label < 0 || (mapping.parentColumn() != null && parent < 0)) {
            return List.of();
        }
        List<CatalogueEntry> entries = new ArrayList<>(table.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvReader.Row row : table.rows()) {
            String k = row.get(key).strip();
            if (k.isEmpty()) {
                problems.add(LoadProblem.error(file, row.line(), Messages.emptyKey));
                continue;
            }
            Optional<String> invalid = source.validateKey(k);
            if (invalid.isPresent()) {
                problems.add(LoadProblem.error(file, row.line(), invalid.get()));
                continue;
            }
            Integer first = seen.putIfAbsent(k, row.line());
            if (first != null) {
                problems.add(LoadProblem.error(file, row.line(), NLS.bind(Messages.duplicateRow, k, first)));
                continue;
            }
            String l = row.get(label).strip();
            if (l.isEmpty()) {
                problems.add(LoadProblem.warning(file, row.line(), NLS.bind(Messages.emptyLabel, k)));
            }
            Map<String, String> values = new LinkedHashMap<>();
            attributes.forEach((name, index) -> {
                String value = row.get(index).strip();
                if (!value.isEmpty()) {
                    values.put(name, value);
                }
            });
            String kindValue = kind < 0 ? "" : row.get(kind).strip();
            entries.add(new CatalogueEntry(k, l, parent < 0 ? null : row.get(parent).strip(),
                    kindValue.isEmpty() && mapping.defaultKind() != null ? mapping.defaultKind() : kindValue,
                    values));
        }
        return entries;
    }

    private static int required(CsvReader.Table table, String column, List<LoadProblem> problems) {
        int index = table.column(column);
        if (index < 0 && !table.header().isEmpty()) {
            problems.add(LoadProblem.error(table.source(), 1,
                    NLS.bind(Messages.missingColumn, column, String.join(", ", table.header()))));
        }
        return index;
    }
}

package org.prozesswerk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which CSV header columns hold what. Column names are matched trimmed and case-insensitively.
 *
 * @param keyColumn        the column with the entry key (required)
 * @param labelColumn      the column with the label (required)
 * @param parentColumn     the column with the parent's key, or {@code null} for a flat catalogue
 * @param kindColumn       the column with the entry kind, or {@code null}
 * @param defaultKind      the kind of entries without a kind column or with an empty kind cell, or {@code null}
 * @param attributeColumns further columns to keep as attributes (named by their header)
 * @param fieldColumns     columns holding the standard fields {@link #DESCRIPTION}, {@link #URL},
 *                         {@link #VALID_FROM}, {@link #VALID_UNTIL} (field name → column); kept as attributes under
 *                         the field name, so that every catalogue names them alike
 */
public record CsvMapping(String keyColumn, String labelColumn, String parentColumn, String kindColumn,
        String defaultKind, List<String> attributeColumns, Map<String, String> fieldColumns) {

    /** Standard field: a longer description of the entry. */
    public static final String DESCRIPTION = "description";
    /** Standard field: a web address (e.g. of an online application assistant). */
    public static final String URL = "url";
    /** Standard field: first day of validity (as written in the file). */
    public static final String VALID_FROM = "validFrom";
    /** Standard field: last day of validity (as written in the file). */
    public static final String VALID_UNTIL = "validUntil";
    /** The standard fields, in display order. */
    public static final List<String> FIELDS = List.of(DESCRIPTION, URL, VALID_FROM, VALID_UNTIL);

    public static final String FILE = "file";
    public static final String KEY_COLUMN = "keyColumn";
    public static final String LABEL_COLUMN = "labelColumn";
    public static final String PARENT_COLUMN = "parentColumn";
    public static final String KIND_COLUMN = "kindColumn";
    public static final String DEFAULT_KIND = "defaultKind";
    public static final String ATTRIBUTE_COLUMNS = "attributeColumns";

    public CsvMapping {
        Objects.requireNonNull(keyColumn, KEY_COLUMN);
        Objects.requireNonNull(labelColumn, LABEL_COLUMN);
        parentColumn = blankToNull(parentColumn);
        kindColumn = blankToNull(kindColumn);
        defaultKind = blankToNull(defaultKind);
        attributeColumns = attributeColumns == null ? List.of() : List.copyOf(attributeColumns);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (fieldColumns != null) {
            for (String field : FIELDS) {
                String column = blankToNull(fieldColumns.get(field));
                if (column != null) {
                    fields.put(field, column);
                }
            }
            for (String field : fieldColumns.keySet()) {
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field: " + field);
                }
            }
        }
        fieldColumns = java.util.Collections.unmodifiableMap(fields);
    }

    public CsvMapping(String keyColumn, String labelColumn, String parentColumn, String kindColumn,
            String defaultKind, List<String> attributeColumns) {
        this(keyColumn, labelColumn, parentColumn, kindColumn, defaultKind, attributeColumns, Map.of());
    }

    public CsvMapping(String keyColumn, String labelColumn) {
        this(keyColumn, labelColumn, null, null, null, List.of());
    }

    /** The parameter naming the column of a standard field, e.g. {@code descriptionColumn}. */
    public static String fieldParameter(String field) {
        return field + "Column";
    }

    /** Every column the mapping reads, in mapping order (key, label, parent, kind, fields, attributes). */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        columns.add(labelColumn);
        if (parentColumn != null) {
            columns.add(parentColumn);
        }
        if (kindColumn != null) {
            columns.add(kindColumn);
        }
        columns.addAll(fieldColumns.values());
        columns.addAll(attributeColumns);
        return columns;
    }

    /** The mapping as parameters, the way plugin.xml and the importer's descriptor file state it. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put(KEY_COLUMN, keyColumn);
        parameters.put(LABEL_COLUMN, labelColumn);
        if (parentColumn != null) {
            parameters.put(PARENT_COLUMN, parentColumn);
        }
        if (kindColumn != null) {
            parameters.put(KIND_COLUMN, kindColumn);
        }
        if (defaultKind != null) {
            parameters.put(DEFAULT_KIND, defaultKind);
        }
        fieldColumns.forEach((field, column) -> parameters.put(fieldParameter(field), column));
        if (!attributeColumns.isEmpty()) {
            parameters.put(ATTRIBUTE_COLUMNS, String.join(",", attributeColumns));
        }
        return parameters;
    }

    /** Reads the mapping from parameters; {@code null} for a missing required one. */
    static CsvMapping fromSource(CatalogueSource source) {
        return fromParameters(name -> source.parameter(name).orElse(null));
    }

    /** Reads the mapping from named parameters (as {@link #toParameters()} writes them); {@code null} without key or label column. */
    public static CsvMapping fromParameters(java.util.function.Function<String, String> parameters) {
        String key = parameters.apply(KEY_COLUMN);
        String label = parameters.apply(LABEL_COLUMN);
        if (key == null || label == null) {
            return null;
        }
        List<String> attributes = new ArrayList<>();
        String attributeColumns = parameters.apply(ATTRIBUTE_COLUMNS);
        for (String column : (attributeColumns == null ? "" : attributeColumns).split(",")) {
            if (!column.isBlank()) {
                attributes.add(column.strip());
            }
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String field : FIELDS) {
            String column = parameters.apply(fieldParameter(field));
            if (column != null) {
                fields.put(field, column);
            }
        }
        return new CsvMapping(key, label, parameters.apply(PARENT_COLUMN), parameters.apply(KIND_COLUMN),
                parameters.apply(DEFAULT_KIND), attributes, fields);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

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
 */
public record CsvMapping(String keyColumn, String labelColumn, String parentColumn, String kindColumn,
        String defaultKind, List<String> attributeColumns) {

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
    }

    public CsvMapping(String keyColumn, String labelColumn) {
        this(keyColumn, labelColumn, null, null, null, List.of());
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
        if (!attributeColumns.isEmpty()) {
            parameters.put(ATTRIBUTE_COLUMNS, String.join(",", attributeColumns));
        }
        return parameters;
    }

    /** Reads the mapping from parameters; {@code null} for a missing required one. */
    static CsvMapping fromSource(CatalogueSource source) {
        String key = source.parameter(KEY_COLUMN).orElse(null);
        String label = source.parameter(LABEL_COLUMN).orElse(null);
        if (key == null || label == null) {
            return null;
        }
        List<String> attributes = new ArrayList<>();
        for (String column : source.parameter(ATTRIBUTE_COLUMNS, "").split(",")) {
            if (!column.isBlank()) {
                attributes.add(column.strip());
            }
        }
        return new CsvMapping(key, label, source.parameter(PARENT_COLUMN).orElse(null),
                source.parameter(KIND_COLUMN).orElse(null), source.parameter(DEFAULT_KIND).orElse(null), attributes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.prozesswerk.catalog.leika.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueLoader;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.LoadResult;
import org.prozesswerk.catalog.leika.Leika;

/**
 * Reads the LeiKa extract of the OZG-Datenbank NRW ({@code leika_leistungen.csv}: one row per LeiKa service and OZG
 * assignment). Rows without a valid key are reported, never dropped silently: rows marked "nicht im LeiKa" (OZG
 * services with no LeiKa key) as warnings, malformed keys (test rows like "3233") as errors. A key that appears
 * twice with the same label is merged (its OZG-IDs joined); with another label the first row is kept. The hierarchy
 * comes from the key structure; where the file lacks the Verrichtung or Leistungsobjekt an entry would hang under, it
 * hangs under the nearest ancestor present, because inventing the missing labels is not an option.
 */
public final class LeikaLoader implements CatalogueLoader {

    static final String[] COLUMNS = { "leistungsschluessel", "leistungsbezeichnung", "leika_typisierung", "ozg_id",
            "ozg_leistung", "rechtsgrundlagen", "gesetze", "gesetz_abkuerzungen" };
    private static final String NOT_IN_LEIKA = "nicht im LeiKa";
    /** Typisierung codes 1–12 with optional letter, combined with '/' (2/3); several separated by commas. */
    private static final Pattern TYPISIERUNG = Pattern
            .compile("(1[0-2]|[1-9])[a-z]?(/(1[0-2]|[1-9])[a-z]?)*(\\s*,\\s*(1[0-2]|[1-9])[a-z]?(/(1[0-2]|[1-9])[a-z]?)*)*");
    private static final Pattern OZG_ID = Pattern.compile("\\d{5}");

    @Override
    public LoadResult load(CatalogueSource source) throws IOException {
        String file = source.parameter("file", "data/leika_leistungen.csv");
        List<LoadProblem> problems = new ArrayList<>();
        CsvReader.Table table;
        try (InputStream in = source.open(file)) {
            table = CsvReader.read(in, file, problems);
        }
        int[] column = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            column[i] = table.column(COLUMNS[i]);
            if (column[i] < 0) {
                problems.add(LoadProblem.error(file, 1, NLS.bind(Messages.missingColumn, COLUMNS[i])));
                return new LoadResult(List.of(), problems);
            }
        }
        Map<String, CatalogueEntry> byKey = new LinkedHashMap<>(table.rows().size() * 2);
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row row : table.rows()) {
            String key = row.get(column[0]).strip();
            String label = row.get(column[1]).strip();
            String typisierung = row.get(column[2]).strip();
            String ozgId = row.get(column[3]).strip();
            boolean validKey = Leika.isValidKey(key);
            if (key.equalsIgnoreCase(NOT_IN_LEIKA)) {
                problems.add(LoadProblem.warning(file, row.line(), NLS.bind(Messages.notInLeika, label, ozgId)));
            } else if (!validKey) {
                problems.add(LoadProblem.error(file, row.line(), NLS.bind(Messages.invalidKey, key, label)));
            }
            if (!typisierung.isEmpty() && !TYPISIERUNG.matcher(typisierung).matches()) {
                problems.add(LoadProblem.error(file, row.line(), NLS.bind(Messages.invalidTypisierung, typisierung,
                        validKey ? key : label)));
            }
            if (!ozgId.isEmpty() && !OZG_ID.matcher(ozgId).matches()) {
                problems.add(LoadProblem.error(file, row.line(), NLS.bind(Messages.invalidOzgId, ozgId, key)));
                ozgId = "";
            }
            if (!validKey) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, Leika.TYPISIERUNG, typisierung);
            put(attributes, Leika.OZG_ID, ozgId);
            put(attributes, Leika.OZG_LEISTUNG, row.get(column[4]).strip());
            put(attributes, Leika.RECHTSGRUNDLAGEN, row.get(column[5]).strip());
            put(attributes, Leika.GESETZE, row.get(column[6]).strip());
            put(attributes, Leika.GESETZ_ABKUERZUNGEN, row.get(column[7]).strip());
            CatalogueEntry earlier = byKey.get(key);
            if (earlier == null) {
                byKey.put(key, new CatalogueEntry(key, label, null, Leika.kindOf(key), attributes));
                firstLine.put(key, row.line());
            } else if (earlier.label().equals(label)) {
                byKey.put(key, merge(earlier, attributes));
                problems.add(LoadProblem.warning(file, row.line(),
                        NLS.bind(Messages.duplicateMerged, key, firstLine.get(key))));
            } else {
                problems.add(LoadProblem.error(file, row.line(),
                        NLS.bind(Messages.duplicateConflict, new Object[] { key, firstLine.get(key), label })));
            }
        }
        List<CatalogueEntry> entries = new ArrayList<>(byKey.size());
        for (CatalogueEntry entry : byKey.values()) {
            entries.add(entry.withParentKey(parentOf(entry.key(), byKey)));
        }
        return new LoadResult(entries, problems);
    }

    /** The nearest ancestor present: Verrichtung for a detail, else the Leistungsobjekt, else none. */
    static String parentOf(String key, Map<String, ?> present) {
        String kind = Leika.kindOf(key);
        if (kind.equals(Leika.KIND_LEISTUNGSOBJEKT)) {
            return null;
        }
        if (kind.equals(Leika.KIND_DETAIL) && !key.substring(8, 11).equals("000")) {
            String verrichtung = Leika.verrichtungKey(key);
            if (present.containsKey(verrichtung)) {
                return verrichtung;
            }
        }
        String objekt = Leika.leistungsobjektKey(key);
        return present.containsKey(objekt) ? objekt : null;
    }

    /** Joins the OZG assignments of a repeated row; other values stay as first given. */
    private static CatalogueEntry merge(CatalogueEntry earlier, Map<String, String> later) {
        Map<String, String> attributes = new LinkedHashMap<>(earlier.attributes());
        Set<String> ids = new LinkedHashSet<>();
        for (String value : new String[] { earlier.attribute(Leika.OZG_ID), later.get(Leika.OZG_ID) }) {
            if (value != null) {
                for (String id : value.split(" ")) {
                    if (!id.isBlank()) {
                        ids.add(id);
                    }
                }
            }
        }
        put(attributes, Leika.OZG_ID, String.join(" ", ids));
        later.forEach(attributes::putIfAbsent);
        return new CatalogueEntry(earlier.key(), earlier.label(), null, earlier.kind(), attributes);
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(name, value);
        }
    }
}

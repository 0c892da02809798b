package org.prozesswerk.catalog.ozg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueLoader;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.LoadResult;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.ozg.Ozg;

/**
 * Builds Themenfeld → Lebenslage → OZG-Leistung from the three OZG files of the OZG-Datenbank NRW. The links to LeiKa
 * live in the LeiKa rows (their OZG-ID column), so they are taken from the LeiKa catalogue rather than from a second
 * copy of that file: one source, and the links always resolve against the LeiKa that is installed.
 */
public final class OzgLoader implements CatalogueLoader {

    @Override
    public LoadResult load(CatalogueSource source) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        Map<String, String> themenfelder = new HashMap<>();
        Map<String, String> lebenslagen = new HashMap<>();

        String themenfeldFile = source.parameter("themenfelder", "data/themenfelder.csv");
        CsvReader.Table table = read(source, themenfeldFile, problems);
        int id = column(table, "themenfeld_id", problems);
        int name = column(table, "themenfeld", problems);
        if (id >= 0 && name >= 0) {
            for (CsvReader.Row row : table.rows()) {
                String tf = row.get(id).strip();
                if (!tf.matches("\\d+") || themenfelder.putIfAbsent(tf, row.get(name).strip()) != null) {
                    problems.add(LoadProblem.error(themenfeldFile, row.line(), NLS.bind(Messages.badId, tf)));
                    continue;
                }
                entries.add(new CatalogueEntry(Ozg.themenfeldKey(tf), row.get(name).strip(), null,
                        Ozg.KIND_THEMENFELD));
            }
        }

        String lebenslageFile = source.parameter("lebenslagen", "data/lebenslagen.csv");
        table = read(source, lebenslageFile, problems);
        id = column(table, "lebenslage_id", problems);
        name = column(table, "lebenslage", problems);
        int parent = column(table, "themenfeld_id", problems);
        if (id >= 0 && name >= 0 && parent >= 0) {
            for (CsvReader.Row row : table.rows()) {
                String ll = row.get(id).strip();
                String tf = row.get(parent).strip();
                if (!ll.matches("\\d+") || lebenslagen.containsKey(ll)) {
                    problems.add(LoadProblem.error(lebenslageFile, row.line(), NLS.bind(Messages.badId, ll)));
                    continue;
                }
                if (!themenfelder.containsKey(tf)) {
                    problems.add(LoadProblem.error(lebenslageFile, row.line(), NLS.bind(Messages.unknownParent, ll, tf)));
                    continue;
                }
                lebenslagen.put(ll, tf);
                entries.add(new CatalogueEntry(Ozg.lebenslageKey(ll), row.get(name).strip(), Ozg.themenfeldKey(tf),
                        Ozg.KIND_LEBENSLAGE, Map.of("themenfeld", themenfelder.get(tf))));
            }
        }

        Map<String, List<String>> links = leikaLinks(source, problems);
        String leistungFile = source.parameter("leistungen", "data/ozg_leistungen.csv");
        table = read(source, leistungFile, problems);
        id = column(table, "ozg_id", problems);
        name = column(table, "ozg_leistung", problems);
        parent = column(table, "lebenslage_id", problems);
        Map<String, Integer> seen = new HashMap<>();
        if (id >= 0 && name >= 0 && parent >= 0) {
            for (CsvReader.Row row : table.rows()) {
                String ozgId = row.get(id).strip();
                String ll = row.get(parent).strip();
                Optional<String> invalid = source.validateKey(ozgId);
                if (invalid.isPresent() || !ozgId.matches("\\d{5}")) {
                    problems.add(LoadProblem.error(leistungFile, row.line(), invalid.orElse(ozgId)));
                    continue;
                }
                Integer first = seen.putIfAbsent(ozgId, row.line());
                if (first != null) {
                    problems.add(LoadProblem.error(leistungFile, row.line(), NLS.bind(Messages.duplicate, ozgId, first)));
                    continue;
                }
                if (!lebenslagen.containsKey(ll)) {
                    problems.add(LoadProblem.error(leistungFile, row.line(), NLS.bind(Messages.unknownParent, ozgId, ll)));
                    continue;
                }
                List<String> keys = links.getOrDefault(ozgId, List.of());
                Map<String, String> attributes = new LinkedHashMap<>();
                if (!keys.isEmpty()) {
                    attributes.put(Ozg.LEIKA_KEYS, String.join(" ", keys));
                }
                attributes.put(Ozg.LEIKA_COUNT, String.valueOf(keys.size()));
                entries.add(new CatalogueEntry(ozgId, row.get(name).strip(), Ozg.lebenslageKey(ll), Ozg.KIND_LEISTUNG,
                        attributes));
            }
        }
        for (String linked : links.keySet()) {
            if (!seen.containsKey(linked)) {
                problems.add(LoadProblem.warning(Leika.CATALOGUE_ID, 0, NLS.bind(Messages.unknownOzgId, linked,
                        String.join(", ", links.get(linked)))));
            }
        }
        return new LoadResult(entries, problems);
    }

    /** OZG-ID → LeiKa keys, in LeiKa order. */
    private static Map<String, List<String>> leikaLinks(CatalogueSource source, List<LoadProblem> problems) {
        String leikaId = source.parameter("leikaCatalogue", Leika.CATALOGUE_ID);
        Optional<Catalogue> leika = source.catalogue(leikaId);
        Map<String, List<String>> links = new LinkedHashMap<>();
        if (leika.isEmpty()) {
            problems.add(LoadProblem.warning(leikaId, 0, NLS.bind(Messages.noLeika, leikaId)));
            return links;
        }
        for (CatalogueEntry entry : leika.get().entries()) {
            String ids = entry.attribute(Leika.OZG_ID);
            if (ids != null) {
                for (String ozgId : ids.split(" ")) {
                    links.computeIfAbsent(ozgId, k -> new ArrayList<>()).add(entry.key());
                }
            }
        }
        return links;
    }

    private static CsvReader.Table read(CatalogueSource source, String file, List<LoadProblem> problems)
            throws IOException {
        try (InputStream in = source.open(file)) {
            return CsvReader.read(in, file, problems);
        }
    }

    private static int column(CsvReader.Table table, String name, List<LoadProblem> problems) {
        int index = table.column(name);
        if (index < 0) {
            problems.add(LoadProblem.error(table.source(), 1, NLS.bind(Messages.missingColumn, name)));
        }
        return index;
    }
}

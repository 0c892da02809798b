package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.KeyValidator;
import org.prozesswerk.catalog.LoadResult;
import org.prozesswerk.catalog.Resolution;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.leika.internal.LeikaLoader;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProzesswerkFactory;

/** Listing, resolving and searching through the registry. */
class RegistrySearchTest {

    private final CatalogueRegistry registry = CatalogueRegistry.getDefault();

    @Test
    void builtInCataloguesAreListed() {
        List<String> ids = registry.catalogues().stream().map(Catalogue::id).toList();
        assertTrue(ids.containsAll(List.of("leika", "norms", "ozg", "vgp")), ids.toString());
        registry.catalogues().forEach(c -> assertTrue(!c.version().isEmpty() && !c.publisher().isEmpty(), c.id()));
    }

    @Test
    void searchFindsAServiceByAGermanWord() {
        List<CatalogueEntry> hits = registry.search(Leika.CATALOGUE_ID, "Abbruchgenehmigung", 10);
        assertEquals("99012001000000", hits.get(0).key(), "the Leistungsobjekt itself ranks first");
        assertEquals("99012001001000", hits.get(1).key());

        List<CatalogueEntry> schuldner = registry.search(Leika.CATALOGUE_ID, "Schuldnerverzeichnis Abdrucke", 5);
        assertEquals("99046029000000", schuldner.get(0).key());
        schuldner.forEach(e -> assertTrue(e.label().contains("Schuldnerverzeichnis"), e.label()));

        // Umlauts and case do not matter; parts of compound words are found after whole words.
        List<CatalogueEntry> fuehrerschein = registry.search(Leika.CATALOGUE_ID, "Führerschein", 20);
        assertEquals("99023001000000", fuehrerschein.get(0).key());
        assertEquals(fuehrerschein, registry.search(Leika.CATALOGUE_ID, "FUHRERSCHEIN", 20));
        assertTrue(registry.search(Leika.CATALOGUE_ID, "genehmigung", 5000).stream()
                .anyMatch(e -> e.key().equals("99012001000000")));
        assertEquals(List.of(), registry.search(Leika.CATALOGUE_ID, "Drachenhaltung", 10));
        assertEquals(List.of(), registry.search("no.such.catalogue", "Abbruch", 10));
        assertEquals(3, registry.search(Leika.CATALOGUE_ID, "Genehmigung", 3).size(), "limit respected");
    }

    @Test
    void searchByKeyPrefix() {
        List<CatalogueEntry> hits = registry.searchKeyPrefix(Leika.CATALOGUE_ID, "99012001", 50);
        assertEquals("99012001000000", hits.get(0).key());
        assertTrue(hits.size() >= 2);
        hits.forEach(e -> assertTrue(e.key().startsWith("99012001"), e.key()));
        assertEquals(2, registry.searchKeyPrefix(Leika.CATALOGUE_ID, "99", 2).size());
        // A key typed into the word search finds the entry, too.
        assertEquals("99012001000000", registry.search(Leika.CATALOGUE_ID, "99012001000000", 5).get(0).key());
    }

    @Test
    void unresolvedReferencesAreReportedNotDropped() {
        CatalogueReference known = reference("leika", "99012001000000", "Abbruchgenehmigung (alt)", "2019");
        CatalogueReference unknownKey = reference("leika", "99999999999999", "Zurückgezogene Leistung", "2019");
        CatalogueReference malformed = reference("leika", "12345", "Tippfehler", null);
        CatalogueReference unknownCatalogue = reference("by.aufgaben", "1.2", "Bayerische Aufgabe", "2024");
        CatalogueReference otherVersion = reference("leika", "99012001000000", null, "2023");
        List<CatalogueReference> references = List.of(known, unknownKey, malformed, unknownCatalogue, otherVersion);

        List<Resolution> resolutions = registry.resolveAll(references);
        assertEquals(references.size(), resolutions.size());
        for (int i = 0; i < references.size(); i++) {
            assertSame(references.get(i), resolutions.get(i).reference(), "order and identity kept");
        }
        assertEquals(Resolution.Status.RESOLVED, resolutions.get(0).status());
        assertEquals("Abbruchgenehmigung", resolutions.get(0).displayLabel(), "the current label wins");
        assertEquals(Resolution.Status.UNKNOWN_KEY, resolutions.get(1).status());
        assertEquals("Zurückgezogene Leistung", resolutions.get(1).displayLabel(), "the snapshot stays visible");
        assertTrue(resolutions.get(1).message().orElseThrow().contains("99999999999999"));
        assertEquals(Resolution.Status.UNKNOWN_KEY, resolutions.get(2).status());
        assertTrue(resolutions.get(2).message().orElseThrow().contains("12345"));
        assertEquals(Resolution.Status.UNKNOWN_CATALOGUE, resolutions.get(3).status());
        assertTrue(resolutions.get(3).message().orElseThrow().contains("by.aufgaben"));
        assertEquals(Resolution.Status.RESOLVED, resolutions.get(4).status());
        assertTrue(resolutions.get(4).versionDiffers());
        assertTrue(!resolutions.get(0).versionDiffers());

        // The allocation-free check the rule engine uses gives the same answer, also for padded and missing keys.
        CatalogueReference padded = reference("leika", " 99012001000000 ", null, null);
        CatalogueReference noKey = reference("leika", null, null, null);
        CatalogueReference otherCase = reference("LEIKA", "99012001000000", null, null);
        for (CatalogueReference reference : List.of(known, unknownKey, malformed, unknownCatalogue, otherVersion,
                padded, noKey, otherCase)) {
            assertEquals(registry.resolve(reference).isResolved(), registry.isResolved(reference),
                    reference.getCatalogueId() + " " + reference.getKey());
        }
        assertTrue(registry.isResolved(padded));
        assertTrue(!registry.isResolved(malformed));
    }

    @Test
    void runTimeCataloguesCanBeAddedButNotShadowContributedOnes() {
        CatalogueRegistry own = new CatalogueRegistry();
        Catalogue c = Catalogue.of("test.rt", "Laufzeitkatalog (Test)", "1", "Test", KeyValidator.ANY,
                new LoadResult(List.of(new CatalogueEntry("A", "Alpha", null, "x"),
                        new CatalogueEntry("B", "Beta", "A", "x"), new CatalogueEntry("C", "Gamma", "Z", "x")),
                        List.of()));
        own.register(c);
        assertEquals(Resolution.Status.RESOLVED, own.resolve(reference("test.rt", "B", null, null)).status());
        assertEquals(List.of("A", "C"), c.roots().stream().map(CatalogueEntry::key).toList(),
                "an unknown parent makes a root, reported");
        assertEquals(1, c.problems().size());
        assertTrue(own.unregister("test.rt"));
        assertEquals(Resolution.Status.UNKNOWN_CATALOGUE, own.resolve(reference("test.rt", "B", null, null)).status());

        assertThrows(IllegalArgumentException.class, () -> registry.register(Catalogue.of("leika", "fake", "1", "",
                KeyValidator.ANY, new LoadResult(List.of(), List.of()))));
        assertTrue(!registry.unregister("leika"));
    }

    /**
     * The look-ups that CatalogueBenchmark times (JMH, docs/performance.md), on a freshly loaded LeiKa: what they
     * return, not how fast.
     */
    @Test
    void freshLeikaLoadsAndAnswersTheBenchmarkedLookups() throws Exception {
        KeyValidator leikaKeys = KeyValidator.pattern("99\\d{12}", "14 Ziffern");
        LoadResult result = new LeikaLoader().load(TestData.source("org.prozesswerk.catalog.leika", "leika",
                leikaKeys, Map.of("file", "data/leika_leistungen.csv")));
        Catalogue fresh = Catalogue.of("leika.fresh", "LeiKa", "2019", "", leikaKeys, result).load();
        assertEquals(LeikaCatalogueTest.VALID_KEYS, fresh.entries().size());
        for (String query : new String[] { "Führerschein", "Genehmigung", "genehmigung", "Erteilung Bescheinigung",
                "sch" }) {
            List<CatalogueEntry> hits = fresh.search(query, 20);
            assertTrue(!hits.isEmpty() && hits.size() <= 20, query + ": " + hits);
            for (String word : query.toLowerCase(java.util.Locale.GERMAN).split(" ")) {
                assertTrue(hits.stream().allMatch(hit -> hit.label().toLowerCase(java.util.Locale.GERMAN)
                        .contains(word)), query + ": " + hits);
            }
        }
        List<CatalogueEntry> prefix = fresh.searchKeyPrefix("990120", 20);
        assertEquals(20, prefix.size());
        assertTrue(prefix.stream().allMatch(e -> e.key().startsWith("990120")), prefix.toString());
        assertEquals(prefix.stream().map(CatalogueEntry::key).sorted().toList(),
                prefix.stream().map(CatalogueEntry::key).toList(), "key order");
    }

    static CatalogueReference reference(String catalogue, String key, String label, String version) {
        CatalogueReference reference = ProzesswerkFactory.eINSTANCE.createCatalogueReference();
        reference.setCatalogueId(catalogue);
        reference.setKey(key);
        reference.setLabel(label);
        reference.setCatalogueVersion(version);
        return reference;
    }
}

package org.prozesswerk.catalog.otherstate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.Resolution;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * This bundle plays another German state: it contributes "Testland Aufgabenkatalog" (made-up test data) with a CSV
 * file and a few lines of plugin.xml, and nothing in the catalogue core knows about it.
 */
class OtherStateCatalogueTest {

    private static final String ID = "testland.aufgaben";
    private final CatalogueRegistry registry = CatalogueRegistry.getDefault();

    private Catalogue catalogue() {
        return registry.catalogue(ID).orElseThrow(() -> new AssertionError("not contributed: " + registry.catalogues()));
    }

    @Test
    void contributedCatalogueIsListedWithItsMetadata() {
        assertTrue(registry.catalogues().stream().anyMatch(c -> c.id().equals(ID)));
        Catalogue c = catalogue();
        assertEquals("Testland Aufgabenkatalog (Testdaten)", c.name());
        assertEquals("2099-01", c.version());
        assertTrue(registry.isContributed(ID));
    }

    @Test
    void csvIsReadWithBomSemicolonsQuotesAndHierarchy() {
        Catalogue c = catalogue();
        assertEquals(List.of("TL-1", "TL-1.1", "TL-1.2", "TL-2", "TL-2.1"),
                c.entries().stream().map(CatalogueEntry::key).toList());
        assertEquals(List.of("TL-1", "TL-2"), c.roots().stream().map(CatalogueEntry::key).toList());
        assertEquals(List.of("TL-1.1", "TL-1.2"), c.children("TL-1").stream().map(CatalogueEntry::key).toList());
        CatalogueEntry drachen = c.entry("TL-1.1").orElseThrow();
        assertEquals("Testgenehmigung für Drachenhaltung", drachen.label());
        assertEquals("Aufgabe", drachen.kind(), "defaultKind fills the empty kind cell");
        assertEquals("Testamt für Fabelwesen", drachen.attribute("Zuständigkeit"));
        assertEquals("§ 1 Testland-Drachengesetz; § 2 TLDrG", drachen.attribute("Rechtsgrundlage"),
                "a quoted field keeps its separator");
        assertEquals("Aufgabengruppe", c.entry("TL-1").orElseThrow().kind());
        String multiLine = c.entry("TL-1.2").orElseThrow().label();
        assertTrue(multiLine.startsWith("Testanzeige \"Einhornweide\"") && multiLine.contains("Zeilenumbruch"),
                multiLine);
        assertFalse(c.entry("TL-1").orElseThrow().attributes().containsKey("Bemerkung"),
                "only the configured attribute columns are kept");
    }

    @Test
    void badRowsAreReportedWithTheirLines() {
        List<LoadProblem> problems = catalogue().problems();
        assertEquals(2, problems.size(), problems.toString());
        LoadProblem malformed = problems.get(0);
        assertEquals("data/testland-aufgaben.csv", malformed.source());
        assertEquals(8, malformed.line(), "the multi-line record counts as two lines");
        assertTrue(malformed.message().contains("FALSCH"), malformed.message());
        assertEquals(9, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("TL-2.1"), problems.get(1).message());
    }

    @Test
    void referencesResolveAndUnknownOnesAreKept() {
        Resolution ok = registry.resolve(reference("TL-2.1"));
        assertEquals(Resolution.Status.RESOLVED, ok.status());
        assertEquals("Testzulassung von Zauberschulen", ok.entry().orElseThrow().label());

        CatalogueReference unknown = reference("TL-9.9");
        Resolution missing = registry.resolve(unknown);
        assertEquals(Resolution.Status.UNKNOWN_KEY, missing.status());
        assertTrue(missing.reference() == unknown, "the reference is kept, not dropped");
        assertEquals("alter Name", missing.displayLabel(), "the stored label snapshot stays visible");

        Resolution malformed = registry.resolve(reference("99012001000000"));
        assertEquals(Resolution.Status.UNKNOWN_KEY, malformed.status());
        assertTrue(malformed.message().orElseThrow().contains("TL-"), malformed.message().toString());
    }

    @Test
    void searchableByWordAndKeyPrefix() {
        assertEquals("TL-1.1", registry.search(ID, "drachen", 10).get(0).key(), "part of a compound word");
        assertEquals("TL-2.1", registry.search(ID, "Zauberschulen", 10).get(0).key());
        assertEquals(List.of("TL-1", "TL-1.1", "TL-1.2"),
                registry.searchKeyPrefix(ID, "TL-1", 10).stream().map(CatalogueEntry::key).toList());
    }

    private static CatalogueReference reference(String key) {
        CatalogueReference reference = ProzesswerkFactory.eINSTANCE.createCatalogueReference();
        reference.setCatalogueId(ID);
        reference.setKey(key);
        reference.setLabel("alter Name");
        reference.setCatalogueVersion("2099-01");
        return reference;
    }
}

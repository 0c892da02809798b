package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.norms.LegalBasisFactory;
import org.prozesswerk.catalog.norms.Norms;
import org.prozesswerk.catalog.ozg.Ozg;
import org.prozesswerk.model.LegalBasis;

/** The OZG, norms and KGSt catalogues built from the shipped data. */
class OzgNormsVgpTest {

    private final CatalogueRegistry registry = CatalogueRegistry.getDefault();

    @Test
    void ozgHasThemenfeldLebenslageLeistung() {
        Catalogue ozg = registry.catalogue(Ozg.CATALOGUE_ID).orElseThrow();
        // Figures of the data README: 14 Themenfelder, 58 Lebens-/Geschäftslagen, 557 OZG services.
        assertEquals(14, count(ozg, Ozg.KIND_THEMENFELD));
        assertEquals(58, count(ozg, Ozg.KIND_LEBENSLAGE));
        assertEquals(557, count(ozg, Ozg.KIND_LEISTUNG));
        assertEquals(14, ozg.roots().size());
        assertEquals(List.of(), ozg.problems(), "the OZG files are clean");

        CatalogueEntry abbruch = ozg.entry("10513").orElseThrow();
        assertEquals("Abbruchgenehmigung", abbruch.label());
        assertEquals("LL14", abbruch.parentKey());
        assertEquals("Bauen & Immobilien", ozg.entry("LL14").orElseThrow().label());
        assertEquals("TF2", ozg.entry("LL14").orElseThrow().parentKey());
        assertEquals("Bauen & Wohnen", ozg.entry("TF2").orElseThrow().label());
        assertTrue(Ozg.leikaKeys(abbruch).containsAll(List.of("99012001000000", "99012001001000")));
    }

    @Test
    void everyOzgLinkResolvesInLeika() {
        Catalogue ozg = registry.catalogue(Ozg.CATALOGUE_ID).orElseThrow();
        Catalogue leika = registry.catalogue(Leika.CATALOGUE_ID).orElseThrow();
        int links = 0;
        int linked = 0;
        for (CatalogueEntry service : ozg.entries()) {
            List<String> keys = Ozg.leikaKeys(service);
            links += keys.size();
            linked += keys.isEmpty() ? 0 : 1;
            for (String key : keys) {
                CatalogueEntry target = leika.entry(key).orElseThrow(() -> new AssertionError(key));
                assertEquals(service.key(), target.attribute(Leika.OZG_ID));
            }
        }
        // Hand-checked with Python: 4,797 valid LeiKa rows name an OZG-ID (16 name none), spread over 533 services;
        // 24 OZG services have no LeiKa key.
        assertEquals(4797, links);
        assertEquals(533, linked);
    }

    @Test
    void normsParsedFromAKnownRow() {
        Catalogue norms = registry.catalogue(Norms.CATALOGUE_ID).orElseThrow();
        // LeiKa 99046029000000 cites "§ 882g Zivilprozessordnung (ZPO) [http://www.gesetze-im-internet.de/zpo/__882g.html]"
        CatalogueEntry provision = norms.entry("ZPO § 882g").orElseThrow();
        assertEquals(Norms.KIND_PROVISION, provision.kind());
        assertEquals("ZPO", provision.parentKey());
        assertEquals("§ 882g", provision.attribute(Norms.PARAGRAPH));
        assertEquals("Zivilprozessordnung", provision.attribute(Norms.TITLE));
        assertEquals("http://www.gesetze-im-internet.de/zpo/__882g.html", provision.attribute(Norms.URL));
        assertTrue(provision.attribute(Norms.LEIKA_KEYS).contains("99046029000000"));
        CatalogueEntry zpo = norms.entry("ZPO").orElseThrow();
        assertEquals(Norms.KIND_NORM, zpo.kind());
        assertEquals("http://www.gesetze-im-internet.de/zpo/", zpo.attribute(Norms.URL));

        LegalBasis basis = LegalBasisFactory.create(provision);
        assertEquals("ZPO", basis.getAbbreviation());
        assertEquals("§ 882g", basis.getParagraph());
        assertEquals("Zivilprozessordnung", basis.getTitle());
        assertEquals("http://www.gesetze-im-internet.de/zpo/__882g.html", basis.getUrl());
        assertEquals(Norms.CATALOGUE_ID, basis.getSourceCatalogue());
        assertTrue(LegalBasisFactory.forLeikaKey(registry, "99046029000000").stream()
                .anyMatch(b -> "§ 882g".equals(b.getParagraph()) && "ZPO".equals(b.getAbbreviation())));
    }

    @Test
    void normsGroupByTheLinkedLawNotByTheTypo() {
        Catalogue norms = registry.catalogue(Norms.CATALOGUE_ID).orElseThrow();
        // The source writes "§ 1908f Bürgerliches Gesetzbuch (BGG)" with a link to /bgb/: it belongs to the BGB.
        assertEquals("BGB", norms.entry("BGB § 1908f").orElseThrow().parentKey());
        assertEquals("Bürgerliches Gesetzbuch", norms.entry("BGB").orElseThrow().label());
        assertEquals("Behindertengleichstellungsgesetz", norms.entry("BGG").orElseThrow().label());
        // Paragraph with Absatz: "§ 39e Absatz 3 Einkommensteuergesetz (EStG)".
        assertEquals("EStG", norms.entry("EStG § 39e Absatz 3").orElseThrow().parentKey());
        // Regression figures of the parser on this file (see docs/catalogues.md), not independent counts.
        assertEquals(600, count(norms, Norms.KIND_NORM));
        assertEquals(2420, count(norms, Norms.KIND_PROVISION));
        assertEquals(List.of(), norms.problems());
    }

    @Test
    void kgstPlanHasEightMainGroupsAndTheOffices() {
        Catalogue vgp = registry.catalogue("vgp").orElseThrow();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"),
                vgp.roots().stream().map(CatalogueEntry::key).toList());
        assertEquals("Allgemeine Verwaltung", vgp.entry("1").orElseThrow().label());
        assertEquals("Hauptamt", vgp.entry("10").orElseThrow().label());
        assertEquals("1", vgp.entry("10").orElseThrow().parentKey());
        assertEquals("Amt", vgp.entry("66").orElseThrow().kind());
        assertEquals("Tiefbauamt", vgp.entry("66").orElseThrow().label());
        assertEquals("Amt für Wirtschafts- und Verkehrsförderung", vgp.entry("80").orElseThrow().label());
        for (CatalogueEntry amt : vgp.entries()) {
            if (amt.parentKey() != null) {
                assertEquals(amt.key().substring(0, 1), amt.parentKey(), "an Amt's first digit is its main group");
            }
        }
        assertEquals(List.of(), vgp.problems());
    }

    private static long count(Catalogue catalogue, String kind) {
        return catalogue.entries().stream().filter(e -> e.kind().equals(kind)).count();
    }
}

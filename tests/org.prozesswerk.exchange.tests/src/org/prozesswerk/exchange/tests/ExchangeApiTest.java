package org.prozesswerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeReport.Kind;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.OptionDescriptor;
import org.prozesswerk.exchange.Scope;
import org.prozesswerk.model.LegalBasis;

/** The API types: report, legal basis citations, registry without extension points, exception format. */
class ExchangeApiTest {

    @Test
    void reportCountsAndListsEverythingNotMapped() {
        ExchangeReport report = new ExchangeReport();
        report.mapped("/a", "name", "ProcessProfile.name");
        report.skipped("/b", "klassifikation", "not modelled");
        report.rejected("Zeile 3", "zwölf", "no number");
        report.warning("", "x", "cut");
        report.created("/c", "Arbeitgeber", "unit");
        report.countProfile();
        assertEquals(1, report.count(Kind.SKIPPED));
        assertEquals(1, report.count(Kind.REJECTED));
        assertTrue(report.mentions(Kind.REJECTED, "zwölf"));
        String text = report.toText(0);
        assertTrue(text.contains("klassifikation") && text.contains("zwölf") && text.contains("cut"), text);
        assertFalse(text.contains("Arbeitgeber"), "mapped and created lines beyond the limit are counted only");
        assertTrue(report.toText(10).contains("Arbeitgeber"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "§ 27 MuSchG|§ 27|MuSchG|",
            "§ 27 (1) - (4) MuSchG|§ 27 (1) - (4)|MuSchG|",
            "§§ 14, 15 GewO|§§ 14, 15|GewO|",
            "Art. 6 DSGVO|Art. 6|DSGVO|",
            "Mutterschutzgesetz||| Mutterschutzgesetz",
            "§ 27|||§ 27" })
    void citationsSplitIntoParagraphAndAbbreviation(String text, String paragraph, String abbreviation, String title) {
        LegalBasis basis = LegalBasisText.parse(text);
        assertEquals(paragraph, basis.getParagraph());
        assertEquals(abbreviation, basis.getAbbreviation());
        assertEquals(title == null ? null : title.strip(), basis.getTitle());
        assertEquals(text, LegalBasisText.format(basis));
        assertTrue(LegalBasisText.roundTrips(basis));
        assertNull(LegalBasisText.parse("  "));
    }

    @Test
    void standaloneRegistryForToolsOutsideOsgi() {
        ExchangeRegistry registry = new ExchangeRegistry();
        ExporterDescriptor tsv = new ExporterDescriptor("tsv", "Tabulator", "tsv", Set.of(Scope.REGISTER),
                List.of(new OptionDescriptor("header", "Kopfzeile", OptionDescriptor.Type.BOOLEAN, "true", null)),
                () -> (ExportRequest request, OutputStream out, IProgressMonitor monitor) -> new ExchangeReport());
        assertTrue(registry.register(tsv));
        assertFalse(registry.register(tsv), "an id is taken once");
        assertEquals(List.of(tsv), registry.exporters(Scope.REGISTER));
        assertEquals(List.of(), registry.exporters(Scope.PROFILE));
        assertTrue(tsv.option("header").accepts("false"));
        assertFalse(tsv.option("header").accepts("ja"));
    }

    @Test
    void exceptionMessageNamesFileLineAndPath() {
        ExchangeException e = new ExchangeException("m.xml", 12, 5, "/a/b[1]/c", "kaputt", null);
        assertEquals("m.xml:12:5: /a/b[1]/c: kaputt", e.getMessage());
        assertEquals("kaputt", e.reason());
        assertEquals("m.xml: kaputt", new ExchangeException("m.xml", "kaputt", null).getMessage());
    }
}

package org.prozesswerk.exchange.office.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ExchangeReport.Kind;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.ColumnMapping;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/** Importing the kind of Excel list a municipality keeps, with and without a saved column mapping. */
class TableImportTest {

    private static final String MUNICIPAL = """
            Lfd. Nr.;Name;Beschreibung;Amt;LeiKa-Schlüssel;Rechtsgrundlage;Status;Bemerkung;Fallzahl
            1;Hundesteuer festsetzen;Festsetzung der Hundesteuer;Steueramt;99115006001000;"§ 2 HStG; § 5 HStG";in Bearbeitung;prüfen;1.200
            2;Gewerbeanmeldung bearbeiten;;Ordnungsamt;99050012104000;§ 14 GewO;4;;
            3;;ohne Namen;Ordnungsamt;;;;;
            4;Sperrmüll abholen;;Steueramt;;;unbekannt;;zwölf
            """;

    @TempDir
    Path folder;

    private ExchangeReport importCsv(String csv, ProcessRegister target, Map<String, String> options) throws Exception {
        Path file = folder.resolve("liste.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new CsvImporter().importInto(new ImportRequest(file, target, null, options), new NullProgressMonitor());
    }

    @Test
    void municipalListWithDefaultMapping() throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importCsv(MUNICIPAL, register, Map.of());
        List<ProcessProfile> profiles = Steckbriefe.all(register);
        assertEquals(3, profiles.size(), "the row without a name is rejected");
        assertEquals(3, report.profiles());
        ProcessProfile dog = profiles.get(0);
        assertEquals("Hundesteuer festsetzen", dog.getName());
        assertEquals("Festsetzung der Hundesteuer", dog.getDescription());
        assertEquals("Steueramt", dog.getResponsibleUnit().getName());
        assertEquals("leika", dog.getCatalogueReferences().get(0).getCatalogueId());
        assertEquals("99115006001000", dog.getCatalogueReferences().get(0).getKey());
        assertEquals(2, dog.getLegalBases().size(), "two citations in one cell, split at ;");
        assertEquals("§ 2", dog.getLegalBases().get(0).getParagraph());
        assertEquals("HStG", dog.getLegalBases().get(1).getAbbreviation());
        assertEquals(FimStatus.IN_PROGRESS, dog.getStatus(), "status by its German label");
        assertEquals(1200, dog.getCaseVolumePerYear(), "German thousands separator");
        assertEquals(FimStatus.METHODICALLY_RELEASED, profiles.get(1).getStatus(), "status by FIM code");
        assertEquals(profiles.get(0).getResponsibleUnit(), profiles.get(2).getResponsibleUnit(),
                "one unit per name, created once");
        assertEquals(2, register.getOrganisation().size());

        assertTrue(report.mentions(Kind.SKIPPED, "Lfd. Nr."), "unmapped column reported");
        assertTrue(report.mentions(Kind.SKIPPED, "Bemerkung"), report.toString());
        assertTrue(report.mentions(Kind.REJECTED, "Zeile 4") || report.mentions(Kind.REJECTED, "line 4"),
                "row without name: " + report);
        assertTrue(report.mentions(Kind.REJECTED, "unbekannt"), "bad status value rejected: " + report);
        assertTrue(report.mentions(Kind.REJECTED, "zwölf"), report.toString());
        assertEquals(2, report.count(Kind.CREATED), "two units created");
        assertTrue(report.mentions(Kind.MAPPED, "LeiKa-Schlüssel"));
    }

    @Test
    void mappingFileIsSavedAndReused() throws Exception {
        String list = "Prozess;Zuständig;Notiz\nFundsache annehmen;Bürgerbüro;intern\n";
        ProcessRegister first = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        assertThrows(ExchangeException.class, () -> importCsv("Zuständig;Notiz\nBürgerbüro;x\n", first, Map.of()),
                "no name column");

        ColumnMapping mapping = ColumnMapping.defaults().with("Zuständig", ProfileColumn.RESPONSIBLE_UNIT)
                .ignore("Notiz");
        Path mappingFile = folder.resolve("zuordnung.properties");
        mapping.save(mappingFile);
        assertEquals(mapping, ColumnMapping.load(mappingFile));
        String saved = Files.readString(mappingFile, StandardCharsets.UTF_8);
        assertTrue(saved.contains("Zuständig=RESPONSIBLE_UNIT"), saved);

        Path applied = folder.resolve("angewendet.properties");
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importCsv(list, register, Map.of("mapping", mappingFile.toString(),
                "saveMapping", applied.toString()));
        ProcessProfile profile = Steckbriefe.all(register).get(0);
        assertEquals("Fundsache annehmen", profile.getName(), "'Prozess' is a known alias of the name");
        assertEquals("Bürgerbüro", profile.getResponsibleUnit().getName());
        assertTrue(report.mentions(Kind.SKIPPED, "Notiz"));
        assertEquals(Map.of("Prozess", "NAME", "Zuständig", "RESPONSIBLE_UNIT", "Notiz", "IGNORE"),
                ColumnMapping.load(applied).entries(), "the mapping as applied, for the next import");
        assertNull(profile.getDescription());
    }
}

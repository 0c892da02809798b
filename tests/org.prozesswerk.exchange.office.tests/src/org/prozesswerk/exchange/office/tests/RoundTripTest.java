package org.prozesswerk.exchange.office.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.office.XlsxImporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.exchange.tests.support.ProfileEquality;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/** Export, import into an empty register, compare: every Steckbrief comes back equal. */
class RoundTripTest {

    @TempDir
    Path folder;

    private ProcessRegister roundTrip(Exporter exporter, Importer importer, String fileName) throws Exception {
        Path file = folder.resolve(fileName);
        Exports.toFile(exporter, ExchangeFixtures.rich(), file);
        ProcessRegister imported = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importer.importInto(new ImportRequest(file, imported, null, Map.of()),
                new NullProgressMonitor());
        assertEquals(0, report.count(ExchangeReport.Kind.REJECTED), report.toString());
        assertEquals(4, report.profiles());
        return imported;
    }

    private static void assertSameProfiles(ProcessRegister expected, ProcessRegister actual) {
        List<ProcessProfile> before = Steckbriefe.all(expected);
        List<ProcessProfile> after = Steckbriefe.all(actual);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(ProfileEquality.equal(before.get(i), after.get(i)),
                    before.get(i).getName() + " differs:\n" + ProfileEquality.describeDifference(before.get(i), after.get(i)));
            assertEquals(Steckbriefe.folderPath(before.get(i)), Steckbriefe.folderPath(after.get(i)));
        }
    }

    @Test
    void csv() throws Exception {
        ProcessRegister imported = roundTrip(new CsvExporter(), new CsvImporter(), "register.csv");
        assertSameProfiles(ExchangeFixtures.rich(), imported);
    }

    @Test
    void xlsxIncludingTheOrganisationChart() throws Exception {
        ProcessRegister imported = roundTrip(new XlsxExporter(), new XlsxImporter(), "register.xlsx");
        assertSameProfiles(ExchangeFixtures.rich(), imported);
        List<OrgUnit> units = Steckbriefe.units(imported);
        assertEquals(List.of("Dezernat II", "Ordnungsamt", "Gewerbeangelegenheiten", "Stabsstelle Digitalisierung"),
                units.stream().map(OrgUnit::getName).toList(), "hierarchy from the Organisation sheet");
        assertEquals("ou-32-1", units.get(2).getId());
        assertEquals(ExchangeFixtures.rich().getOrganisation().get(0).getChildren().get(0).getChildren().get(0)
                .isOptional(), units.get(2).isOptional());
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(ExchangeFixtures.rich().getOrganisation(),
                imported.getOrganisation()), "the organisation chart comes back equal, ids included");
    }
}

package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.tests.support.TestRegisters.context;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.legalBasis;
import static org.prozesswerk.tests.support.TestRegisters.reference;
import static org.prozesswerk.tests.support.TestRegisters.unit;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.FolderFigures;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Statistics on a seven-profile register whose figures are worked out by hand below.
 *
 * <pre>
 * Organisation: ou-dez Dezernat II (→ ou-32 Ordnungsamt, ou-33 Bürgeramt), ou-pers Personalamt
 * Folders:      f-ord Ordnung [p1, p2] (→ f-gew Gewerbe [p3, p4, p5]), f-bau Bauen [p6]; unfiled [p7]
 *
 *      catalogues      legal OAA   status       unit     cases × min       = hours
 * p1   LEIKA×2, OZG    yes   yes   DRAFT        ou-32    1200 × 15         = 300
 * p2   LEIKA           no    no*   DRAFT        ou-32     100 × 30         =  50
 * p3   –               yes   yes   GOLD         ou-33    4800 × 20         = 1600
 * p4   OZG             yes   no    IN_PLANNING  ou-dez    500 × 0 (none)   =   0
 * p5   LEIKA           no    yes   INACTIVE     –          60 × 60         =  60
 * p6   LEIKA, (no id)  yes   no    DRAFT        ou-33       0 × 10 (none)  =   0
 * p7   –               no    no    IN_PLANNING  ou-33     240 × 45         = 180
 * (* p2 has an IT procedure, not an online service)
 *
 * LEIKA: p1 p2 p5 p6 = 4 of 7 (p1 counted once); OZG: p1 p4 = 2; XZUFI declared, unused = 0
 * legal basis: p1 p3 p4 p6 = 4; OAA: p1 p3 p5 = 3
 * status: IN_PLANNING 2, DRAFT 3, GOLD 1, INACTIVE 1, others 0
 * folders: f-ord 2 direct / 5 total, f-gew 3 / 3, f-bau 1 / 1; unfiled 1
 * units (1,600 h per FTE): ou-32 2 profiles 350 h = 0.21875 FTE; ou-33 3 profiles 1,780 h = 1.1125 FTE;
 *   ou-dez 1 profile 0 h, with subunits 6 profiles 2,130 h = 1.33125 FTE; ou-pers 0; without unit 1 profile 60 h
 * capacity data: p1 p2 p3 p5 p7 = 5 of 7; total 2,190 h = 1.36875 FTE
 * </pre>
 */
class RegisterStatisticsTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    private static final double EPSILON = 1e-9;

    private static ProcessProfile profile(String id, FimStatus status, OrgUnit unit, int cases, double minutes) {
        ProcessProfile profile = TestRegisters.profile(id, null, "Steckbrief " + id, status, unit);
        profile.setCaseVolumePerYear(cases);
        profile.setProcessingMinutesPerCase(minutes);
        return profile;
    }

    static ProcessRegister fixture() {
        ProcessRegister register = F.createProcessRegister();
        register.setName("Statistikregister");
        for (String id : List.of("LEIKA", "OZG", "XZUFI")) {
            CatalogueUsage usage = F.createCatalogueUsage();
            usage.setCatalogueId(id);
            register.getUsedCatalogues().add(usage);
        }
        OrgUnit dez = unit("ou-dez", "Dezernat II", "II", OrgUnitKind.DEPARTMENT);
        OrgUnit ou32 = unit("ou-32", "Ordnungsamt", "32", OrgUnitKind.OFFICE);
        OrgUnit ou33 = unit("ou-33", "Bürgeramt", "33", OrgUnitKind.OFFICE);
        dez.getChildren().add(ou32);
        dez.getChildren().add(ou33);
        OrgUnit pers = unit("ou-pers", "Personalamt", "11", OrgUnitKind.OFFICE);
        register.getOrganisation().add(dez);
        register.getOrganisation().add(pers);

        ProcessProfile p1 = profile("p1", FimStatus.DRAFT, ou32, 1200, 15);
        p1.getCatalogueReferences().add(reference("LEIKA", "99050012104000", "a", "1"));
        p1.getCatalogueReferences().add(reference("LEIKA", "99050012104001", "b", "1"));
        p1.getCatalogueReferences().add(reference("OZG", "10172", "c", "1"));
        p1.getLegalBases().add(legalBasis("GewO", "§ 14", "x"));
        p1.getContexts().add(context(ContextKind.OAA, "Portal"));
        ProcessProfile p2 = profile("p2", FimStatus.DRAFT, ou32, 100, 30);
        p2.getCatalogueReferences().add(reference("LEIKA", "99050012104002", "d", "1"));
        p2.getContexts().add(context(ContextKind.IT_PROCEDURE, "Fachverfahren"));
        ProcessProfile p3 = profile("p3", FimStatus.TECHNICALLY_RELEASED_GOLD, ou33, 4800, 20);
        p3.getLegalBases().add(legalBasis("BMG", "§ 17", "x"));
        p3.getContexts().add(context(ContextKind.OAA, "Portal"));
        ProcessProfile p4 = profile("p4", FimStatus.IN_PLANNING, dez, 500, 0);
        p4.getCatalogueReferences().add(reference("OZG", "10173", "e", "1"));
        p4.getLegalBases().add(legalBasis("GO", "§ 1", "x"));
        ProcessProfile p5 = profile("p5", FimStatus.INACTIVE, null, 60, 60);
        p5.getCatalogueReferences().add(reference("LEIKA", "99050012104003", "f", "1"));
        p5.getContexts().add(context(ContextKind.DOCUMENT, "Formular"));
        p5.getContexts().add(context(ContextKind.OAA, "Portal"));
        ProcessProfile p6 = profile("p6", FimStatus.DRAFT, ou33, 0, 10);
        p6.getCatalogueReferences().add(reference("LEIKA", "99050012104004", "g", "1"));
        p6.getCatalogueReferences().add(reference(null, "ohne Katalog", "h", "1"));
        p6.getLegalBases().add(legalBasis("BauO", "§ 2", "x"));
        ProcessProfile p7 = profile("p7", FimStatus.IN_PLANNING, ou33, 240, 45);

        Folder ord = folder("f-ord", "Ordnung", null);
        Folder gew = folder("f-gew", "Gewerbe", null);
        Folder bau = folder("f-bau", "Bauen", null);
        ord.getFolders().add(gew);
        ord.getProfiles().addAll(List.of(p1, p2));
        gew.getProfiles().addAll(List.of(p3, p4, p5));
        bau.getProfiles().add(p6);
        register.getRootFolders().addAll(List.of(ord, bau));
        register.getUnfiledProfiles().add(p7);
        return register;
    }

    @Test
    void coverageCounts() {
        RegisterStatisticsReport report = RegisterStatistics.compute(fixture());
        assertEquals(7, report.profiles());
        assertEquals(4, report.linkedTo("LEIKA"));
        assertEquals(2, report.linkedTo("OZG"));
        assertEquals(0, report.linkedTo("XZUFI"));
        assertEquals(List.of("LEIKA", "OZG", "XZUFI"),
                report.catalogues().stream().map(c -> c.catalogueId()).toList(), "sorted, declared ones included");
        assertEquals(4, report.withLegalBasis());
        assertEquals(3, report.withOaa());
    }

    @Test
    void perStatusAndFolder() {
        RegisterStatisticsReport report = RegisterStatistics.compute(fixture());
        assertEquals(2, report.count(FimStatus.IN_PLANNING));
        assertEquals(3, report.count(FimStatus.DRAFT));
        assertEquals(1, report.count(FimStatus.TECHNICALLY_RELEASED_GOLD));
        assertEquals(1, report.count(FimStatus.INACTIVE));
        assertEquals(0, report.count(FimStatus.IN_PROGRESS));
        assertEquals(FimStatus.VALUES, List.copyOf(report.perStatus().keySet()), "all statuses in FIM order");

        assertEquals(List.of(new FolderFigures("f-ord", "Ordnung", "Ordnung", 0, 2, 5),
                new FolderFigures("f-gew", "Gewerbe", "Ordnung / Gewerbe", 1, 3, 3),
                new FolderFigures("f-bau", "Bauen", "Bauen", 0, 1, 1)), report.folders());
        assertEquals(1, report.unfiled());
    }

    @Test
    void workloadPerUnitWithRollUp() {
        RegisterStatisticsReport report = RegisterStatistics.compute(fixture());
        assertEquals(List.of("ou-dez", "ou-32", "ou-33", "ou-pers"),
                report.units().stream().map(UnitFigures::id).toList(), "depth-first in chart order");

        UnitFigures ou32 = report.unit("ou-32").orElseThrow();
        assertEquals(2, ou32.profiles());
        assertEquals(350.0, ou32.hoursPerYear(), EPSILON);
        assertEquals(0.21875, ou32.fte(), EPSILON);

        UnitFigures ou33 = report.unit("ou-33").orElseThrow();
        assertEquals(3, ou33.profiles());
        assertEquals(1780.0, ou33.hoursPerYear(), EPSILON);
        assertEquals(1.1125, ou33.fte(), EPSILON);

        UnitFigures dez = report.unit("ou-dez").orElseThrow();
        assertEquals(1, dez.profiles());
        assertEquals(0.0, dez.hoursPerYear(), EPSILON);
        assertEquals(6, dez.profilesWithSubunits());
        assertEquals(2130.0, dez.hoursPerYearWithSubunits(), EPSILON);
        assertEquals(1.33125, dez.fteWithSubunits(), EPSILON);
        assertEquals(0, dez.depth());
        assertEquals(1, ou32.depth());

        assertEquals(0, report.unit("ou-pers").orElseThrow().profilesWithSubunits());
        assertEquals(1, report.withoutUnit().profiles());
        assertEquals(60.0, report.withoutUnit().hoursPerYear(), EPSILON);
        assertEquals(5, report.profilesWithCapacity());
        assertEquals(2190.0, report.totalHoursPerYear(), EPSILON);
        assertEquals(1.36875, report.totalFte(), EPSILON);
    }

    @Test
    void hoursPerFteIsConfigurable() {
        RegisterStatisticsReport report = RegisterStatistics.compute(fixture(), 1780);
        assertEquals(1.0, report.unit("ou-33").orElseThrow().fte(), EPSILON);
        assertEquals(1600.0, RegisterStatistics.DEFAULT_HOURS_PER_FTE);
        assertThrows(IllegalArgumentException.class, () -> RegisterStatistics.compute(fixture(), 0));
        assertThrows(IllegalArgumentException.class, () -> RegisterStatistics.compute(fixture(), Double.NaN));
    }

    @Test
    void unitOutsideTheOrganisationStillCounts() {
        ProcessRegister register = fixture();
        OrgUnit external = unit("ou-ext", "Landratsamt", null, OrgUnitKind.OTHER);
        ProcessProfile profile = profile("p8", FimStatus.DRAFT, external, 10, 6);
        register.getUnfiledProfiles().add(profile);
        RegisterStatisticsReport report = RegisterStatistics.compute(register);
        UnitFigures figures = report.unit("ou-ext").orElseThrow();
        assertEquals(1, figures.profiles());
        assertEquals(1.0, figures.hoursPerYear(), EPSILON);
        assertEquals(2191.0, report.totalHoursPerYear(), EPSILON);
    }

    @Test
    void jsonHasAStableShape() {
        String json = RegisterStatistics.compute(fixture()).toJson();
        assertEquals("""
                {
                  "register": "Statistikregister",
                  "profiles": 7,
                  "catalogues": [
                    {"id": "LEIKA", "linked": 4, "share": 0.5714},
                    {"id": "OZG", "linked": 2, "share": 0.2857},
                    {"id": "XZUFI", "linked": 0, "share": 0}
                  ],
                  "withLegalBasis": 4,
                  "withOaa": 3,
                  "perStatus": {
                    "IN_PLANNING": 2,
                    "IN_PROGRESS": 0,
                    "DRAFT": 3,
                    "METHODICALLY_RELEASED": 0,
                    "TECHNICALLY_RELEASED_SILVER": 0,
                    "TECHNICALLY_RELEASED_GOLD": 1,
                    "INACTIVE": 1,
                    "MARKED_FOR_DELETION": 0
                  },
                  "unfiled": 1,
                  "folders": [
                    {"id": "f-ord", "name": "Ordnung", "path": "Ordnung", "depth": 0, "direct": 2, "total": 5},
                    {"id": "f-gew", "name": "Gewerbe", "path": "Ordnung / Gewerbe", "depth": 1, "direct": 3, "total": 3},
                    {"id": "f-bau", "name": "Bauen", "path": "Bauen", "depth": 0, "direct": 1, "total": 1}
                  ],
                  "capacity": {"hoursPerFte": 1600, "profilesWithData": 5, "hoursPerYear": 2190, "fte": 1.37},
                  "units": [
                    {"id": "ou-dez", "name": "Dezernat II", "shortCode": "II", "depth": 0, "profiles": 1, "hoursPerYear": 0, "fte": 0, "profilesWithSubunits": 6, "hoursPerYearWithSubunits": 2130, "fteWithSubunits": 1.33},
                    {"id": "ou-32", "name": "Ordnungsamt", "shortCode": "32", "depth": 1, "profiles": 2, "hoursPerYear": 350, "fte": 0.22, "profilesWithSubunits": 2, "hoursPerYearWithSubunits": 350, "fteWithSubunits": 0.22},
                    {"id": "ou-33", "name": "Bürgeramt", "shortCode": "33", "depth": 1, "profiles": 3, "hoursPerYear": 1780, "fte": 1.11, "profilesWithSubunits": 3, "hoursPerYearWithSubunits": 1780, "fteWithSubunits": 1.11},
                    {"id": "ou-pers", "name": "Personalamt", "shortCode": "11", "depth": 0, "profiles": 0, "hoursPerYear": 0, "fte": 0, "profilesWithSubunits": 0, "hoursPerYearWithSubunits": 0, "fteWithSubunits": 0}
                  ],
                  "withoutUnit": {"profiles": 1, "hoursPerYear": 60, "fte": 0.04}
                }
                """, json);
    }

    @Test
    void jsonEscapesStrings() {
        ProcessRegister register = fixture();
        register.setName("Register \"Süd\"\\Nord\n\u0001");
        String json = RegisterStatistics.compute(register).toJson();
        assertTrue(json.contains("\"register\": \"Register \\\"Süd\\\"\\\\Nord\\n\\u0001\","), json);
    }

    @Test
    void germanAndEnglishText() {
        RegisterStatisticsReport report = RegisterStatistics.compute(fixture());
        String german = report.toText(Locale.GERMANY);
        assertTrue(german.contains("Prozesssteckbriefe: 7"), german);
        assertTrue(german.contains("LEIKA: 4 von 7 (57,1"), german);
        assertTrue(german.contains("Mit Rechtsgrundlage: 4 von 7"), german);
        assertTrue(german.contains("Mit Online-Antrag (OAA): 3 von 7"), german);
        assertTrue(german.contains("Entwurf: 3"), german);
        assertTrue(german.contains("Gewerbe: 3 / 3"), german);
        assertTrue(german.contains("33 Bürgeramt: 3 Steckbriefe, 1.780,0 h/Jahr, 1,11 VZÄ"), german);
        assertTrue(german.contains("1.600 h je VZÄ"), german);

        String english = report.toText(Locale.ENGLISH);
        assertTrue(english.contains("LEIKA: 4 of 7 (57.1%)"), english);
        assertTrue(english.contains("draft: 3"), english);
        assertTrue(english.contains("33 Bürgeramt: 3 profiles, 1,780.0 h/year, 1.11 FTE"), english);
    }

    @Test
    void hundredThousandProfilesAreCountedExactly() {
        ProcessRegister register = F.createProcessRegister();
        OrgUnit office = unit("ou", "Amt", "1", OrgUnitKind.OFFICE);
        register.getOrganisation().add(office);
        Folder folder = folder("f", "Alle", null);
        register.getRootFolders().add(folder);
        for (int i = 0; i < 100_000; i++) {
            ProcessProfile profile = profile("p" + i, FimStatus.VALUES.get(i % 8), office, 10, 6);
            profile.getCatalogueReferences().add(reference(i % 10 == 0 ? "OZG" : "LEIKA", "k" + i, null, null));
            if (i % 2 == 0) {
                profile.getLegalBases().add(F.createLegalBasis());
            }
            folder.getProfiles().add(profile);
        }
        // how fast: StatisticsBenchmark (JMH, docs/performance.md)
        RegisterStatisticsReport report = RegisterStatistics.compute(register);
        assertEquals(100_000, report.profiles());
        assertEquals(90_000, report.linkedTo("LEIKA"));
        assertEquals(50_000, report.withLegalBasis());
        assertEquals(100_000.0, report.totalHoursPerYear(), EPSILON);
    }
}

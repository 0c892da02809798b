package org.prozesswerk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.ui.dashboard.DashboardFigures.Bar;
import org.prozesswerk.ui.dashboard.DashboardFigures.Series;
import org.prozesswerk.tests.support.HandCountedRegister;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * The dashboard's figures model without any view: the hand-computed figures of the fixture (as {@link DashboardTest}
 * sees them on screen), an empty register, and the capacity chart's cut after ten units.
 */
class DashboardFiguresTest {

    private static final Map<String, String> SHORT_NAMES = Map.of("leika", "LeiKa", "ozg", "OZG-Umsetzungskatalog");

    private static DashboardFigures figures(ProcessRegister register) {
        return new DashboardFigures(RegisterStatistics.compute(register), SHORT_NAMES::get);
    }

    private static List<String> texts(List<Bar> bars) {
        return bars.stream().map(b -> b.label() + " " + b.valueText()).toList();
    }

    @Test
    void figuresOfTheFixture() {
        DashboardFigures figures = figures(HandCountedRegister.register());

        assertEquals(List.of("6 Steckbriefe", "4 mit Rechtsgrundlage (67 %)", "2 mit Online-Dienst (OAA) (33 %)",
                "1,0 VZ\u00c4 Personalbedarf aus 4 Steckbriefen mit Fallzahlen (1.580 h/Jahr)"),
                figures.tiles().stream().map(t -> t.value() + " " + t.caption()).toList());
        assertEquals(List.of("4 von 6 Steckbriefen mit LeiKa verkn\u00fcpft (67 %)",
                "1 von 6 Steckbriefen mit OZG-Umsetzungskatalog verkn\u00fcpft (17 %)"), figures.coverageLines());
        assertEquals(List.of("LeiKa 67 %", "OZG-Umsetzungskatalog 17 %"), texts(figures.coverageBars()));
        assertEquals(4.0 / 6, figures.coverageBars().get(0).value(), 1e-9);
        assertEquals(List.of("in Planung 1", "in Bearbeitung 1", "Entwurf 2", "methodisch freigegeben 1",
                "fachlich freigegeben (silber) 0", "fachlich freigegeben (gold) 1", "inaktiv 0",
                "vorgesehen zum L\u00f6schen 0"), texts(figures.statusBars()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), figures.statusBars().stream().map(Bar::index).toList(),
                "the status bars are coloured by status");
        assertEquals(List.of("32 Ordnungsamt 0,6", "63 Bauordnungsamt 0,3", "10 Hauptamt 0,1"),
                texts(figures.capacityBars()), "the Ämter (three busy units), largest first");
    }

    @Test
    void emptyRegisterHasZeroPercentAndSaysNoCatalogueIsUsed() {
        DashboardFigures figures = figures(ProzesswerkFactory.eINSTANCE.createProcessRegister());

        assertEquals(List.of("0 Steckbriefe", "0 mit Rechtsgrundlage (0 %)", "0 mit Online-Dienst (OAA) (0 %)"),
                figures.tiles().subList(0, 3).stream().map(t -> t.value() + " " + t.caption()).toList());
        assertEquals(1, figures.coverageLines().size(), figures.coverageLines().toString());
        assertEquals(List.of(), figures.coverageBars());
        assertEquals(List.of(), figures.capacityBars());
    }

    @Test
    void capacityShowsTenUnitsThenTheRestAndWorkWithoutUnit() {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister register = f.createProcessRegister();
        for (int i = 1; i <= 13; i++) {
            OrgUnit unit = TestRegisters.unit("u" + i, "Amt " + i);
            register.getOrganisation().add(unit);
            register.getUnfiledProfiles().add(profile("p" + i, unit, 100 * i));
        }
        register.getUnfiledProfiles().add(profile("ohne", null, 50));

        RegisterStatisticsReport report = RegisterStatistics.compute(register);
        List<Bar> bars = new DashboardFigures(report, SHORT_NAMES::get).capacityBars();

        assertEquals(12, bars.size(), texts(bars).toString());
        assertEquals("Amt 13", bars.get(0).label(), "largest first");
        assertEquals("Amt 4", bars.get(9).label());
        List<Bar> top = bars.subList(0, 10);
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).value() >= top.get(i).value(), texts(bars).toString());
        }
        Bar rest = bars.get(10);
        assertEquals(Series.CAPACITY, rest.series());
        assertTrue(rest.label().contains("3"), rest.label());
        double restFte = report.units().stream().filter(u -> List.of("u1", "u2", "u3").contains(u.id()))
                .mapToDouble(UnitFigures::fteWithSubunits).sum();
        assertEquals(restFte, rest.value(), 1e-9, "the three smallest units are summed");
        assertEquals(Series.WITHOUT_UNIT, bars.get(11).series());
    }

    private static ProcessProfile profile(String id, OrgUnit unit, int cases) {
        ProcessProfile profile = TestRegisters.profile(id, null, id, null, unit);
        profile.setCaseVolumePerYear(cases);
        profile.setProcessingMinutesPerCase(60);
        return profile;
    }
}

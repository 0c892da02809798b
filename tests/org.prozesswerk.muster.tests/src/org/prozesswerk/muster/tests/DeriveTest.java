package org.prozesswerk.muster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.core.orgchart.OrgChartDerivation.Result;
import org.prozesswerk.core.orgchart.OrgChartDerivation.Spec;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;

/** {@link OrgChartDerivation} on the real demo register. */
class DeriveTest {

    private final ProcessRegister demo = Fixture.GK6.register();

    @Test
    void gk7WithoutFireBrigadeOfficeLosesNoSteckbrief() {
        Result result = OrgChartDerivation.derive(demo, new Spec(SizeClass.GK7, Set.of("37"), "Gemeinde Beispiel"));
        List<ProcessProfile> before = Fixture.profiles(demo);
        List<ProcessProfile> after = Fixture.profiles(result.register());
        assertEquals(ids(before), ids(after), "no Steckbrief lost");

        assertTrue(result.removedUnits().contains("37 Feuerwehr"), result.removedUnits().toString());
        assertTrue(result.removedUnits().contains("33.1 Meldewesen"), result.removedUnits().toString());
        for (OrgUnit unit : OrgChartDerivation.allUnits(result.register().getOrganisation())) {
            assertTrue(unit.getSizeClasses().contains(SizeClass.GK7), unit.getShortCode());
            assertTrue(!"37".equals(unit.getShortCode()));
        }
        Map<String, String> unitBefore = units(before);
        Map<String, String> unitAfter = units(after);
        int changed = 0;
        for (Map.Entry<String, String> e : unitBefore.entrySet()) {
            String was = e.getValue();
            String now = unitAfter.get(e.getKey());
            if ("37".equals(was)) {
                assertEquals("3", now, "Feuerwehr tasks go to the Fachbereich");
            }
            if ("33.1".equals(was)) {
                assertEquals("33", now, "the Bürgerbüro keeps registration");
            }
            changed += java.util.Objects.equals(was, now) ? 0 : 1;
        }
        assertEquals(changed, result.moves().size());
        assertEquals(0, result.flaggedCount(), "every removed unit has a parent that remains");
        assertEquals("Gemeinde Beispiel", result.register().getName());
    }

    /** Deriving GK7 from the GK6 register gives each Steckbrief the unit generating for GK7 gives it. */
    @Test
    void derivingAgreesWithGeneratingForTheSmallerSize() {
        Result result = OrgChartDerivation.derive(demo, new Spec(SizeClass.GK7, Set.of(), null));
        assertEquals(units(Fixture.profiles(Fixture.GK7.register())), units(Fixture.profiles(result.register())));
        List<String> codes7 = OrgChartDerivation.allUnits(Fixture.GK7.register().getOrganisation()).stream()
                .map(OrgUnit::getShortCode).toList();
        List<String> derivedCodes = OrgChartDerivation.allUnits(result.register().getOrganisation()).stream()
                .map(OrgUnit::getShortCode).toList();
        assertEquals(codes7, derivedCodes);
    }

    private static List<String> ids(List<ProcessProfile> profiles) {
        return profiles.stream().map(ProcessProfile::getId).sorted().toList();
    }

    private static Map<String, String> units(List<ProcessProfile> profiles) {
        Map<String, String> result = new HashMap<>();
        for (ProcessProfile profile : profiles) {
            result.put(profile.getId(),
                    profile.getResponsibleUnit() == null ? null : profile.getResponsibleUnit().getShortCode());
        }
        return result;
    }
}

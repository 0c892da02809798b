package org.prozesswerk.core.orgchart.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.core.orgchart.OrgChartDerivation.Result;
import org.prozesswerk.core.orgchart.OrgChartDerivation.Spec;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Model org chart:
 * <pre>
 * D1 Dezernat I (all sizes)
 *   10 Hauptamt (all sizes)
 *   14 Rechnungsprüfungsamt (optional, GK1-GK4)
 *     14.1 Sachgebiet Prüfung (all sizes)
 * D2 Dezernat II (GK1-GK3)
 *   37 Feuerwehr (all sizes)
 * </pre>
 */
class OrgChartDerivationTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private final ProcessRegister template = F.createProcessRegister();
    private final OrgUnit d1 = unit("D1", "Dezernat I", OrgUnitKind.DEPARTMENT, false);
    private final OrgUnit hauptamt = unit("10", "Hauptamt", OrgUnitKind.OFFICE, false);
    private final OrgUnit rpa = unit("14", "Rechnungsprüfungsamt", OrgUnitKind.OFFICE, true, SizeClass.GK1,
            SizeClass.GK2, SizeClass.GK3, SizeClass.GK4);
    private final OrgUnit pruefung = unit("14.1", "Sachgebiet Prüfung", OrgUnitKind.DIVISION, false);
    private final OrgUnit d2 = unit("D2", "Dezernat II", OrgUnitKind.DEPARTMENT, false, SizeClass.GK1,
            SizeClass.GK2, SizeClass.GK3);
    private final OrgUnit feuerwehr = unit("37", "Feuerwehr", OrgUnitKind.OFFICE, false);
    private final ProcessProfile audit = profile("p-audit", "Prüfung durchführen", pruefung);
    private final ProcessProfile fire = profile("p-fire", "Brandschau durchführen", feuerwehr);
    private final ProcessProfile staff = profile("p-staff", "Stellen ausschreiben", hauptamt);

    OrgChartDerivationTest() {
        template.setId("muster");
        template.setName("Musterregister");
        template.setVersion("2.1");
        template.getOrganisation().addAll(List.of(d1, d2));
        d1.getChildren().addAll(List.of(hauptamt, rpa));
        rpa.getChildren().add(pruefung);
        d2.getChildren().add(feuerwehr);
        Folder folder = F.createFolder();
        folder.setId("f1");
        folder.setName("Allgemein");
        folder.getProfiles().addAll(List.of(audit, fire, staff));
        template.getRootFolders().add(folder);
        participate(staff, pruefung, "Mitwirkung");
        participate(staff, rpa, "Mitwirkung");
    }

    @Test
    void smallMunicipalityLosesUnitsButNoSteckbrief() {
        ProcessRegister before = EcoreUtil.copy(template);

        Result result = OrgChartDerivation.derive(template, new Spec(SizeClass.GK6, Set.of(), "Gemeinde Beispiel"));
        ProcessRegister derived = result.register();

        assertTrue(EcoreUtil.equals(before, template), "the template must stay as it was");
        assertEquals(List.of("14 Rechnungsprüfungsamt", "D2 Dezernat II"), result.removedUnits());
        assertEquals(List.of("D1", "10"), ids(OrgChartDerivation.allUnits(derived.getOrganisation())));
        assertEquals("Musterregister 2.1", derived.getBasedOn());
        assertEquals("Gemeinde Beispiel", derived.getName());

        List<ProcessProfile> profiles = derived.getRootFolders().get(0).getProfiles();
        assertEquals(3, profiles.size(), "no Steckbrief is lost");
        ProcessProfile derivedAudit = profiles.get(0);
        assertEquals("D1", derivedAudit.getResponsibleUnit().getId(), "14.1 goes to the nearest remaining unit");
        ProcessProfile derivedFire = profiles.get(1);
        assertNull(derivedFire.getResponsibleUnit(), "no unit above 37 remains");
        assertTrue(derivedFire.getTags().contains(OrgChartDerivation.REASSIGNMENT_TAG));
        assertEquals(1, result.flaggedCount());
        assertEquals(2, result.moves().size());
        assertEquals("10", profiles.get(2).getResponsibleUnit().getId(), "unaffected Steckbrief keeps its unit");
    }

    @Test
    void participationsOfRemovedUnitsCollapseOntoTheirParent() {
        Result result = OrgChartDerivation.derive(template, new Spec(SizeClass.GK6, Set.of(), null));
        ProcessProfile derivedStaff = result.register().getRootFolders().get(0).getProfiles().get(2);
        // 14.1 and 14 both collapse onto D1 with the same role: said once.
        assertEquals(1, derivedStaff.getParticipations().size());
        assertEquals("D1", derivedStaff.getParticipations().get(0).getUnit().getId());
    }

    @Test
    void largeCityKeepsEverythingUnlessAnOptionalUnitIsDropped() {
        Result all = OrgChartDerivation.derive(template, new Spec(SizeClass.GK2, Set.of(), null));
        assertEquals(6, OrgChartDerivation.allUnits(all.register().getOrganisation()).size());
        assertTrue(all.moves().isEmpty());

        Result dropped = OrgChartDerivation.derive(template, new Spec(SizeClass.GK2, Set.of("14"), null));
        assertEquals(List.of("14 Rechnungsprüfungsamt"), dropped.removedUnits());
        assertEquals(4, OrgChartDerivation.allUnits(dropped.register().getOrganisation()).size());
    }

    @Test
    void onlyOptionalExistingUnitsCanBeDropped() {
        IllegalArgumentException notOptional = assertThrows(IllegalArgumentException.class,
                () -> OrgChartDerivation.derive(template, new Spec(SizeClass.GK2, Set.of("10"), null)));
        assertTrue(notOptional.getMessage().contains("nicht optional"), notOptional.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> OrgChartDerivation.derive(template, new Spec(SizeClass.GK2, Set.of("99"), null)));
        assertTrue(unknown.getMessage().contains("99"), unknown.getMessage());
    }

    @Test
    void derivationIsDeterministic() {
        Spec spec = new Spec(SizeClass.GK5, Set.of("14"), null);
        ProcessRegister first = OrgChartDerivation.derive(template, spec).register();
        ProcessRegister second = OrgChartDerivation.derive(template, spec).register();
        assertEquals(first.getId(), second.getId());
        assertTrue(EcoreUtil.equals(first, second));
    }

    private static List<String> ids(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::getId).toList();
    }

    private static OrgUnit unit(String id, String name, OrgUnitKind kind, boolean optional, SizeClass... classes) {
        OrgUnit unit = TestRegisters.unit(id, name, id, kind);
        unit.setOptional(optional);
        unit.getSizeClasses().addAll(List.of(classes));
        return unit;
    }

    private static ProcessProfile profile(String id, String name, OrgUnit responsible) {
        return TestRegisters.profile(id, null, name, null, responsible);
    }

    private static void participate(ProcessProfile profile, OrgUnit unit, String role) {
        Participation participation = F.createParticipation();
        participation.setUnit(unit);
        participation.setRole(role);
        profile.getParticipations().add(participation);
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.prozesswerk.rules.tests.Registers.F;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.KeyValidator;
import org.prozesswerk.catalog.LoadResult;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.rules.engine.RuleInfo;
import org.prozesswerk.rules.engine.Violation;

/**
 * One test per rule of "Musterprozessregister-Qualität": a register that satisfies every rule, one change, and the
 * exact violations expected (rule, severity, element). Where a rule has a guard, the test also shows an element the
 * guard exempts.
 */
class DefaultRulesTest {

    private static final String PW1 = "Musterregister/Bauen/Steckbrief PW-1";
    private static final String ROLES = "Musterregister/AccessControl 1";
    private static final String PW2 = "Musterregister/Ordnung/Gewerbe/Steckbrief PW-2";

    private final Registers r = Registers.clean();

    private static void expect(Registers r, String... violations) {
        assertEquals(List.of(violations), DefaultRules.check(r.register));
    }

    @Test
    void cleanRegisterHasNoViolations() {
        expect(r);
    }

    @Test
    void ruleSetHasItsRules() {
        List<String> ids = DefaultRules.get().rules().stream().map(RuleInfo::id).toList();
        assertEquals(27, ids.size(), ids.toString());
        assertEquals("MPQ-01", ids.get(0));
        assertEquals("Musterprozessregister-Qualität", DefaultRules.get().rules().get(0).ruleSetTitle());
    }

    @Test
    void mpq01ResponsibleUnit() {
        r.pw1.setResponsibleUnit(null);
        expect(r, "MPQ-01 ERROR " + PW1);
    }

    @Test
    void mpq02OzgNeedsLeika() {
        r.pw2.getCatalogueReferences().add(Registers.reference("OZG", "10224")); // id case does not matter
        expect(r, "MPQ-02 ERROR " + PW2);
    }

    @Test
    void mpq03LeikaKeyWellFormed() {
        r.pw1.getCatalogueReferences().get(0).setKey("9901200100000"); // 13 digits: MPQ-04 leaves it to MPQ-03
        r.pw2.getCatalogueReferences().add(Registers.reference("leika", "88012001000000"));
        expect(r, "MPQ-03 ERROR " + PW1, "MPQ-03 ERROR " + PW2);
    }

    @Test
    void mpq04LeikaKeyResolvable() {
        r.pw1.getCatalogueReferences().get(0).setKey("99999999999999");
        expect(r, "MPQ-04 WARNING " + PW1);
    }

    /**
     * MPQ-27 for an imported catalogue: version 1 knows B, version 2 (the same id imported again) no longer does. A
     * reference to a catalogue that is not installed is not judged; a removed LeiKa key is MPQ-04's alone.
     */
    @Test
    void mpq27RemovedCatalogueKey() {
        CatalogueRegistry catalogues = CatalogueRegistry.getDefault();
        try {
            catalogues.register(Catalogue.of("test.oaa", "OAA (Test)", "1", "Test", KeyValidator.ANY,
                    new LoadResult(List.of(new CatalogueEntry("A", "Alpha", null, "x"),
                            new CatalogueEntry("B", "Beta", null, "x")), List.of())));
            r.pw1.getCatalogueReferences().add(Registers.reference("test.oaa", "A"));
            r.pw2.getCatalogueReferences().add(Registers.reference("test.oaa", "B"));
            r.pw2.getCatalogueReferences().add(Registers.reference("nicht.installiert", "X"));
            expect(r);

            catalogues.register(Catalogue.of("test.oaa", "OAA (Test)", "2", "Test", KeyValidator.ANY,
                    new LoadResult(List.of(new CatalogueEntry("A", "Alpha", null, "x"),
                            new CatalogueEntry("C", "Gamma", null, "x")), List.of())));
            expect(r, "MPQ-27 WARNING " + PW2);

            r.pw1.getCatalogueReferences().get(0).setKey("99999999999999"); // a removed LeiKa key
            expect(r, "MPQ-04 WARNING " + PW1, "MPQ-27 WARNING " + PW2);

            catalogues.unregister("test.oaa"); // no version installed: nothing can be said about B
            expect(r, "MPQ-04 WARNING " + PW1);
        } finally {
            catalogues.unregister("test.oaa");
        }
    }

    @Test
    void mpq05ReleasedHasLegalBasis() {
        r.pw1.getLegalBases().clear();
        r.pw2.setStatus(FimStatus.INACTIVE); // inactive is not "released": no legal basis needed
        expect(r, "MPQ-05 ERROR " + PW1);
    }

    @Test
    void mpq06ReleasedHasTrigger() {
        r.pw1.setTrigger("   "); // blanks are no trigger
        expect(r, "MPQ-06 ERROR " + PW1);
    }

    @Test
    void mpq07ReleasedHasResult() {
        r.pw1.setResult(null);
        r.pw2.setResult(null); // draft: not checked
        expect(r, "MPQ-07 ERROR " + PW1);
    }

    @Test
    void mpq08NonNegativeQuantities() {
        r.pw1.setLeadTimeDays(-1);
        r.pw2.setCaseVolumePerYear(-5);
        expect(r, "MPQ-08 ERROR " + PW1, "MPQ-08 ERROR " + PW2);
    }

    @Test
    void mpq09NameGiven() {
        r.pw2.setName("");
        expect(r, "MPQ-09 ERROR " + PW2);
    }

    @Test
    void mpq10NameNotTooLong() {
        r.pw1.setName("x".repeat(120)); // the limit itself is fine
        r.pw2.setName("y".repeat(121));
        expect(r, "MPQ-10 WARNING " + PW2);
    }

    @Test
    void mpq11KeyGiven() {
        r.pw2.setKey(null);
        expect(r, "MPQ-11 ERROR Musterregister/Ordnung/Gewerbe/Steckbrief Gewerbeanmeldung bearbeiten");
    }

    @Test
    void mpq12KeyUnique() {
        r.pw2.setKey(" PW-1");
        expect(r, "MPQ-12 ERROR " + PW1, "MPQ-12 ERROR Musterregister/Ordnung/Gewerbe/Steckbrief PW-1");
    }

    @Test
    void mpq13StatusHistoryConsistent() {
        r.pw1.setStatus(FimStatus.TECHNICALLY_RELEASED_SILVER);
        r.pw2.setStatus(FimStatus.IN_PROGRESS); // no history at all: nothing to compare
        expect(r, "MPQ-13 WARNING " + PW1);
    }

    @Test
    void mpq14ValidityOrdered() {
        r.pw1.setValidTo(Registers.date("2023-12-31"));
        r.pw2.setValidTo(Registers.date("2000-01-01")); // open start: not checked
        expect(r, "MPQ-14 ERROR " + PW1);
    }

    @Test
    void mpq15RequiredAttributesFilled() {
        r.pw2.getAttributeValues().clear();
        r.pw1.getAttributeValues().get(0).setValue(" ");
        expect(r, "MPQ-15 ERROR " + PW1, "MPQ-15 ERROR " + PW2);
    }

    @Test
    void mpq15FollowsTheMethodProfilesScope() {
        r.pw1.setProcessType(org.prozesswerk.model.ProcessType.CORE);
        r.pw2.setProcessType(org.prozesswerk.model.ProcessType.SUPPORT);
        org.prozesswerk.model.AttributeDefinition ordnungOnly = F.createAttributeDefinition();
        ordnungOnly.setId("aktenzeichen");
        ordnungOnly.setRequired(true);
        ordnungOnly.getFolders().add(r.ordnung); // PW-2 lies in its subfolder Gewerbe, PW-1 in Bauen
        org.prozesswerk.model.AttributeDefinition coreOnly = F.createAttributeDefinition();
        coreOnly.setId("kernkennzahl");
        coreOnly.setRequired(true);
        coreOnly.getProcessTypes().add(org.prozesswerk.model.ProcessType.CORE); // PW-1 is a core process
        r.register.getAttributeDefinitions().add(ordnungOnly);
        r.register.getAttributeDefinitions().add(coreOnly);
        assertEquals(List.of(r.register.getAttributeDefinitions().get(0), r.register.getAttributeDefinitions().get(1),
                coreOnly), r.pw1.getApplicableAttributeDefinitions());
        expect(r, "MPQ-15 ERROR " + PW1, "MPQ-15 ERROR " + PW2);
        r.pw1.getAttributeValues().add(Registers.value(coreOnly, "7"));
        expect(r, "MPQ-15 ERROR " + PW2);
        ordnungOnly.getFolders().set(0, r.bauen); // the configuration changes: now PW-1 needs it, PW-2 not
        expect(r, "MPQ-15 ERROR " + PW1);
        ordnungOnly.setRequired(false);
        expect(r);
    }

    @Test
    void mpq16OnlineServiceHasUrl() {
        r.pw1.getContexts().get(0).setUrl(null);
        ProcessContext procedure = F.createProcessContext();
        procedure.setKind(ContextKind.IT_PROCEDURE); // only OAA need an address
        r.pw2.getContexts().add(procedure);
        expect(r, "MPQ-16 WARNING " + PW1);
    }

    @Test
    void mpq17LegalBasisNamed() {
        r.pw1.getLegalBases().add(Registers.legalBasis(null, "§ 3"));
        expect(r, "MPQ-17 WARNING " + PW1);
    }

    @Test
    void mpq18NotItsOwnSuccessor() {
        r.pw2.getSuccessors().add(r.pw2);
        r.pw1.getSuccessors().add(r.pw2);
        expect(r, "MPQ-18 ERROR " + PW2);
    }

    @Test
    void mpq19OrgUnitNamed() {
        r.ordnungsamt.setName(null);
        expect(r, "MPQ-19 ERROR Musterregister/OE 10/OE 32");
    }

    @Test
    void mpq20ShortCodesUnique() {
        OrgUnit buergeramt = Registers.unit("ou-33", "Bürgeramt", "32");
        r.register.getOrganisation().add(buergeramt);
        expect(r, "MPQ-20 ERROR Musterregister/OE 10/OE 32", "MPQ-20 ERROR Musterregister/OE 32");
    }

    @Test
    void mpq21FolderNotEmpty() {
        Folder empty = Registers.folder("f-leer", "Leer");
        r.register.getRootFolders().add(empty);
        expect(r, "MPQ-21 WARNING Musterregister/Leer");
    }

    @Test
    void mpq22FolderNamed() {
        r.bauen.setName(" ");
        expect(r, "MPQ-22 ERROR Musterregister/f-bauen");
    }

    @Test
    void mpq23RegisterNamed() {
        r.register.setName(null);
        expect(r, "MPQ-23 WARNING reg-1");
    }

    @Test
    void messagesFillTheirPlaceholders() {
        r.pw1.setStatus(FimStatus.TECHNICALLY_RELEASED_GOLD);
        r.pw1.getStatusHistory().clear();
        r.pw1.setTrigger(null);
        Violation violation = DefaultRules.get().validate(r.register).violations().get(0);
        assertEquals("MPQ-06", violation.ruleId());
        // The status by its German name (model.edit), as the editors show it, not the model literal.
        assertEquals("Steckbrief PW-1 ist im Status fachlich freigegeben (gold), hat aber keinen Auslöser.",
                violation.message());
    }

    /** Roles and rights with one person who is Modellierer for the register; no administrator yet. */
    private AccessControl roles() {
        AccessControl ac = F.createAccessControl();
        Person tina = F.createPerson();
        tina.setId("person-tina");
        tina.setAccount("tina");
        ac.getPersons().add(tina);
        RoleAssignment modeller = F.createRoleAssignment();
        modeller.setPrincipal(tina);
        modeller.setRole(Role.MODELLER);
        ac.getRoleAssignments().add(modeller);
        r.register.setAccessControl(ac);
        return ac;
    }

    private static void assign(AccessControl ac, Role role, Folder folder) {
        RoleAssignment a = F.createRoleAssignment();
        a.setPrincipal(ac.getPersons().get(0));
        a.setRole(role);
        a.setFolder(folder);
        ac.getRoleAssignments().add(a);
    }

    @Test
    void mpq24AdministratorForTheRegister() {
        AccessControl ac = roles();
        assign(ac, Role.ADMINISTRATOR, r.bauen); // for a folder only: does not count
        expect(r, "MPQ-24 ERROR " + ROLES);
        assign(ac, Role.ADMINISTRATOR, null);
        expect(r);
    }

    @Test
    void mpq25SomebodyMayModel() {
        AccessControl ac = roles();
        assign(ac, Role.ADMINISTRATOR, null);
        ac.getRoleAssignments().get(0).setRole(Role.RELEASER);
        expect(r, "MPQ-25 ERROR " + ROLES);
        r.register.setAccessControl(F.createAccessControl()); // without persons: no roles configured, no check
        expect(r);
    }

    @Test
    void mpq26FolderRightComplete() {
        AccessControl ac = roles();
        assign(ac, Role.ADMINISTRATOR, null);
        FolderRight right = F.createFolderRight();
        right.setFolder(r.bauen);
        right.setRight(AccessRight.NONE);
        ac.getFolderRights().add(right);
        expect(r, "MPQ-26 ERROR " + ROLES + "/FolderRight 1");
        right.setPrincipal(ac.getPersons().get(0));
        expect(r);
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Every path to the model passes the one check in the editing domain: the Properties view (item property
 * descriptors), drag and drop, adding Steckbriefe (imports, wizards), removing, editing roles and rights. A register
 * without roles and rights behaves as before.
 */
class EditingPathsTest {

    private static final ProzesswerkPackage PW = ProzesswerkPackage.eINSTANCE;

    /** Tina may write P/F as Modellierer; the root folder „Archiv“ is read-only for her. */
    private static RightsFixtures.Workbench setUp(String account) {
        ProcessRegister r = RightsFixtures.register();
        Folder archive = TestRegisters.folder("A", "Archiv");
        archive.getProfiles().add(TestRegisters.profile("pa", "A-1", "Archivierter Steckbrief",
                FimStatus.IN_PROGRESS, null));
        r.getRootFolders().add(archive);
        RightsFixtures.folder(r, "F").getProfiles().add(TestRegisters.profile("pf", "F-1", "Gewerbeanmeldung",
                FimStatus.IN_PROGRESS, null));
        AccessControl ac = r.getAccessControl();
        Person tina = TestRegisters.person(ac, "tina", "Tina Modell");
        Person ada = TestRegisters.person(ac, "ada", "Ada Admin");
        TestRegisters.role(ac, tina, Role.MODELLER, null);
        TestRegisters.right(ac, tina, AccessRight.READ, archive);
        TestRegisters.role(ac, ada, Role.ADMINISTRATOR, null);
        return RightsFixtures.workbench(r, account);
    }

    private static ProcessProfile archived(ProcessRegister r) {
        return r.getRootFolders().get(1).getProfiles().get(0);
    }

    private static ProcessProfile writable(ProcessRegister r) {
        return RightsFixtures.folder(r, "F").getProfiles().get(0);
    }

    @Test
    void propertiesViewCannotChangeAReadOnlyFolder() {
        RightsFixtures.Workbench wb = setUp("tina");
        ProcessProfile p = archived(wb.register());
        IItemPropertySource source = (IItemPropertySource) wb.domain().getAdapterFactory().adapt(p,
                IItemPropertySource.class);
        IItemPropertyDescriptor name = source.getPropertyDescriptor(p, PW.getProcessProfile_Name());
        name.setPropertyValue(p, "Geändert über Eigenschaften");
        assertEquals("Archivierter Steckbrief", p.getName());
        Decision refusal = wb.stack().lastRefusal();
        assertNotNull(refusal);
        assertEquals(Decision.Rule.FOLDER_RIGHT, refusal.rule());
        assertTrue(refusal.reason().contains("Archiv"), refusal.reason());
        assertFalse(wb.stack().canUndo(), "a refused command is not on the stack");

        // The same path on a writable folder works and records the editor.
        ProcessProfile w = writable(wb.register());
        source.getPropertyDescriptor(w, PW.getProcessProfile_Name()).setPropertyValue(w, "Gewerbe-Anmeldung");
        assertEquals("Gewerbe-Anmeldung", w.getName());
        assertEquals("tina", w.getLastEditor());
        wb.stack().undo();
        assertEquals("Gewerbeanmeldung", w.getName());
        assertNull(w.getLastEditor(), "undo takes the editor record back too");
    }

    @Test
    void dragAndDropCannotMoveIntoOrOutOfAReadOnlyFolder() {
        RightsFixtures.Workbench wb = setUp("tina");
        Folder archive = wb.register().getRootFolders().get(1);
        Folder folder = RightsFixtures.folder(wb.register(), "F");
        ProcessProfile w = writable(wb.register());
        Command in = DragAndDropCommand.create(wb.domain(), archive, 0.5f, DragAndDropFeedback.DROP_MOVE,
                DragAndDropFeedback.DROP_MOVE, List.of(w));
        assertTrue(in.canExecute());
        wb.stack().execute(in);
        assertEquals(folder, w.eContainer());
        assertNotNull(wb.stack().lastRefusal());

        ProcessProfile a = archived(wb.register());
        Command out = DragAndDropCommand.create(wb.domain(), folder, 0.5f, DragAndDropFeedback.DROP_MOVE,
                DragAndDropFeedback.DROP_MOVE, List.of(a));
        wb.stack().execute(out);
        assertEquals(archive, a.eContainer());
        assertNotNull(wb.stack().lastRefusal());
    }

    @Test
    void importsAndRemovalsRespectTheFolderRight() {
        RightsFixtures.Workbench wb = setUp("tina");
        Folder archive = wb.register().getRootFolders().get(1);
        wb.stack().execute(AddCommand.create(wb.domain(), archive, PW.getFolder_Profiles(),
                TestRegisters.profile("new", "N-1", "Importiert")));
        assertEquals(1, archive.getProfiles().size());
        wb.stack().execute(RemoveCommand.create(wb.domain(), archived(wb.register())));
        assertEquals(1, archive.getProfiles().size());
        Folder folder = RightsFixtures.folder(wb.register(), "F");
        wb.stack().execute(AddCommand.create(wb.domain(), folder, PW.getFolder_Profiles(),
                TestRegisters.profile("new", "N-1", "Importiert")));
        assertEquals(2, folder.getProfiles().size());
    }

    /** „Register aktualisieren“ applies the three-way merge as one command on the register's stack. */
    @Test
    void aRegisterUpdateCannotChangeAReadOnlyFolder() {
        RightsFixtures.Workbench wb = setUp("tina");
        ProcessRegister base = EcoreUtil.copy(wb.register());
        ProcessRegister theirs = EcoreUtil.copy(wb.register());
        archived(theirs).setName("Archiviert, von außen geändert");
        writable(theirs).setName("Gewerbeanmeldung, von außen geändert");
        wb.stack().execute(ThreeWayMerge.merge(base, wb.register(), theirs).createCommand(wb.domain(),
                new MergeDecisions()));
        assertEquals("Archivierter Steckbrief", archived(wb.register()).getName(), "read-only folder untouched");
        assertEquals("Gewerbeanmeldung", writable(wb.register()).getName(), "the refused update changes nothing");
        assertEquals(Decision.Rule.FOLDER_RIGHT, wb.stack().lastRefusal().rule());
        assertFalse(wb.stack().canUndo());

        ProcessRegister onlyWritable = EcoreUtil.copy(base);
        writable(onlyWritable).setName("Gewerbeanmeldung, von außen geändert");
        wb.stack().execute(ThreeWayMerge.merge(base, wb.register(), onlyWritable).createCommand(wb.domain(),
                new MergeDecisions()));
        assertEquals("Gewerbeanmeldung, von außen geändert", writable(wb.register()).getName());
        assertEquals("tina", writable(wb.register()).getLastEditor());
    }

    @Test
    void onlyTheAdministratorEditsRolesAndRights() {
        RightsFixtures.Workbench tina = setUp("tina");
        AccessControl ac = tina.register().getAccessControl();
        tina.stack().execute(AddCommand.create(tina.domain(), ac, PW.getAccessControl_RoleAssignments(),
                RightsFixtures.F.createRoleAssignment()));
        assertEquals(2, ac.getRoleAssignments().size());
        assertEquals(Decision.Rule.ROLE, tina.stack().lastRefusal().rule());

        RightsFixtures.Workbench ada = setUp("ada");
        AccessControl ac2 = ada.register().getAccessControl();
        ada.stack().execute(AddCommand.create(ada.domain(), ac2, PW.getAccessControl_RoleAssignments(),
                RightsFixtures.F.createRoleAssignment()));
        assertEquals(3, ac2.getRoleAssignments().size());
    }

    @Test
    void nobodySignedInIsRefusedWithAClearReason() {
        RightsFixtures.Workbench wb = setUp(null);
        ProcessProfile w = writable(wb.register());
        wb.stack().execute(StatusWorkflow.changeStatus(wb.domain(), w, FimStatus.DRAFT, null, null, Instant.now()));
        assertEquals(FimStatus.IN_PROGRESS, w.getStatus());
        assertEquals(Decision.Rule.PERSON, wb.stack().lastRefusal().rule());
    }

    @Test
    void aRegisterWithoutRolesBehavesAsBefore() {
        ProcessRegister r = TestRegisters.small("Ohne Rollen");
        RightsFixtures.Workbench wb = RightsFixtures.workbench(r, null);
        ProcessProfile p = r.getUnfiledProfiles().get(0);
        p.setStatus(FimStatus.TECHNICALLY_RELEASED_SILVER);
        wb.stack().execute(StatusWorkflow.changeStatus(wb.domain(), p, FimStatus.TECHNICALLY_RELEASED_GOLD, "x",
                null, Instant.now()));
        assertEquals(FimStatus.TECHNICALLY_RELEASED_GOLD, p.getStatus());
        wb.stack().execute(org.eclipse.emf.edit.command.SetCommand.create(wb.domain(), p, PW.getProcessProfile_Name(),
                "Neu"));
        assertEquals("Neu", p.getName());
        assertNull(p.getLastEditor(), "nothing recorded without roles and rights");
        assertNull(wb.stack().lastRefusal());
    }
}

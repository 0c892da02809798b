package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.model.FimStatus.DRAFT;
import static org.prozesswerk.model.FimStatus.INACTIVE;
import static org.prozesswerk.model.FimStatus.IN_PLANNING;
import static org.prozesswerk.model.FimStatus.IN_PROGRESS;
import static org.prozesswerk.model.FimStatus.MARKED_FOR_DELETION;
import static org.prozesswerk.model.FimStatus.METHODICALLY_RELEASED;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_GOLD;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_SILVER;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.StatusChange;
import org.prozesswerk.tests.support.TestRegisters;

/** The FIM status workflow: the table, the command, undo. */
class StatusWorkflowTest {

    private static final Instant WHEN = Instant.parse("2025-03-04T10:15:30Z");

    @Test
    void releasePathGoesOneStepAtATime() {
        assertTrue(StatusWorkflow.isAllowed(IN_PLANNING, IN_PROGRESS));
        assertTrue(StatusWorkflow.isAllowed(IN_PROGRESS, DRAFT));
        assertTrue(StatusWorkflow.isAllowed(DRAFT, METHODICALLY_RELEASED));
        assertTrue(StatusWorkflow.isAllowed(METHODICALLY_RELEASED, TECHNICALLY_RELEASED_SILVER));
        assertTrue(StatusWorkflow.isAllowed(TECHNICALLY_RELEASED_SILVER, TECHNICALLY_RELEASED_GOLD));

        assertFalse(StatusWorkflow.isAllowed(IN_PLANNING, DRAFT), "skips in progress");
        assertFalse(StatusWorkflow.isAllowed(DRAFT, TECHNICALLY_RELEASED_SILVER), "skips the methodical release");
        assertFalse(StatusWorkflow.isAllowed(METHODICALLY_RELEASED, TECHNICALLY_RELEASED_GOLD), "skips silver");
        assertFalse(StatusWorkflow.isAllowed(TECHNICALLY_RELEASED_GOLD, DRAFT), "back only to rework");
    }

    @Test
    void everyActiveStatusCanBeRetiredAndReworked() {
        for (FimStatus status : EnumSet.range(IN_PLANNING, TECHNICALLY_RELEASED_GOLD)) {
            assertTrue(StatusWorkflow.isAllowed(status, INACTIVE), status.getName());
            assertFalse(StatusWorkflow.isAllowed(status, MARKED_FOR_DELETION), "only inactive ones: " + status);
        }
        for (FimStatus status : EnumSet.range(DRAFT, TECHNICALLY_RELEASED_GOLD)) {
            assertTrue(StatusWorkflow.isAllowed(status, IN_PROGRESS), status.getName());
        }
        assertFalse(StatusWorkflow.isAllowed(IN_PROGRESS, IN_PLANNING));
    }

    @Test
    void inactiveAndDeletionCanBeTakenBack() {
        assertEquals(Set.of(IN_PROGRESS, MARKED_FOR_DELETION), StatusWorkflow.successors(INACTIVE));
        assertEquals(Set.of(INACTIVE), StatusWorkflow.successors(MARKED_FOR_DELETION));
        assertEquals(Set.of(IN_PROGRESS, INACTIVE), StatusWorkflow.successors(TECHNICALLY_RELEASED_GOLD));
    }

    @Test
    void successorsAndIsAllowedAgreeAndNoStatusFollowsItself() {
        int allowed = 0;
        for (FimStatus from : FimStatus.VALUES) {
            assertFalse(StatusWorkflow.isAllowed(from, from), from.getName());
            for (FimStatus to : FimStatus.VALUES) {
                assertEquals(StatusWorkflow.successors(from).contains(to), StatusWorkflow.isAllowed(from, to));
                allowed += StatusWorkflow.isAllowed(from, to) ? 1 : 0;
            }
        }
        // 2 + 2 + 3 + 3 + 3 + 2 + 2 + 1 edges in the documented table
        assertEquals(18, allowed);
        assertFalse(StatusWorkflow.isAllowed(null, DRAFT));
    }

    @Test
    void changeSetsStatusAndAppendsHistoryAsOneUndoableStep() {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        ProcessRegister register = TestRegisters.rich();
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem.pwreg"))
                .getContents().add(register);
        ProcessProfile profile = register.getRootFolders().get(0).getFolders().get(0).getProfiles().get(0);
        assertEquals(METHODICALLY_RELEASED, profile.getStatus());
        int historyBefore = profile.getStatusHistory().size();

        Command command = StatusWorkflow.changeStatus(domain, profile, TECHNICALLY_RELEASED_SILVER, "schmidt",
                "fachlich geprüft", WHEN);
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);

        assertEquals(TECHNICALLY_RELEASED_SILVER, profile.getStatus());
        assertEquals(historyBefore + 1, profile.getStatusHistory().size());
        StatusChange entry = profile.getStatusHistory().get(historyBefore);
        assertEquals(METHODICALLY_RELEASED, entry.getFrom());
        assertEquals(TECHNICALLY_RELEASED_SILVER, entry.getTo());
        assertEquals("schmidt", entry.getWho());
        assertEquals("fachlich geprüft", entry.getComment());
        assertEquals(Date.from(WHEN), entry.getWhen());
        assertSame(command, domain.getCommandStack().getUndoCommand(), "one entry on the command stack");

        domain.getCommandStack().undo();
        assertEquals(METHODICALLY_RELEASED, profile.getStatus());
        assertEquals(historyBefore, profile.getStatusHistory().size());
        assertFalse(domain.getCommandStack().canUndo());

        domain.getCommandStack().redo();
        assertEquals(TECHNICALLY_RELEASED_SILVER, profile.getStatus());
        assertEquals(historyBefore + 1, profile.getStatusHistory().size());
    }

    @Test
    void worksWithoutEditingDomain() {
        ProcessProfile profile = TestRegisters.small("x").getUnfiledProfiles().get(0);
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(StatusWorkflow.changeStatus(null, profile, IN_PROGRESS, "cli", null, WHEN));
        assertEquals(IN_PROGRESS, profile.getStatus());
        assertEquals(IN_PLANNING, profile.getStatusHistory().get(0).getFrom());
        stack.undo();
        assertEquals(IN_PLANNING, profile.getStatus());
        assertTrue(profile.getStatusHistory().isEmpty());
    }

    @Test
    void disallowedChangeNamesTheAllowedTargets() {
        ProcessProfile profile = TestRegisters.small("x").getUnfiledProfiles().get(0);
        profile.setStatus(DRAFT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatusWorkflow.changeStatus(null, profile, TECHNICALLY_RELEASED_GOLD, "x", null, WHEN));
        Locale locale = Locale.getDefault();
        for (FimStatus allowed : Set.of(METHODICALLY_RELEASED, IN_PROGRESS, INACTIVE)) {
            assertTrue(e.getMessage().contains(StatusWorkflow.label(allowed, locale)), e.getMessage());
        }
        assertFalse(e.getMessage().contains(StatusWorkflow.label(TECHNICALLY_RELEASED_SILVER, locale)),
                e.getMessage());
        assertEquals(DRAFT, profile.getStatus(), "nothing changed");
        assertTrue(profile.getStatusHistory().isEmpty());
    }

    @Test
    void labelsAreTheFimNames() {
        assertEquals("methodisch freigegeben", StatusWorkflow.label(METHODICALLY_RELEASED, Locale.GERMAN));
        assertEquals("fachlich freigegeben (gold)", StatusWorkflow.label(TECHNICALLY_RELEASED_GOLD, Locale.GERMANY));
        assertEquals("vorgesehen zum Löschen", StatusWorkflow.label(MARKED_FOR_DELETION, Locale.GERMAN));
        assertEquals("marked for deletion", StatusWorkflow.label(MARKED_FOR_DELETION, Locale.ENGLISH));
        for (FimStatus status : FimStatus.VALUES) {
            assertFalse(StatusWorkflow.label(status, Locale.GERMAN).startsWith("!"), status.getName());
        }
    }
}

package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.internal.persistence.RegisterXmiResource;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.TestRegisters;

/** The headless editing domain: item providers, open, change through commands, save, dirty state. */
class RegisterEditingDomainTest {

    @TempDir
    Path dir;

    @Test
    void itemProvidersAreAvailableHeadless() {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        ComposedAdapterFactory factory = assertInstanceOf(ComposedAdapterFactory.class, domain.getAdapterFactory());
        assertInstanceOf(BasicCommandStack.class, domain.getCommandStack());
        ProcessRegister register = TestRegisters.rich();
        ProcessProfile profile = register.getUnfiledProfiles().get(0);

        IItemLabelProvider label = (IItemLabelProvider) factory.adapt(profile, IItemLabelProvider.class);
        assertNotNull(label);
        assertTrue(label.getText(profile).contains("Noch nicht einsortiert"), label.getText(profile));
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(register,
                ITreeItemContentProvider.class);
        assertFalse(tree.getChildren(register).isEmpty());
    }

    @Test
    void openChangeSaveAndReload() throws Exception {
        Path file = dir.resolve("register.pwreg");
        RegisterStore.save(TestRegisters.rich(), file);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();

        ProcessRegister register = RegisterEditingDomain.open(domain, file);
        assertInstanceOf(RegisterXmiResource.class, register.eResource());
        assertEquals(register, RegisterEditingDomain.register(domain).orElseThrow());
        assertFalse(RegisterEditingDomain.isDirty(domain));

        ProcessProfile profile = register.getUnfiledProfiles().get(0);
        domain.getCommandStack().execute(StatusWorkflow.changeStatus(domain, profile, FimStatus.IN_PROGRESS,
                "cli", "Start", Instant.parse("2025-01-02T03:04:05Z")));
        assertTrue(RegisterEditingDomain.isDirty(domain));

        Path saveAs = dir.resolve("neu.pwregb");
        RegisterEditingDomain.save(domain, saveAs);
        assertFalse(RegisterEditingDomain.isDirty(domain));
        assertEquals(RegisterStore.uriOf(saveAs), register.eResource().getURI());

        ProcessProfile reloaded = RegisterStore.load(saveAs).getUnfiledProfiles().get(0);
        assertEquals(FimStatus.IN_PROGRESS, reloaded.getStatus());
        assertEquals("Start", reloaded.getStatusHistory().get(0).getComment());
        assertEquals(FimStatus.IN_PLANNING, RegisterStore.load(file).getUnfiledProfiles().get(0).getStatus(),
                "save-as leaves the original file alone");

        domain.getCommandStack().undo();
        assertTrue(RegisterEditingDomain.isDirty(domain), "undo after save makes the register dirty again");
    }

    @Test
    void saveWithoutRegisterFails() {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        assertThrows(IllegalStateException.class,
                () -> RegisterEditingDomain.save(domain, dir.resolve("leer.pwreg")));
        assertFalse(Files.exists(dir.resolve("leer.pwreg")));
    }

    @Test
    void resourceSetCreatesRegisterResources() {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        Resource resource = domain.getResourceSet().createResource(RegisterStore.uriOf(dir.resolve("x.pwreg")));
        assertInstanceOf(RegisterXmiResource.class, resource);
    }
}

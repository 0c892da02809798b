package org.prozesswerk.ui.navigator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.navigator.RegisterNavigator;
import org.prozesswerk.ui.navigator.internal.RegisterDropAssistant;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.tests.support.TestRegisters;
import org.prozesswerk.tests.support.OpenRegisters;

/** The navigator on a real register file, in the real workbench (UI harness, Xvfb). */
class RegisterNavigatorTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenRegisters registers = new OpenRegisters();

    private RegisterDocument document;

    @Test
    void showsFoldersSteckbriefeAndOrganisationAndMovesByDrop() throws Exception {
        Path file = directory.resolve("Testregister.pwreg");
        RegisterStore.save(register(), file);
        document = registers.open(file);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RegisterNavigator navigator = (RegisterNavigator) page.showView(RegisterNavigator.ID);
        CommonViewer viewer = navigator.getCommonViewer();
        viewer.expandToLevel(3);
        settle();

        Tree tree = viewer.getTree();
        assertEquals(1, tree.getItemCount(), "one open register");
        TreeItem registerItem = tree.getItem(0);
        assertEquals("Gemeinde Musterstadt 1.0", registerItem.getText());
        List<String> level1 = texts(registerItem.getItems());
        // "Methodenprofil" is the method.ui bundle's node under every register (the attribute-definition editor)
        assertEquals(List.of("Methodenprofil", "Bauen und Wohnen (2)", "Familie (1)", "Organisation"), level1);
        assertEquals(List.of("Abbruch anzeigen", "Baugenehmigung erteilen"), // sorted by name
                texts(registerItem.getItem(1).getItems()));
        assertEquals(List.of("10 Hauptamt", "63 Bauordnungsamt"), texts(registerItem.getItem(3).getItems()));

        Folder bauen = document.register().getRootFolders().get(0);
        Folder familie = document.register().getRootFolders().get(1);
        ProcessProfile abbruch = bauen.getProfiles().get(1);
        Command move = RegisterDropAssistant.moveCommand(familie, new StructuredSelection(abbruch));
        assertTrue(move.canExecute());
        document.editingDomain().getCommandStack().execute(move);
        settle();
        assertEquals(familie, abbruch.eContainer());
        assertTrue(document.isDirty());
        assertEquals("*Gemeinde Musterstadt 1.0", registerItem.getText(), "dirty register marked");
        viewer.expandToLevel(3);
        settle();
        assertEquals(List.of("Methodenprofil", "Bauen und Wohnen (1)", "Familie (2)", "Organisation"),
                texts(registerItem.getItems()));

        Path screenshot = Screenshots.take(page.getWorkbenchWindow().getShell(), "navigator");
        assertTrue(screenshot.toFile().length() > 10_000);

        document.editingDomain().getCommandStack().undo();
        settle();
        assertEquals(bauen, abbruch.eContainer(), "undo puts the Steckbrief back");
        assertEquals(1, bauen.getProfiles().indexOf(abbruch), "at its old place");
        assertFalse(document.isDirty());
        assertEquals("Gemeinde Musterstadt 1.0", registerItem.getText());
    }

    @Test
    void aFolderWithoutReadRightIsNotShown() throws Exception {
        ProcessRegister register = register();
        AccessControl ac = F.createAccessControl();
        register.setAccessControl(ac);
        Person nina = TestRegisters.person(ac, "nina", "Nina Neu");
        TestRegisters.role(ac, nina, Role.MODELLER, null);
        TestRegisters.right(ac, nina, AccessRight.NONE, register.getRootFolders().get(1)); // Familie
        TestRegisters.role(ac, TestRegisters.person(ac, "ada", "Ada Admin"), Role.ADMINISTRATOR, null);
        Path file = directory.resolve("Testregister.pwreg");
        RegisterStore.save(register, file);
        CurrentPerson.set("nina");
        try {
            document = RegisterDocuments.getDefault().open(file);
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            CommonViewer viewer = ((RegisterNavigator) page.showView(RegisterNavigator.ID)).getCommonViewer();
            viewer.refresh();
            viewer.expandToLevel(3);
            settle();
            TreeItem registerItem = viewer.getTree().getItem(0);
            assertEquals(List.of("Methodenprofil", "Bauen und Wohnen (2)", "Organisation"),
                    texts(registerItem.getItems()), "Familie (kein Zugriff) is not shown");

            CurrentPerson.set("ada"); // with a role and no right given: may read (and write) every folder
            viewer.refresh();
            viewer.expandToLevel(3);
            settle();
            assertTrue(texts(viewer.getTree().getItem(0).getItems()).contains("Familie (1)"),
                    "the folder is there for a person with read right");
        } finally {
            CurrentPerson.set(null);
        }
    }

    @Test
    void refusesToDropAFolderIntoItself() throws Exception {
        Path file = directory.resolve("Testregister.pwreg");
        RegisterStore.save(register(), file);
        document = registers.open(file);
        Folder bauen = document.register().getRootFolders().get(0);
        assertFalse(RegisterDropAssistant.moveCommand(bauen, new StructuredSelection(bauen)).canExecute());
        OrgUnit unit = document.register().getOrganisation().get(0);
        assertFalse(RegisterDropAssistant.moveCommand(bauen, new StructuredSelection(unit)).canExecute(),
                "org units are not filed in folders");
    }

    private static ProcessRegister register() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("test-register");
        register.setName("Gemeinde Musterstadt");
        register.setVersion("1.0");
        OrgUnit hauptamt = unit("u10", "10", "Hauptamt");
        OrgUnit bauamt = unit("u63", "63", "Bauordnungsamt");
        register.getOrganisation().addAll(List.of(hauptamt, bauamt));
        Folder bauen = folder("f1", "Bauen und Wohnen");
        bauen.getProfiles().add(profile("p1", "Baugenehmigung erteilen", bauamt));
        bauen.getProfiles().add(profile("p2", "Abbruch anzeigen", bauamt));
        Folder familie = folder("f2", "Familie");
        familie.getProfiles().add(profile("p3", "Elterngeld beantragen", hauptamt));
        register.getRootFolders().addAll(List.of(bauen, familie));
        return register;
    }

    private static OrgUnit unit(String id, String code, String name) {
        return TestRegisters.unit(id, name, code, OrgUnitKind.OFFICE);
    }

    private static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    private static ProcessProfile profile(String id, String name, OrgUnit responsible) {
        return TestRegisters.profile(id, "PW-" + id, name, null, responsible);
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText());
        }
        return texts;
    }

    private static void settle() {
        Display display = Display.getCurrent();
        assertNotNull(display);
        Screenshots.settle(display);
    }
}

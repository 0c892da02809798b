package org.prozesswerk.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionContext;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.NavigatorActionService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.navigator.RegisterNavigator;
import org.prozesswerk.ui.wizards.NewFolderWizard;
import org.prozesswerk.ui.wizards.NewProfileWizard;
import org.prozesswerk.ui.wizards.NewRegisterWizard;
import org.prozesswerk.ui.wizards.WizardIds;
import org.prozesswerk.ui.wizards.internal.NewActionProvider;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.HandCountedRegister;

/** The three wizards create what they should, through commands where a register is open; the "Neu" menu. */
class WizardsTest {

    @TempDir
    Path directory;

    private final List<RegisterDocument> opened = new ArrayList<>();
    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        page().closeAllEditors(false);
        opened.forEach(RegisterDocuments.getDefault()::close);
    }

    private WizardDialog open(IWizard wizard) {
        Shell shell = page().getWorkbenchWindow().getShell();
        dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Screenshots.settle();
        return dialog;
    }

    @Test
    void wizardsAreRegisteredInTheProzesswerkCategory() {
        for (String id : List.of(WizardIds.NEW_REGISTER, WizardIds.NEW_FOLDER, WizardIds.NEW_PROFILE)) {
            IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
            assertNotNull(descriptor, id);
            assertEquals("Prozesswerk", descriptor.getCategory().getLabel());
        }
        assertEquals("Steckbrief",
                PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WizardIds.NEW_PROFILE).getLabel());
    }

    @Test
    void newRegisterWritesAnEmptyRegisterWithARootFolderAndOpensIt() throws Exception {
        NewRegisterWizard wizard = new NewRegisterWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        open(wizard);
        assertFalse(wizard.canFinish(), "a name is needed");
        Path file = directory.resolve("Neu").resolve("Gemeinde_Beispielhausen.pwreg");
        wizard.page().setValues("Gemeinde Beispielhausen", "Gemeinde Beispielhausen, Hauptamt", "Prozesse", file);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        Screenshots.take(dialog.getShell(), "assistent-neues-register");
        assertTrue(wizard.performFinish());
        dialog.close();

        assertTrue(Files.isRegularFile(file));
        ProcessRegister saved = RegisterStore.load(file);
        assertEquals("Gemeinde Beispielhausen", saved.getName());
        assertEquals("Gemeinde Beispielhausen, Hauptamt", saved.getPublisher());
        assertEquals(1, saved.getRootFolders().size());
        assertEquals("Prozesse", saved.getRootFolders().get(0).getName());
        assertTrue(saved.getRootFolders().get(0).getProfiles().isEmpty());
        assertTrue(EventLoop.waitFor(() -> RegisterDocuments.getDefault().find(file).isPresent(), 10_000),
                "the new register is open");
        RegisterDocument document = RegisterDocuments.getDefault().find(file).orElseThrow();
        opened.add(document);
        assertFalse(document.isDirty());
    }

    @Test
    void newFolderAndNewSteckbriefAddThroughCommands() throws Exception {
        RegisterDocument document = RegisterDocuments.getDefault().open(HandCountedRegister.write(directory));
        opened.add(document);
        Folder bauen = document.register().getRootFolders().get(0);

        NewFolderWizard folderWizard = new NewFolderWizard();
        folderWizard.init(PlatformUI.getWorkbench(), new StructuredSelection(document));
        open(folderWizard);
        assertEquals(document.register(), folderWizard.page().parentContainer(), "a register means its top level");
        folderWizard.page().setValues(bauen, "Abbruch", null);
        assertFalse(folderWizard.canFinish(), "Bauen und Wohnen has an Abbruch already");
        folderWizard.page().setValues(bauen, "Bauaufsicht", "Überwachung von Bauvorhaben");
        assertTrue(folderWizard.canFinish());
        Screenshots.take(dialog.getShell(), "assistent-neuer-ordner");
        assertTrue(folderWizard.performFinish());
        dialog.close();
        Folder created = folderWizard.created();
        assertEquals(bauen, created.eContainer());
        assertEquals("Überwachung von Bauvorhaben", created.getDescription());
        assertTrue(document.isDirty());

        NewProfileWizard profileWizard = new NewProfileWizard();
        profileWizard.init(PlatformUI.getWorkbench(), new StructuredSelection(created));
        open(profileWizard);
        assertEquals(created, profileWizard.page().folder(), "the selected folder");
        assertEquals("PW-000007", profileWizard.page().key(), "next free key after PW-000006");
        profileWizard.page().setValues("Bauzustandsbesichtigung durchführen", "PW-000003", ProcessType.SUPPORT);
        assertFalse(profileWizard.canFinish(), "PW-000003 is taken");
        profileWizard.page().setValues("Bauzustandsbesichtigung durchführen", "PW-000107", ProcessType.SUPPORT);
        assertTrue(profileWizard.canFinish());
        Screenshots.take(dialog.getShell(), "assistent-neuer-steckbrief");
        assertTrue(profileWizard.performFinish());
        dialog.close();
        ProcessProfile profile = profileWizard.created();
        assertEquals(created, profile.eContainer());
        assertEquals(List.of("Bauzustandsbesichtigung durchführen", "PW-000107", ProcessType.SUPPORT),
                List.of(profile.getName(), profile.getKey(), profile.getProcessType()));
        assertNotNull(profile.getId());
        Screenshots.settle();
        page().closeAllEditors(false);

        document.editingDomain().getCommandStack().undo();
        assertNull(profile.eContainer(), "undo removes the Steckbrief");
        document.editingDomain().getCommandStack().undo();
        assertFalse(bauen.getFolders().contains(created), "undo removes the folder");
        assertFalse(document.isDirty());
    }

    @Test
    void navigatorOffersTheWizardsInItsNewMenu() throws Exception {
        RegisterDocument document = RegisterDocuments.getDefault().open(HandCountedRegister.write(directory));
        opened.add(document);
        IWorkbenchPage page = page();
        RegisterNavigator navigator = (RegisterNavigator) page.showView(RegisterNavigator.ID);
        Folder bauen = document.register().getRootFolders().get(0);
        navigator.getCommonViewer().setSelection(new StructuredSelection(bauen), true);
        IWizardDescriptor fromMuster = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(WizardIds.NEW_REGISTER_FROM_MUSTER);
        List<String> registers = fromMuster == null ? List.of("Register")
                : List.of(fromMuster.getLabel(), "Register").stream().sorted().toList();
        List<String> all = new ArrayList<>(registers);
        all.addAll(List.of("Ordner", "Steckbrief"));
        all.sort(null);
        assertEquals(all, newMenu(navigator, new StructuredSelection(bauen)));
        assertEquals(registers, newMenu(navigator, StructuredSelection.EMPTY), "nothing selected: new registers");
    }

    private static List<String> newMenu(RegisterNavigator navigator, StructuredSelection selection) {
        MenuManager menu = new MenuManager();
        for (String group : List.of(ICommonMenuConstants.GROUP_NEW, ICommonMenuConstants.GROUP_OPEN,
                ICommonMenuConstants.GROUP_OPEN_WITH, ICommonMenuConstants.GROUP_EDIT,
                ICommonMenuConstants.GROUP_ADDITIONS, ICommonMenuConstants.GROUP_PROPERTIES)) {
            menu.add(new GroupMarker(group));
        }
        NavigatorActionService actions = navigator.getNavigatorActionService();
        actions.setContext(new ActionContext(selection));
        actions.fillContextMenu(menu);
        IMenuManager newMenu = menu.findMenuUsingPath(NewActionProvider.MENU_ID);
        assertNotNull(newMenu, "Neu submenu");
        assertEquals("&Neu", ((MenuManager) newMenu).getMenuText());
        List<String> labels = new ArrayList<>();
        for (IContributionItem item : newMenu.getItems()) {
            if (item instanceof ActionContributionItem action) {
                labels.add(action.getAction().getText());
            }
        }
        labels.sort(null);
        return labels;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

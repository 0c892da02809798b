package org.prozesswerk.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus and tool bar of the workbench window. The platform's own action labels are English only (no language packs
 * are published on Maven Central), so each standard action gets its label from our NLS messages.
 */
final class ProzesswerkActionBarAdvisor extends ActionBarAdvisor {

    private IAction save;
    private IAction saveAll;
    private IAction close;
    private IAction closeAll;
    private IAction exit;
    private IAction undo;
    private IAction redo;
    private IAction cut;
    private IAction copy;
    private IAction paste;
    private IAction delete;
    private IAction selectAll;
    private IAction refresh;
    private IAction importWizard;
    private IAction exportWizard;
    private IAction preferences;
    private IAction resetPerspective;
    private IAction about;
    private IContributionItem newWizards;
    private IContributionItem showViews;

    ProzesswerkActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window), Messages.Action_Save);
        saveAll = register(ActionFactory.SAVE_ALL.create(window), Messages.Action_SaveAll);
        close = register(ActionFactory.CLOSE.create(window), Messages.Action_Close);
        closeAll = register(ActionFactory.CLOSE_ALL.create(window), Messages.Action_CloseAll);
        exit = register(ActionFactory.QUIT.create(window), Messages.Action_Exit);
        undo = register(ActionFactory.UNDO.create(window), Messages.Action_Undo);
        redo = register(ActionFactory.REDO.create(window), Messages.Action_Redo);
        cut = register(ActionFactory.CUT.create(window), Messages.Action_Cut);
        copy = register(ActionFactory.COPY.create(window), Messages.Action_Copy);
        paste = register(ActionFactory.PASTE.create(window), Messages.Action_Paste);
        delete = register(ActionFactory.DELETE.create(window), Messages.Action_Delete);
        selectAll = register(ActionFactory.SELECT_ALL.create(window), Messages.Action_SelectAll);
        refresh = register(ActionFactory.REFRESH.create(window), Messages.Action_Refresh);
        importWizard = register(ActionFactory.IMPORT.create(window), Messages.Action_Import);
        exportWizard = register(ActionFactory.EXPORT.create(window), Messages.Action_Export);
        preferences = register(ActionFactory.PREFERENCES.create(window), Messages.Action_Preferences);
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window), Messages.Action_ResetPerspective);
        about = register(ActionFactory.ABOUT.create(window), Messages.Action_About);
        newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IAction register(ActionFactory.IWorkbenchAction action, String label) {
        action.setText(label);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_File, IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager(Messages.Menu_New, ActionFactory.NEW.getId());
        newMenu.add(newWizards);
        menu.add(newMenu);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
        menu.add(new Separator());
        menu.add(close);
        menu.add(closeAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator());
        menu.add(save);
        menu.add(saveAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        menu.add(refresh);
        menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(importWizard);
        menu.add(exportWizard);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(exit);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_Edit, IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_Window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager views = new MenuManager(Messages.Menu_ShowView, "showView");
        views.add(showViews);
        menu.add(views);
        menu.add(resetPerspective);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        // GTK keeps "Preferences" in the Window menu, as the Eclipse IDE does on Linux.
        if (!"cocoa".equals(SWT.getPlatform())) {
            menu.add(new Separator());
            menu.add(preferences);
        }
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_Help, IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        // "Install New Software..." of the p2 UI contributes here ("additions").
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(about);
        return menu;
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
        file.add(save);
        file.add(saveAll);
        file.add(new Separator());
        file.add(undo);
        file.add(redo);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}

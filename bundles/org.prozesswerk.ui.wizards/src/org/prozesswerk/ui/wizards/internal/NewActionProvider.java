package org.prozesswerk.ui.wizards.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionContext;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.eclipse.ui.navigator.WizardActionGroup;

/**
 * The "Neu" submenu of the register navigator: the {@code commonWizard}s of type {@code new} enabled for the
 * selection (register, folder, Steckbrief, or nothing), as contributed here and by other bundles.
 */
public final class NewActionProvider extends CommonActionProvider {

    public static final String MENU_ID = "org.prozesswerk.ui.wizards.newMenu"; //$NON-NLS-1$

    private WizardActionGroup wizards;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            IWorkbenchWindow window = workbenchSite.getWorkbenchWindow();
            wizards = new WizardActionGroup(window, PlatformUI.getWorkbench().getNewWizardRegistry(),
                    WizardActionGroup.TYPE_NEW, site.getContentService());
        }
    }

    @Override
    public void setContext(ActionContext context) {
        super.setContext(context);
        if (wizards != null) {
            wizards.setContext(context);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (wizards == null) {
            return;
        }
        MenuManager newMenu = new MenuManager(Messages.Menu_New, MENU_ID);
        wizards.fillContextMenu(newMenu);
        if (!newMenu.isEmpty()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_NEW, newMenu);
        }
    }

    @Override
    public void dispose() {
        super.dispose(); // resets the context, which still reaches the wizard group
        if (wizards != null) {
            wizards.dispose();
            wizards = null;
        }
    }
}

package org.prozesswerk.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class ProzesswerkWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The window title; also what the smoke test looks for on the X display. */
    static final String WINDOW_TITLE = "Prozesswerk";

    /**
     * Action sets of the platform that a register workbench does not need. org.eclipse.ui.editors shows "Convert Line
     * Delimiters To" in the File menu of every perspective, and an activity does not remove a visible action set.
     */
    private static final String[] HIDDEN_ACTION_SETS = { "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo" };

    ProzesswerkWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ProzesswerkActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(WINDOW_TITLE);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null) {
            hideActionSets(page);
        }
        // A perspective opened or reset later gets the platform's action sets back.
        getWindowConfigurer().getWindow().addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage activePage, IPerspectiveDescriptor perspective) {
                hideActionSets(activePage);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage changedPage, IPerspectiveDescriptor perspective,
                    String changeId) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
                    hideActionSets(changedPage);
                }
            }
        });
    }

    private static void hideActionSets(IWorkbenchPage page) {
        for (String id : HIDDEN_ACTION_SETS) {
            page.hideActionSet(id);
        }
    }
}

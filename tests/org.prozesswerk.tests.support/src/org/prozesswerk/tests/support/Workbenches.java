package org.prozesswerk.tests.support;

import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The running workbench as UI tests set it up and leave it. Call on the UI thread. */
public final class Workbenches {

    private Workbenches() {
    }

    /**
     * The active page, its window at 0,0 with the given size (screenshots of a known size). Fails unless the workbench
     * speaks German, as the UI test parent pom starts it ({@code -nl de}): the tests read its German texts.
     */
    public static IWorkbenchPage page(int width, int height) {
        String language = Locale.getDefault().getLanguage();
        if (!"de".equals(language)) {
            throw new AssertionError("tests run with -nl de, not " + language);
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, width, height);
        return page;
    }

    /** Closes the shells other than the page's window: dialogs a test left open. */
    public static void closeOtherShells(IWorkbenchPage page) {
        Shell main = page.getWorkbenchWindow().getShell();
        for (Shell shell : main.getDisplay().getShells()) {
            if (shell != main) {
                shell.close();
            }
        }
    }

    /** Closes every editor of the page without saving and every open register document, then runs what is pending. */
    public static void closeEditorsAndRegisters(IWorkbenchPage page) {
        page.closeAllEditors(false);
        for (RegisterDocument open : RegisterDocuments.getDefault().documents()) {
            RegisterDocuments.getDefault().close(open);
        }
        EventLoop.drain();
    }
}

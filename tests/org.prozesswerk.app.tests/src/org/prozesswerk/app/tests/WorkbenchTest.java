package org.prozesswerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.PerspectiveIds;

/** Starts the real Prozesswerk workbench (UI harness, Xvfb) and checks what a user sees first. */
class WorkbenchTest {

    @Test
    void windowOpensOnRegisterPerspectiveWithItsViews() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        IWorkbenchPage page = window.getActivePage();

        assertEquals(PerspectiveIds.REGISTER_PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Prozessregister", page.getPerspective().getLabel(), "perspective label in German (-nl de)");
        assertEquals("Prozesswerk", window.getShell().getText());

        List<String> openViews = new ArrayList<>();
        for (IViewReference reference : page.getViewReferences()) {
            openViews.add(reference.getId());
        }
        for (String expected : List.of(PerspectiveIds.START_VIEW, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE)) {
            assertTrue(openViews.contains(expected), expected + " missing; open views: " + openViews);
        }
        assertEquals("Start", page.findViewReference(PerspectiveIds.START_VIEW).getPartName());

        Path screenshot = Screenshots.take(window.getShell(), "workbench");
        assertTrue(Files.size(screenshot) > 10_000, "screenshot suspiciously small: " + screenshot);
    }

    @Test
    void menuBarIsGerman() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu bar = shell.getMenuBar();
        assertNotNull(bar);
        List<String> titles = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            titles.add(item.getText().replace("&", ""));
        }
        List<String> expected = List.of("Datei", "Bearbeiten", "Fenster", "Hilfe");
        // Other bundles may add menus between ours; ours keep their German names and order.
        assertEquals(expected, titles.stream().filter(expected::contains).toList(), "menu bar: " + titles);
        assertEquals("Datei", titles.get(0));
        assertEquals("Hilfe", titles.get(titles.size() - 1));
    }

    @Test
    void fileMenuIsGermanAndHasNoTextEditorChores() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        Menu file = bar.getItem(0).getMenu();
        // Menu managers fill their SWT menus when shown.
        file.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : file.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        file.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Beenden")), "not the Datei menu? " + items);
        assertTrue(items.stream().noneMatch(text -> text.contains("Delimiter") || text.contains("Zeilenbegrenzer")),
                "Datei menu: " + items);
        // platform commands in the menu speak German too (language fragments org.prozesswerk.nl.de.*)
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Datei öffnen...")), "Datei menu: " + items);
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Neu starten")), "Datei menu: " + items);
    }

    /**
     * Every entry of every menu, submenus included, is German: the platform's English labels that Prozesswerk's menus
     * used to show are gone. The whole menu tree is written to target/menus.txt for review.
     */
    @Test
    void noEnglishPlatformLabelsInTheMenus() throws Exception {
        List<String> items = new ArrayList<>();
        collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar(), "", items);
        Files.write(Path.of("target", "menus.txt"), items);
        List<String> english = List.of("Other...", "Open File", "Restart", "Convert Line", "Show Active Keybindings",
                "Check for Updates", "Install New Software");
        List<String> found = items.stream().map(item -> item.strip().replace("&", ""))
                .filter(item -> english.stream().anyMatch(item::startsWith)).toList();
        assertEquals(List.of(), found, "English menu entries; all menus: " + items);
        assertTrue(items.size() > 30, "menus not filled? " + items);
    }

    private static void collect(Menu menu, String indent, List<String> items) {
        menu.notifyListeners(SWT.Show, new Event()); // menu managers fill their SWT menus when shown
        for (MenuItem item : menu.getItems()) {
            items.add(indent + item.getText());
            if (item.getMenu() != null) {
                collect(item.getMenu(), indent + "  ", items);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }
}

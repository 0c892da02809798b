package org.prozesswerk.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.catalog.internal.CatalogueDropAssistant;
import org.prozesswerk.ui.navigator.RegisterNavigator;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.HandCountedRegister;
import org.prozesswerk.tests.support.OpenRegisters;
import org.eclipse.ui.PlatformUI;

/** The Katalog-Browser on the real LeiKa catalogue and a register file with real LeiKa keys. */
class CatalogueBrowserTest {

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenRegisters registers = new OpenRegisters();

    private RegisterDocument document;

    @AfterEach
    void close() {
        LocalSelectionTransfer.getTransfer().setSelection(null);
    }

    private CatalogueBrowserView openBrowser() throws Exception {
        document = registers.open(HandCountedRegister.write(directory));
        IWorkbenchPage page = page();
        page.showView(RegisterNavigator.ID);
        CatalogueBrowserView browser = (CatalogueBrowserView) page.showView(CatalogueBrowserView.ID);
        Job load = browser.selectCatalogue("leika");
        if (load != null) {
            load.join(30_000, null);
            assertTrue(load.getResult() == null || load.getResult().getSeverity() != IStatus.ERROR);
        }
        assertTrue(EventLoop.waitFor(() -> !browser.shownEntries().isEmpty(), 10_000), "LeiKa roots shown");
        browser.search(""); // the view may still show the search of an earlier test
        return browser;
    }

    @Test
    void findsByTextAndKeyPrefixAndCountsReferences() throws Exception {
        CatalogueBrowserView browser = openBrowser();
        assertTrue(browser.statusText().startsWith("4.813 Eintr\u00e4ge"), browser.statusText());

        browser.search("Abbruchgenehmigung");
        List<String> keys = keys(browser.shownEntries());
        assertEquals(List.of(HandCountedRegister.ABBRUCH, HandCountedRegister.ABBRUCH_ERTEILUNG), keys.subList(0, 2),
                "the Leistungsobjekt (shorter label) before its Verrichtung");
        assertEquals("Abbruchgenehmigung", browser.shownEntries().get(0).entry().label());

        browser.search("99012001");
        assertEquals(List.of(HandCountedRegister.ABBRUCH, HandCountedRegister.ABBRUCH_ERTEILUNG),
                keys(browser.shownEntries()), "digits search the key prefix");
        assertEquals("2 Treffer", browser.statusText());

        CatalogueEntryRef erteilung = browser.shownEntries().get(1);
        assertEquals(2, browser.referenceCount(erteilung), "p1 and p2 reference 99012001001000");
        assertEquals(0, browser.referenceCount(browser.shownEntries().get(0)));
        TreeItem item = browser.viewer().getTree().getItem(1);
        assertEquals(List.of("Abbruchgenehmigung Erteilung", HandCountedRegister.ABBRUCH_ERTEILUNG, "2"),
                List.of(item.getText(0), item.getText(1), item.getText(2)));

        browser.viewer().setSelection(new StructuredSelection(erteilung), true);
        Screenshots.settle();
        String details = browser.detailsText();
        assertTrue(details.contains("Schl\u00fcssel: 99012001001000"), details);
        assertTrue(details.contains("\u00dcbergeordnet: Abbruchgenehmigung (99012001000000)"), details);
        assertTrue(details.contains("OZG-ID: 10513"), details);
        assertTrue(details.contains("Steckbriefe mit diesem Eintrag: 2"), details);

        // The parent shows its children lazily and counts the Steckbriefe of its subtree in the details.
        browser.search("");
        browser.search("Abbruchgenehmigung");
        CatalogueEntryRef abbruch = browser.shownEntries().get(0);
        browser.viewer().setSelection(new StructuredSelection(abbruch), true);
        browser.viewer().expandToLevel(abbruch, 1);
        Screenshots.settle();
        assertTrue(browser.detailsText().contains("\u2026 einschlie\u00dflich untergeordneter Eintr\u00e4ge: 2"),
                browser.detailsText());
        browser.viewer().setSelection(new StructuredSelection(erteilung), true);
        Screenshots.settle();

        Path screenshot = Screenshots.take(page().getWorkbenchWindow().getShell(), "katalog-browser");
        assertTrue(screenshot.toFile().length() > 10_000);
    }

    @Test
    void linksBySelectionCommandAndUndoRemovesIt() throws Exception {
        CatalogueBrowserView browser = openBrowser();
        ProcessProfile bau = HandCountedRegister.profile(document.register(), "p3");
        RegisterNavigator navigator = (RegisterNavigator) page().showView(RegisterNavigator.ID);
        navigator.getCommonViewer().expandAll();
        navigator.getCommonViewer().setSelection(new StructuredSelection(bau), true);
        Screenshots.settle();
        assertEquals(bau, browser.linkTarget(), "the Steckbrief selected in the navigator is the link target");

        page().activate(browser);
        browser.search("99012001");
        CatalogueEntryRef erteilung = browser.shownEntries().get(1);
        browser.viewer().setSelection(new StructuredSelection(erteilung), true);
        Screenshots.settle();
        assertTrue(browser.canLink());

        IHandlerService handlers = browser.getSite().getService(IHandlerService.class);
        handlers.executeCommand(CatalogueBrowserView.LINK_COMMAND, null);
        Screenshots.settle();
        assertEquals(2, bau.getCatalogueReferences().size());
        CatalogueReference added = bau.getCatalogueReferences().get(1);
        assertEquals(List.of("leika", HandCountedRegister.ABBRUCH_ERTEILUNG, "Abbruchgenehmigung Erteilung", "2019"),
                List.of(added.getCatalogueId(), added.getKey(), added.getLabel(), added.getCatalogueVersion()));
        assertTrue(document.isDirty());
        assertEquals(3, browser.referenceCount(erteilung), "count follows the change");
        assertFalse(browser.canLink(), "an entry is linked only once");

        document.editingDomain().getCommandStack().undo();
        assertTrue(EventLoop.waitFor(() -> browser.referenceCount(erteilung) == 2, 3_000), "count after undo");
        assertEquals(1, bau.getCatalogueReferences().size(), "undo removes the reference");
        assertFalse(document.isDirty());
    }

    @Test
    void dropOntoASteckbriefInTheNavigatorLinks() throws Exception {
        CatalogueBrowserView browser = openBrowser();
        ProcessProfile fund = HandCountedRegister.profile(document.register(), "p5");
        Folder ordnung = (Folder) fund.eContainer();
        browser.search("Gewerbe Anmeldung");
        CatalogueEntryRef gewerbe = browser.shownEntries().stream()
                .filter(r -> r.key().equals(HandCountedRegister.GEWERBE_ANMELDUNG)).findFirst().orElseThrow();
        StructuredSelection dragged = new StructuredSelection(gewerbe);
        LocalSelectionTransfer.getTransfer().setSelection(dragged);

        RegisterNavigator navigator = (RegisterNavigator) page().showView(RegisterNavigator.ID);
        CommonDropAdapterAssistant[] forProfile = navigator.getNavigatorContentService().getDnDService()
                .findCommonDropAdapterAssistants(fund, dragged);
        assertTrue(Arrays.stream(forProfile).anyMatch(a -> a instanceof CatalogueDropAssistant),
                "the navigator offers the catalogue drop on a Steckbrief: " + Arrays.toString(forProfile));
        CommonDropAdapterAssistant[] forFolder = navigator.getNavigatorContentService().getDnDService()
                .findCommonDropAdapterAssistants(ordnung, dragged);
        assertFalse(Arrays.stream(forFolder).anyMatch(a -> a instanceof CatalogueDropAssistant),
                "not on a folder");

        CatalogueDropAssistant assistant = (CatalogueDropAssistant) Arrays.stream(forProfile)
                .filter(a -> a instanceof CatalogueDropAssistant).findFirst().orElseThrow();
        TransferData local = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        assertTrue(assistant.validateDrop(fund, DND.DROP_COPY, local).isOK());
        assertTrue(assistant.handleDrop(null, null, fund).isOK());
        assertEquals(1, fund.getCatalogueReferences().size());
        assertEquals(HandCountedRegister.GEWERBE_ANMELDUNG, fund.getCatalogueReferences().get(0).getKey());
        assertFalse(assistant.validateDrop(fund, DND.DROP_COPY, local).isOK(), "no second link to the same key");
        assertTrue(EventLoop.waitFor(() -> browser.referenceCount(gewerbe) == 2, 3_000));
        document.editingDomain().getCommandStack().undo();
        assertTrue(fund.getCatalogueReferences().isEmpty());
    }

    private static List<String> keys(List<CatalogueEntryRef> refs) {
        return refs.stream().map(CatalogueEntryRef::key).toList();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

package org.prozesswerk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.tests.support.Screenshots;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.navigator.RegisterNavigator;
import org.prozesswerk.tests.support.EventLoop;
import org.prozesswerk.tests.support.HandCountedRegister;
import org.eclipse.ui.PlatformUI;

/**
 * The dashboard shows the hand-computed figures of the fixture (see {@link HandCountedRegister}) and follows changes.
 */
class DashboardTest {

    @TempDir
    Path directory;

    private RegisterDocument document;
    private RegisterDocument other;

    @AfterEach
    void close() {
        for (RegisterDocument d : new RegisterDocument[] { document, other }) {
            if (d != null) {
                RegisterDocuments.getDefault().close(d);
            }
        }
    }

    @Test
    void showsTheFiguresOfTheFixtureAndFollowsChanges() throws Exception {
        document = RegisterDocuments.getDefault().open(HandCountedRegister.write(directory));
        IWorkbenchPage page = page();
        DashboardView view = (DashboardView) page.showView(DashboardView.ID);
        view.showRegister(document);
        Screenshots.settle();

        assertEquals("Kennzahlen: Stadt Musterstadt 2.0", view.title());
        assertEquals(List.of("6 Steckbriefe", "4 mit Rechtsgrundlage (67 %)", "2 mit Online-Dienst (OAA) (33 %)",
                "1,0 VZ\u00c4 Personalbedarf aus 4 Steckbriefen mit Fallzahlen (1.580 h/Jahr)"), view.keyFigures());
        assertEquals(List.of("4 von 6 Steckbriefen mit LeiKa verkn\u00fcpft (67 %)",
                "1 von 6 Steckbriefen mit OZG-Umsetzungskatalog verkn\u00fcpft (17 %)"), view.coverageLines());

        List<BarChart> charts = view.charts();
        assertEquals("Abdeckung je Katalog", charts.get(0).getTitle());
        assertEquals(List.of("LeiKa 67 %", "OZG-Umsetzungskatalog 17 %"), bars(charts.get(0)));
        assertEquals("Statusverteilung", charts.get(1).getTitle());
        assertEquals(List.of("in Planung 1", "in Bearbeitung 1", "Entwurf 2", "methodisch freigegeben 1",
                "fachlich freigegeben (silber) 0", "fachlich freigegeben (gold) 1", "inaktiv 0",
                "vorgesehen zum L\u00f6schen 0"), bars(charts.get(1)));
        assertEquals("Kapazit\u00e4t je Organisationseinheit (VZ\u00c4)", charts.get(2).getTitle());
        assertEquals(List.of("32 Ordnungsamt 0,6", "63 Bauordnungsamt 0,3", "10 Hauptamt 0,1"),
                bars(charts.get(2)), "the Ämter (three busy units), largest first");

        // An edit through the register's command stack: a legal basis for p3. The figures follow, debounced.
        ProcessProfile p3 = HandCountedRegister.profile(document.register(), "p3");
        var legal = ProzesswerkFactory.eINSTANCE.createLegalBasis();
        legal.setAbbreviation("BauO NRW");
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(), p3,
                ProzesswerkPackage.Literals.PROCESS_PROFILE__LEGAL_BASES, legal));
        assertTrue(EventLoop.waitFor(() -> view.keyFigures().get(1).equals("5 mit Rechtsgrundlage (83 %)"), 3_000),
                view.keyFigures().toString());
        document.editingDomain().getCommandStack().undo();
        assertTrue(EventLoop.waitFor(() -> view.keyFigures().get(1).equals("4 mit Rechtsgrundlage (67 %)"), 3_000));

        page.activate(view);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "dashboard");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.settle();
        Screenshots.take(page.getWorkbenchWindow().getShell(), "dashboard-maximiert");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void followsTheSelectionAndComputesBigRegistersInAJob() throws Exception {
        document = RegisterDocuments.getDefault().open(HandCountedRegister.write(directory));
        Path big = directory.resolve("Gross.pwregb");
        RegisterStore.save(SyntheticRegisterGenerator.generate(20_000, 3), big);
        other = RegisterDocuments.getDefault().open(big);
        IWorkbenchPage page = page();
        DashboardView view = (DashboardView) page.showView(DashboardView.ID);
        RegisterNavigator navigator = (RegisterNavigator) page.showView(RegisterNavigator.ID);

        navigator.getCommonViewer().setSelection(new StructuredSelection(other), true);
        Screenshots.settle();
        assertEquals(other, view.register(), "the register of the navigator's selection");
        assertTrue(EventLoop.waitFor(() -> view.report() != null && view.job() == null, 30_000));
        assertEquals(20_000, view.report().profiles());
        assertTrue(view.keyFigures().get(0).startsWith("20.000 Steckbriefe"), view.keyFigures().toString());

        navigator.getCommonViewer().setSelection(
                new StructuredSelection(HandCountedRegister.profile(document.register(), "p4")), true);
        Screenshots.settle();
        assertEquals(document, view.register(), "a Steckbrief selects its register");
        assertNotNull(view.report());
        assertEquals(6, view.report().profiles());
    }

    private static List<String> bars(BarChart chart) {
        return chart.getBars().stream().map(b -> b.label() + " " + b.valueText()).toList();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

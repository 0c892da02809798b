package org.prozesswerk.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * The index follows each kind of model change, on a small register whose expected answers are obvious.
 *
 * <pre>
 * Folders:  ordnung [gewerbe] → gewerbeFolder [bau]; bauen [];  unfiled: –
 * Units:    dez3 → amt32 → sg321
 * </pre>
 */
class RegisterIndexChangeTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private ProcessRegister register;
    private Folder ordnung;
    private Folder gewerbeFolder;
    private Folder bauen;
    private OrgUnit dez3;
    private OrgUnit amt32;
    private OrgUnit sg321;
    private ProcessProfile gewerbe;
    private ProcessProfile bau;
    private RegisterIndex index;

    @BeforeEach
    void setUp() {
        register = F.createProcessRegister();
        dez3 = unit("dez3");
        amt32 = unit("amt32");
        sg321 = unit("sg321");
        dez3.getChildren().add(amt32);
        amt32.getChildren().add(sg321);
        register.getOrganisation().add(dez3);
        ordnung = folder("ordnung");
        gewerbeFolder = folder("gewerbe");
        bauen = folder("bauen");
        ordnung.getFolders().add(gewerbeFolder);
        register.getRootFolders().addAll(List.of(ordnung, bauen));
        gewerbe = profile("P1", "Gewerbeanmeldung entgegennehmen", FimStatus.DRAFT, sg321);
        bau = profile("P2", "Baugenehmigung erteilen", FimStatus.TECHNICALLY_RELEASED_GOLD, amt32);
        ordnung.getProfiles().add(gewerbe);
        gewerbeFolder.getProfiles().add(bau);
        index = RegisterIndex.build(register);
    }

    @Test
    void addAndRemoveProfile() {
        ProcessProfile neu = profile("P3", "Hundesteuer festsetzen", FimStatus.DRAFT, null);
        bauen.getProfiles().add(neu);
        assertEquals(3, index.size());
        assertEquals(List.of(neu), index.find(q().withText("hundesteuer")));
        assertEquals(Set.of(gewerbe, neu), Set.copyOf(index.find(q().withStatuses(FimStatus.DRAFT))));

        EcoreUtil.remove(neu);
        assertEquals(2, index.size());
        assertEquals(List.of(), index.find(q().withText("hundesteuer")));
        assertEquals(List.of(gewerbe), index.find(q().withStatuses(FimStatus.DRAFT)));
        assertTrue(neu.eAdapters().isEmpty(), "a removed Steckbrief keeps no index adapter");
    }

    @Test
    void changeStatus() {
        gewerbe.setStatus(FimStatus.INACTIVE);
        assertEquals(List.of(), index.find(q().withStatuses(FimStatus.DRAFT)));
        assertEquals(List.of(gewerbe), index.find(q().withStatuses(FimStatus.INACTIVE)));
    }

    @Test
    void moveProfileAndFolder() {
        assertEquals(Set.of(gewerbe, bau), Set.copyOf(index.find(q().withFolder(ordnung))), "with subfolders");
        bauen.getProfiles().add(bau);
        assertEquals(List.of(gewerbe), index.find(q().withFolder(ordnung)));
        assertEquals(List.of(bau), index.find(q().withFolder(bauen)));

        // Moving a whole folder takes its Steckbriefe along.
        bauen.getFolders().add(gewerbeFolder);
        gewerbeFolder.getProfiles().add(gewerbe);
        assertEquals(Set.of(gewerbe, bau), Set.copyOf(index.find(q().withFolder(bauen))));
        assertEquals(List.of(), index.find(q().withFolder(ordnung)));

        register.getUnfiledProfiles().add(bau);
        assertEquals(List.of(gewerbe), index.find(q().withFolder(bauen)));
        assertEquals(2, index.size(), "unfiled Steckbriefe stay indexed");
    }

    @Test
    void removeAndReAddFolderSubtree() {
        EcoreUtil.remove(ordnung);
        assertEquals(0, index.size());
        assertEquals(List.of(), index.find(q().withText("erteilen")));
        bauen.getFolders().add(ordnung);
        assertEquals(2, index.size());
        assertEquals(List.of(bau), index.find(q().withFolder(bauen).withText("erteilen")));
    }

    @Test
    void editText() {
        gewerbe.setName("Gaststättenerlaubnis erteilen");
        assertEquals(List.of(), index.find(q().withText("anmeldung")));
        assertEquals(List.of(gewerbe), index.find(q().withText("gaststaette")), "ä folds to ae");
        assertEquals(Set.of(gewerbe, bau), Set.copyOf(index.find(q().withText("ERTEILEN"))));
        gewerbe.setDescription("Prüfung der Zuverlässigkeit");
        assertEquals(List.of(gewerbe), index.find(q().withText("zuverlaessig pruef")));
        gewerbe.setDescription(null);
        assertEquals(List.of(), index.find(q().withText("zuverlaessig")));
    }

    @Test
    void tagsCataloguesContextsLegalBases() {
        gewerbe.getTags().add("Straße");
        assertEquals(List.of(gewerbe), index.find(q().withTag("STRASSE")));
        gewerbe.getTags().clear();
        assertEquals(List.of(), index.find(q().withTag("strasse")));

        CatalogueReference leika = F.createCatalogueReference();
        leika.setCatalogueId("LEIKA");
        leika.setKey("99050012104000");
        bau.getCatalogueReferences().add(leika);
        assertEquals(List.of(bau), index.find(q().withCatalogue("leika", "99050012")));
        leika.setKey("99011001001000");
        assertEquals(List.of(), index.find(q().withCatalogue("LEIKA", "99050012")));
        assertEquals(List.of(bau), index.find(q().withCatalogue("LEIKA", "99011")));
        leika.setCatalogueId("OZG");
        assertEquals(List.of(), index.find(q().withCatalogue("LEIKA", null)));

        ProcessContext context = F.createProcessContext();
        context.setKind(ContextKind.IT_PROCEDURE);
        gewerbe.getContexts().add(context);
        assertEquals(List.of(), index.find(q().withOnlineService(true)));
        context.setKind(ContextKind.OAA);
        assertEquals(List.of(gewerbe), index.find(q().withOnlineService(true)));
        assertEquals(List.of(bau), index.find(q().withOnlineService(false)));

        bau.getLegalBases().add(F.createLegalBasis());
        assertEquals(List.of(bau), index.find(q().withLegalBasis(true)));
        bau.getLegalBases().clear();
        assertEquals(List.of(), index.find(q().withLegalBasis(true)));
    }

    @Test
    void orgUnitSubtreeAndMoves() {
        assertEquals(Set.of(gewerbe, bau), Set.copyOf(index.find(q().withOrgUnit(dez3))));
        assertEquals(List.of(gewerbe), index.find(q().withOrgUnit(sg321)));
        gewerbe.setResponsibleUnit(null);
        assertEquals(List.of(bau), index.find(q().withOrgUnit(dez3)));
        gewerbe.setResponsibleUnit(sg321);
        OrgUnit dez6 = unit("dez6");
        register.getOrganisation().add(dez6);
        dez6.getChildren().add(sg321);
        assertEquals(List.of(gewerbe), index.find(q().withOrgUnit(dez6)), "the unit moved with its Steckbrief");
        assertEquals(List.of(bau), index.find(q().withOrgUnit(dez3)));
    }

    @Test
    void followsCommandsUndoAndRedo() {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        CommandStack stack = domain.getCommandStack();
        ProcessProfile neu = profile("P4", "Fischereischein ausstellen", FimStatus.IN_PROGRESS, amt32);

        stack.execute(AddCommand.create(domain, bauen, ProzesswerkPackage.Literals.FOLDER__PROFILES, neu));
        assertEquals(List.of(neu), index.find(q().withFolder(bauen).withText("fischerei")));
        stack.execute(SetCommand.create(domain, neu, ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS,
                FimStatus.METHODICALLY_RELEASED));
        assertEquals(List.of(neu), index.find(q().withStatuses(FimStatus.METHODICALLY_RELEASED)));
        stack.execute(RemoveCommand.create(domain, ordnung, ProzesswerkPackage.Literals.FOLDER__PROFILES, gewerbe));
        assertEquals(2, index.size());

        stack.undo();
        assertEquals(3, index.size());
        assertEquals(List.of(gewerbe), index.find(q().withFolder(ordnung).withText("anmeldung")));
        stack.undo();
        assertEquals(List.of(neu), index.find(q().withStatuses(FimStatus.IN_PROGRESS)));
        stack.undo();
        assertEquals(List.of(), index.find(q().withText("fischerei")));
        stack.redo();
        assertEquals(List.of(neu), index.find(q().withText("fischerei")));
    }

    @Test
    void disposeDetachesEverything() {
        long one = indexAdapters();
        assertTrue(one > 0);
        RegisterIndex second = RegisterIndex.build(register);
        assertEquals(2 * one, indexAdapters());
        index.dispose();
        assertTrue(index.isDisposed());
        assertThrows(IllegalStateException.class, () -> index.find(q()));
        assertEquals(one, indexAdapters(), "only the second index is still attached");
        gewerbe.setStatus(FimStatus.INACTIVE);
        assertEquals(List.of(gewerbe), second.find(q().withStatuses(FimStatus.INACTIVE)), "other index unaffected");
        second.dispose();
        assertEquals(0, indexAdapters());
    }

    private long indexAdapters() {
        long count = register.eAdapters().stream().filter(a -> a.isAdapterForType(RegisterIndex.class)).count();
        for (var it = register.eAllContents(); it.hasNext();) {
            count += it.next().eAdapters().stream().filter(a -> a.isAdapterForType(RegisterIndex.class)).count();
        }
        return count;
    }

    @Test
    void queryIsAnImmutableValue() {
        RegisterQuery base = q().withStatuses(FimStatus.DRAFT);
        RegisterQuery text = base.withText("Straße");
        assertNull(base.text());
        assertNotEquals(base, text);
        assertEquals(List.of("strasse"), text.textTerms());
        assertEquals(base, text.withText("  - "), "a text without words removes the criterion");
        assertTrue(q().withStatuses(Set.of()).withTag(" ").withCatalogue(null, "99").isUnrestricted());
        assertFalse(text.isUnrestricted());
        assertEquals(text.hashCode(), base.withText("Straße").hashCode());
    }

    private static RegisterQuery q() {
        return RegisterQuery.all();
    }

    private static Folder folder(String id) {
        return TestRegisters.folder(id, id);
    }

    private static OrgUnit unit(String id) {
        return TestRegisters.unit(id, id);
    }

    private static ProcessProfile profile(String key, String name, FimStatus status, OrgUnit unit) {
        return TestRegisters.profile(null, key, name, status, unit);
    }
}

package org.prozesswerk.tests.support;

import java.nio.file.Path;
import java.util.List;

import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * A small register with real LeiKa and OZG keys whose figures are worked out by hand (the views' tests check
 * search results, dashboard figures and catalogue reference counts against it):
 *
 * <pre>
 * Dezernat I (d1): 10 Hauptamt (u10), 32 Ordnungsamt (u32);  Dezernat VI (d6): 63 Bauordnungsamt (u63)
 * Bauen und Wohnen (f-bauen) / Abbruch (f-abbruch);  Sicherheit und Ordnung (f-ordnung)
 *
 * id  name                          folder     unit status  LeiKa / OZG                 legal OAA cases×min = h
 * p1  Abbruchgenehmigung erteilen   f-abbruch  u63  3       99012001001000              yes   yes 120×240 = 480
 * p2  Abbruch anzeigen              f-abbruch  u63  2       99012001001000 / OZG 10513  yes   no   80×30  =  40
 * p3  Baugenehmigung erteilen       f-bauen    u63  4       99012008001000              no    no   –
 * p4  Gewerbe anmelden              f-ordnung  u32  6       99050012104000              yes   yes 3000×18 = 900
 * p5  Fundsache entgegennehmen      f-ordnung  u32  1       –                           no    no   –
 * p6  Personalakte führen           (unfiled)  u10  3       –                           yes   no  100×96  = 160
 * </pre>
 *
 * So: 6 Steckbriefe; LeiKa 4 of 6 (67 %), OZG 1 of 6 (17 %); legal basis 4 (67 %); OAA 2 (33 %); 4 with case
 * numbers, 1,580 h = 0.9875 FTE at 1,600 h; units u32 900 h (0.5625), u63 520 h (0.325), u10 160 h (0.1); status
 * 1:1, 2:1, 3:2, 4:1, 6:1. LeiKa 99012001001000 is referenced by 2 Steckbriefe.
 */
public final class HandCountedRegister {

    public static final String ABBRUCH_ERTEILUNG = "99012001001000";
    public static final String ABBRUCH = "99012001000000";
    public static final String BAU_ERTEILUNG = "99012008001000";
    public static final String GEWERBE_ANMELDUNG = "99050012104000";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private HandCountedRegister() {
    }

    /** Saves the register as Musterstadt.pwreg in {@code directory}. */
    public static Path write(Path directory) throws Exception {
        Path file = directory.resolve("Musterstadt.pwreg");
        RegisterStore.save(register(), file);
        return file;
    }

    public static ProcessRegister register() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("musterstadt");
        register.setName("Stadt Musterstadt");
        register.setVersion("2.0");
        register.setPublisher("Stadt Musterstadt, Hauptamt");
        register.getUsedCatalogues().add(TestRegisters.usage("leika", "2019"));
        register.getUsedCatalogues().add(TestRegisters.usage("ozg", "2019"));

        OrgUnit d1 = TestRegisters.unit("d1", "Dezernat I \u2013 Allgemeine Verwaltung", null, OrgUnitKind.DEPARTMENT);
        OrgUnit u10 = TestRegisters.unit("u10", "Hauptamt", "10", OrgUnitKind.OFFICE);
        OrgUnit u32 = TestRegisters.unit("u32", "Ordnungsamt", "32", OrgUnitKind.OFFICE);
        d1.getChildren().addAll(List.of(u10, u32));
        OrgUnit d6 = TestRegisters.unit("d6", "Dezernat VI \u2013 Bauen", null, OrgUnitKind.DEPARTMENT);
        OrgUnit u63 = TestRegisters.unit("u63", "Bauordnungsamt", "63", OrgUnitKind.OFFICE);
        d6.getChildren().add(u63);
        register.getOrganisation().addAll(List.of(d1, d6));

        Folder bauen = TestRegisters.folder("f-bauen", "Bauen und Wohnen");
        Folder abbruch = TestRegisters.folder("f-abbruch", "Abbruch");
        bauen.getFolders().add(abbruch);
        Folder ordnung = TestRegisters.folder("f-ordnung", "Sicherheit und Ordnung");
        register.getRootFolders().addAll(List.of(bauen, ordnung));

        ProcessProfile p1 = profile("p1", "Abbruchgenehmigung erteilen", u63, FimStatus.DRAFT, 120, 240);
        p1.getCatalogueReferences().add(leika(ABBRUCH_ERTEILUNG, "Abbruchgenehmigung Erteilung"));
        p1.getLegalBases().add(legal("BauO NRW", "\u00a7 62"));
        p1.getContexts().add(oaa("Bauportal"));
        p1.getTags().add("Bauen");
        ProcessProfile p2 = profile("p2", "Abbruch anzeigen", u63, FimStatus.IN_PROGRESS, 80, 30);
        p2.getCatalogueReferences().add(leika(ABBRUCH_ERTEILUNG, "Abbruchgenehmigung Erteilung"));
        p2.getCatalogueReferences().add(reference("ozg", "10513", "Abbruchgenehmigung"));
        p2.getLegalBases().add(legal("BauO NRW", "\u00a7 62"));
        p2.getTags().add("Bauen");
        abbruch.getProfiles().addAll(List.of(p1, p2));
        ProcessProfile p3 = profile("p3", "Baugenehmigung erteilen", u63, FimStatus.METHODICALLY_RELEASED, 0, 0);
        p3.getCatalogueReferences().add(leika(BAU_ERTEILUNG, "Baugenehmigung Erteilung"));
        bauen.getProfiles().add(p3);
        ProcessProfile p4 = profile("p4", "Gewerbe anmelden", u32, FimStatus.TECHNICALLY_RELEASED_GOLD, 3000, 18);
        p4.getCatalogueReferences().add(leika(GEWERBE_ANMELDUNG, "Gewerbe Anmeldung"));
        p4.getLegalBases().add(legal("GewO", "\u00a7 14"));
        p4.getContexts().add(oaa("Gewerbe-Service-Portal"));
        p4.getTags().add("Gewerbe");
        ProcessProfile p5 = profile("p5", "Fundsache entgegennehmen", u32, FimStatus.IN_PLANNING, 0, 0);
        ordnung.getProfiles().addAll(List.of(p4, p5));
        ProcessProfile p6 = profile("p6", "Personalakte f\u00fchren", u10, FimStatus.DRAFT, 100, 96);
        p6.getLegalBases().add(legal("BeamtStG", "\u00a7 50"));
        register.getUnfiledProfiles().add(p6);
        return register;
    }

    private static ProcessProfile profile(String id, String name, OrgUnit unit, FimStatus status, int cases,
            double minutes) {
        ProcessProfile profile = TestRegisters.profile(id, "PW-00000" + id.substring(1), name, status, unit);
        profile.setProcessType(ProcessType.CORE);
        profile.setCaseVolumePerYear(cases);
        profile.setProcessingMinutesPerCase(minutes);
        return profile;
    }

    private static CatalogueReference leika(String key, String label) {
        return reference("leika", key, label);
    }

    public static CatalogueReference reference(String catalogue, String key, String label) {
        return TestRegisters.reference(catalogue, key, label, "2019");
    }

    private static LegalBasis legal(String abbreviation, String paragraph) {
        return TestRegisters.legalBasis(abbreviation, paragraph, null, null, null);
    }

    private static ProcessContext oaa(String name) {
        ProcessContext context = F.createProcessContext();
        context.setKind(ContextKind.OAA);
        context.setName(name);
        return context;
    }

    /** The Steckbrief of a loaded register by its id. */
    public static ProcessProfile profile(ProcessRegister register, String id) {
        return (ProcessProfile) register.eResource().getEObject(id);
    }
}

package org.prozesswerk.merge.tests;

import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * The hand-written base register of the conflict tests: units 10 (with 10.1) and 32, folders Bürgerdienste (with
 * Meldewesen) and Bauen, Steckbriefe PW-1 and PW-2 (successor of PW-1) in Meldewesen, PW-3 in Bauen.
 */
final class SmallRegister {

    static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    static ProcessRegister create() {
        ProcessRegister r = F.createProcessRegister();
        r.setId("reg");
        r.setName("Musterregister");
        OrgUnit u10 = unit("u10", "10", "Hauptamt");
        OrgUnit u101 = unit("u101", "10.1", "Organisation");
        u10.getChildren().add(u101);
        OrgUnit u32 = unit("u32", "32", "Ordnungsamt");
        r.getOrganisation().add(u10);
        r.getOrganisation().add(u32);
        Folder f1 = folder("f1", "Bürgerdienste");
        Folder f11 = folder("f11", "Meldewesen");
        f1.getFolders().add(f11);
        Folder f2 = folder("f2", "Bauen");
        r.getRootFolders().add(f1);
        r.getRootFolders().add(f2);
        ProcessProfile p1 = profile("p1", "PW-1", "Anmeldung Wohnsitz", "99115001001000", u101);
        p1.getLegalBases().add(legal("BMG", "§ 17", "Anmeldung"));
        ProcessProfile p2 = profile("p2", "PW-2", "Abmeldung Wohnsitz", "99115002001000", u101);
        p2.getPredecessors().add(p1);
        ProcessProfile p3 = profile("p3", "PW-3", "Baugenehmigung", "99025001001000", u32);
        p3.getLegalBases().add(legal("BauGB", "§ 34", "Innenbereich"));
        f11.getProfiles().add(p1);
        f11.getProfiles().add(p2);
        f2.getProfiles().add(p3);
        return r;
    }

    static OrgUnit unit(String id, String code, String name) {
        return TestRegisters.unit(id, name, code, null);
    }

    static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    /** A Steckbrief in status draft with a LeiKa reference labelled with its name. */
    static ProcessProfile profile(String id, String key, String name, String leika, OrgUnit unit) {
        ProcessProfile p = TestRegisters.profile(id, key, name, FimStatus.DRAFT, unit);
        p.getCatalogueReferences().add(TestRegisters.reference("leika", leika, name, null));
        return p;
    }

    static LegalBasis legal(String abbreviation, String paragraph, String title) {
        return TestRegisters.legalBasis(abbreviation, paragraph, title, null, null);
    }

    private SmallRegister() {
    }
}

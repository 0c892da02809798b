package org.prozesswerk.diagram.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A small municipality: 7 units (2 departments, 5 offices, one with a subunit), 5 Steckbriefe in 3 folders and one
 * unfiled, 2 flows. Saved and loaded like a real register, so ids resolve through the resource.
 *
 * <pre>
 * I  Dezernat I        II Dezernat II
 * ├─ 10 Hauptamt       ├─ 32 Ordnungsamt
 * └─ 20 Kämmerei       │  └─ 321 Bürgerbüro
 *                      └─ 63 Bauordnungsamt
 * Bauen: p1 (63) → p2 (63); Bauen/Gewerbe: p3 (32) → p4 (Familie, 10); unfiled: p5 (321)
 * </pre>
 */
final class Fixture {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private Fixture() {
    }

    static ProcessRegister register() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("fixture");
        register.setName("Gemeinde Musterstadt");
        OrgUnit d1 = unit("I", "I", "Dezernat I", OrgUnitKind.DEPARTMENT);
        OrgUnit u10 = unit("u10", "10", "Hauptamt", OrgUnitKind.OFFICE);
        OrgUnit u20 = unit("u20", "20", "Kämmerei", OrgUnitKind.OFFICE);
        d1.getChildren().addAll(List.of(u10, u20));
        OrgUnit d2 = unit("II", "II", "Dezernat II", OrgUnitKind.DEPARTMENT);
        OrgUnit u32 = unit("u32", "32", "Ordnungsamt", OrgUnitKind.OFFICE);
        OrgUnit u321 = unit("u321", "321", "Bürgerbüro", OrgUnitKind.DIVISION);
        u32.getChildren().add(u321);
        OrgUnit u63 = unit("u63", "63", "Bauordnungsamt", OrgUnitKind.OFFICE);
        d2.getChildren().addAll(List.of(u32, u63));
        register.getOrganisation().addAll(List.of(d1, d2));

        ProcessProfile p1 = profile("p1", "Baugenehmigung erteilen", u63, FimStatus.DRAFT, 2, 400, 240);
        ProcessProfile p2 = profile("p2", "Baufreigabe erteilen", u63, FimStatus.METHODICALLY_RELEASED, 1, 300, 60);
        ProcessProfile p3 = profile("p3", "Gewerbe anmelden", u32, FimStatus.TECHNICALLY_RELEASED_GOLD, 4, 2000, 20);
        ProcessProfile p4 = profile("p4", "Elterngeld beantragen", u10, FimStatus.IN_PROGRESS, 3, 800, 90);
        ProcessProfile p5 = profile("p5", "Personalausweis beantragen", u321, FimStatus.DRAFT, 0, 5000, 15);
        p1.getSuccessors().add(p2);
        p3.getSuccessors().add(p4);
        Folder bauen = folder("f-bauen", "Bauen und Wohnen");
        bauen.getProfiles().addAll(List.of(p1, p2));
        Folder gewerbe = folder("f-gewerbe", "Gewerbe");
        gewerbe.getProfiles().add(p3);
        bauen.getFolders().add(gewerbe);
        Folder familie = folder("f-familie", "Familie");
        familie.getProfiles().add(p4);
        register.getRootFolders().addAll(List.of(bauen, familie));
        register.getUnfiledProfiles().add(p5);
        return register;
    }

    /** The fixture saved into {@code directory}, loaded into a fresh domain and published for diagrams. */
    static DiagramSource open(Path directory) throws Exception {
        Path file = directory.resolve("Musterstadt.pwreg");
        RegisterStore.save(register(), file);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        ProcessRegister register = RegisterEditingDomain.open(domain, file);
        DiagramSource source = DiagramSource.headless(file, domain, register);
        DiagramSources.publish(source);
        return source;
    }

    static OrgUnit unit(String id, String code, String name, OrgUnitKind kind) {
        return TestRegisters.unit(id, name, code, kind);
    }

    static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    static ProcessProfile profile(String id, String name, OrgUnit unit, FimStatus status, int degree, int cases,
            double minutes) {
        ProcessProfile profile = TestRegisters.profile(id, "PW-" + id, name, status, unit);
        profile.setDigitalisationDegree(degree);
        profile.setCaseVolumePerYear(cases);
        profile.setProcessingMinutesPerCase(minutes);
        return profile;
    }
}

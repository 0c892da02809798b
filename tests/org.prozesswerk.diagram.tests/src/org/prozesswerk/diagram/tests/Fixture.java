package org.prozesswerk.diagram.tests;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A small municipality ({@link TestRegisters#musterstadt()}): 7 units (2 departments, 5 offices, one with a subunit), 5 Steckbriefe in 3 folders and one
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

    private Fixture() {
    }

    static ProcessRegister register() {
        return TestRegisters.musterstadt();
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

    /**
     * The fixture with roles and rights, in a domain on the {@link RightsCommandStack} acting as {@code account}:
     * „bea“ is Betrachterin, „mo“ Modellierer who may only read the folder „Gewerbe“ (Steckbrief p3), „ad“
     * Administrator.
     */
    static DiagramSource openWithRights(Path directory, Supplier<String> account) throws Exception {
        ProcessRegister register = register();
        AccessControl ac = ProzesswerkFactory.eINSTANCE.createAccessControl();
        register.setAccessControl(ac);
        Person bea = TestRegisters.person(ac, "bea", "Bea Betrachter");
        Person mo = TestRegisters.person(ac, "mo", "Moritz Modell");
        TestRegisters.role(ac, bea, Role.VIEWER, null);
        TestRegisters.role(ac, mo, Role.MODELLER, null);
        TestRegisters.role(ac, TestRegisters.person(ac, "ad", "Adam Admin"), Role.ADMINISTRATOR, null);
        Folder gewerbe = null;
        for (var it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Folder f && "f-gewerbe".equals(f.getId())) {
                gewerbe = f;
            }
        }
        TestRegisters.right(ac, mo, AccessRight.READ, gewerbe);
        Path file = directory.resolve("Musterstadt.pwreg");
        RegisterStore.save(register, file);
        RightsCommandStack stack = new RightsCommandStack(account);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(stack);
        stack.install(domain);
        ProcessRegister loaded = RegisterEditingDomain.open(domain, file);
        DiagramSource source = DiagramSource.headless(file, domain, loaded);
        DiagramSources.publish(source);
        return source;
    }
}

package org.prozesswerk.diagram.tests;

import java.nio.file.Path;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.model.ProcessRegister;
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
}

package org.prozesswerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueDiff;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CatalogueImporter.ImportSpec;
import org.prozesswerk.catalog.CatalogueReferenceCommands;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A new version of an imported catalogue: keys removed and relabelled are found, the affected Steckbriefe named,
 * references moved to a successor in one undoable command, label snapshots refreshed.
 */
class CatalogueVersionTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    private static final ImportSpec V1 = spec("1");

    @TempDir
    Path tmp;

    private static ImportSpec spec(String version) {
        return new ImportSpec("user.tasks", "Aufgaben", version, null, new CsvMapping("Nr", "Aufgabe"), null, null);
    }

    private Catalogue importVersion(String name, String rows, ImportSpec spec) throws IOException {
        Path csv = tmp.resolve(name);
        Files.writeString(csv, "Nr;Aufgabe\n" + rows, StandardCharsets.UTF_8);
        return new CatalogueImporter(tmp.resolve("catalogues")).importCsv(csv, spec);
    }

    private static CatalogueReference reference(ProcessProfile profile, String key, String label) {
        CatalogueReference reference = TestRegisters.reference("user.tasks", key, label, "1");
        profile.getCatalogueReferences().add(reference);
        return reference;
    }

    private static ProcessProfile profile(ProcessRegister register, String key) {
        ProcessProfile profile = TestRegisters.profile(key, key, "Steckbrief " + key);
        register.getUnfiledProfiles().add(profile);
        return profile;
    }

    @Test
    void removedAndRelabelledKeysAffectedSteckbriefeSuccessorAndLabels() throws IOException {
        Catalogue v1 = importVersion("v1.csv", "1;Haushalt\n2;Personal\n3;Vergabe\n", V1);
        v1.load();
        Catalogue v2 = importVersion("v2.csv", "1;Haushalt und Finanzen\n3;Vergabe\n4;Personal und Organisation\n",
                spec("2"));
        CatalogueDiff diff = CatalogueDiff.between(v1, v2);
        assertEquals(List.of("4"), diff.added().stream().map(e -> e.key()).toList());
        assertEquals(List.of("2"), diff.removed().stream().map(e -> e.key()).toList());
        assertEquals(List.of(new CatalogueDiff.Relabelled("1", "Haushalt", "Haushalt und Finanzen")), diff.relabelled());

        ProcessRegister register = F.createProcessRegister();
        ProcessProfile a = profile(register, "A");
        ProcessProfile b = profile(register, "B");
        ProcessProfile c = profile(register, "C");
        CatalogueReference aOld = reference(a, "2", "Personal");
        reference(b, "2", "Personal");
        reference(b, "4", "Personal und Organisation");
        reference(c, "1", "Haushalt");
        reference(c, "3", "Vergabe");

        CatalogueRegistry registry = new CatalogueRegistry();
        registry.register(v2);
        Map<ProcessProfile, List<CatalogueReference>> affected = CatalogueReferenceCommands.affected(register,
                "user.tasks", diff);
        assertEquals(List.of(a, b, c), List.copyOf(affected.keySet()));
        assertFalse(registry.isResolved(aOld), "a removed key no longer resolves (rules: ist auflösbar)");

        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Command move = CatalogueReferenceCommands.moveToSuccessor(domain, register, v2, "2", v2.entry("4").orElseThrow());
        assertTrue(move.canExecute());
        domain.getCommandStack().execute(move);
        assertEquals("4", aOld.getKey());
        assertEquals("Personal und Organisation", aOld.getLabel());
        assertEquals("2", aOld.getCatalogueVersion());
        assertEquals(List.of("4"), b.getCatalogueReferences().stream().map(CatalogueReference::getKey).toList(),
                "B referred to the successor already: the old reference goes, no duplicate");
        assertTrue(registry.isResolved(aOld));

        domain.getCommandStack().undo();
        assertEquals("2", aOld.getKey(), "one step undoes all");
        assertEquals("Personal", aOld.getLabel());
        assertEquals(2, b.getCatalogueReferences().size());
        domain.getCommandStack().redo();

        Command refresh = CatalogueReferenceCommands.refreshLabels(domain, register, v2);
        assertTrue(refresh.canExecute());
        domain.getCommandStack().execute(refresh);
        assertEquals("Haushalt und Finanzen", c.getCatalogueReferences().get(0).getLabel());
        assertEquals("2", c.getCatalogueReferences().get(1).getCatalogueVersion());
        assertFalse(CatalogueReferenceCommands.refreshLabels(domain, register, v2).canExecute(), "all current now");
    }
}

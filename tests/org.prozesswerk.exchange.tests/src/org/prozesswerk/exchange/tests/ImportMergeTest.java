package org.prozesswerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ImportMerge;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CsvExporter;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxExporter;
import org.prozesswerk.exchange.office.XlsxImporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Re-imports through the merge engine (issue 16): the real FIM XProzess message, a CSV and an XLSX list imported twice
 * give one Steckbrief per key, take the file's changes, keep local edits (three-way against the remembered import),
 * report conflicts, and leave the register untouched on bad input.
 */
class ImportMergeTest {

    private static final String REAL_NAME = ExchangeFixtures.REAL_NAME;

    @TempDir
    Path folder;

    /** The register file under test, held in an editing domain as the command line and the workbench hold it. */
    private final AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(new BasicCommandStack());
    private Path registerFile;
    private ProcessRegister register;

    private void newRegister() {
        registerFile = folder.resolve("register.pwreg");
        register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId(UUID.randomUUID().toString());
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(registerFile.toString()));
        resource.getContents().add(register);
    }

    /** Imports and applies with {@code decisions}; returns the analysed import. */
    private ImportMerge.Prepared importAndApply(Importer importer, String format, Path source,
            MergeDecisions decisions) throws Exception {
        ImportMerge.Prepared prepared = ImportMerge.prepare(importer, format, source, register, registerFile,
                Map.of(), new NullProgressMonitor());
        assertTrue(prepared.result().openConflicts(decisions).isEmpty(), () -> "open: "
                + prepared.result().openConflicts(decisions));
        ProcessRegister before = EcoreUtil.copy(register);
        Command command = prepared.result().createCommand(domain, decisions);
        domain.getCommandStack().execute(command);
        assertEquals(List.of(), RegisterIntegrity.check(register));
        // one undoable command: undo restores the register exactly, redo applies it again
        domain.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, register), "undo restores the register");
        domain.getCommandStack().redo();
        RegisterStore.save(register, registerFile);
        prepared.commit(registerFile);
        return prepared;
    }

    /** A new register with the real message imported into it; returns the message file. */
    private Path firstImportOfTheRealMessage() throws Exception {
        newRegister();
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        importAndApply(new XProzessImporter(), "xprozess", message, new MergeDecisions());
        return message;
    }

    private static Path xprozessWithName(Path original, Path target, String newName) throws Exception {
        String text = Files.readString(original, StandardCharsets.UTF_8);
        assertTrue(text.contains(REAL_NAME));
        Files.writeString(target, text.replace(REAL_NAME, newName), StandardCharsets.UTF_8);
        return target;
    }

    @Test
    void theRealXProzessMessageTwiceGivesOneSteckbriefWithTheNewNameAndTheLocalEdit() throws Exception {
        newRegister();
        Path message = ExchangeFixtures.realXProzessMessage(Files.createDirectories(folder.resolve("download")));
        Path first = Files.copy(message, folder.resolve("nachricht.xml"));
        ImportMerge.Prepared one = importAndApply(new XProzessImporter(), "xprozess", first, new MergeDecisions());
        assertFalse(one.threeWay(), "nothing remembered before the first import");
        assertEquals(0, one.matched());
        assertEquals(1, Steckbriefe.all(register).size());
        assertTrue(Files.isRegularFile(ImportMerge.snapshotFile(registerFile, "xprozess", first)));
        assertTrue(Files.isRegularFile(folder.resolve("modelle/" + ExchangeFixtures.REAL_KEY + ".bpmn")),
                "the model written next to the register");

        // a local edit of a field the message does not fill
        ProcessProfile local = Steckbriefe.all(register).get(0);
        local.setShortDescription("Lokal ergänzt: Zuständigkeit im Landkreis");
        RegisterStore.save(register, registerFile);

        // the next message under the same name: a new process name
        xprozessWithName(message, first, REAL_NAME + " (2025)");
        ImportMerge.Prepared two = importAndApply(new XProzessImporter(), "xprozess", first, new MergeDecisions());
        assertTrue(two.threeWay());
        assertEquals(1, two.matched());
        List<ProcessProfile> all = Steckbriefe.all(register);
        assertEquals(1, all.size(), "updated, not copied");
        assertEquals(REAL_NAME + " (2025)", all.get(0).getName());
        assertEquals("Lokal ergänzt: Zuständigkeit im Landkreis", all.get(0).getShortDescription());
        assertEquals(ExchangeFixtures.REAL_KEY, all.get(0).getKey());
        assertEquals(1, Steckbriefe.all(RegisterStore.load(registerFile)).size(), "saved with one Steckbrief");

        // local and file change the same field: a conflict, nothing overwritten without a decision
        all.get(0).setName("Mutterschutz-Anzeige (lokaler Name)");
        xprozessWithName(message, first, REAL_NAME + " (2026)");
        ImportMerge.Prepared three = ImportMerge.prepare(new XProzessImporter(), "xprozess", first, register,
                registerFile, Map.of(), new NullProgressMonitor());
        List<Conflict> open = three.result().openConflicts(new MergeDecisions());
        assertEquals(1, open.size(), () -> "conflicts: " + open);
        assertEquals(ConflictKind.SAME_FIELD, open.get(0).kind());
        assertEquals("name", open.get(0).feature());
        assertEquals(REAL_NAME + " (2025)", open.get(0).base());
        assertEquals("Mutterschutz-Anzeige (lokaler Name)", open.get(0).ours());
        assertEquals(REAL_NAME + " (2026)", open.get(0).theirs());
        assertThrows(IllegalStateException.class, () -> three.result().createCommand(domain, new MergeDecisions()));
        three.discard();
        assertEquals("Mutterschutz-Anzeige (lokaler Name)", Steckbriefe.all(register).get(0).getName());
    }

    @Test
    void withoutARememberedImportTheMergeIsTwoWayAndDeletesNothing() throws Exception {
        Path message = firstImportOfTheRealMessage();
        // forget the snapshot: as a register whose first import was made before imports were remembered
        Path snapshot = ImportMerge.snapshotFile(registerFile, "xprozess", message);
        Files.delete(snapshot);
        ProcessProfile imported = Steckbriefe.all(register).get(0);
        imported.setProcessOwner("Frau Beispiel");
        imported.setShortDescription("Lokale Kurzbeschreibung");
        imported.setName("Lokaler Name");
        ProcessProfile own = ProzesswerkFactory.eINSTANCE.createProcessProfile();
        own.setId("own");
        own.setKey("PW-LOKAL-1");
        own.setName("Eigener Steckbrief");
        register.getUnfiledProfiles().add(own);

        ImportMerge.Prepared again = importAndApply(new XProzessImporter(), "xprozess", message,
                new MergeDecisions());
        assertFalse(again.threeWay());
        assertEquals(1, again.matched());
        List<ProcessProfile> all = Steckbriefe.all(register);
        assertEquals(2, all.size(), "the file's Steckbrief updated, the own one kept: " + all);
        ProcessProfile updated = all.stream().filter(p -> ExchangeFixtures.REAL_KEY.equals(p.getKey())).findFirst()
                .orElseThrow();
        assertEquals(REAL_NAME, updated.getName(), "a field the file fills: the file's value");
        assertEquals("Frau Beispiel", updated.getProcessOwner(), "a field the file leaves empty: kept");
        assertEquals("Lokale Kurzbeschreibung", updated.getShortDescription());
        assertTrue(Files.isRegularFile(snapshot), "remembered again: the next import is three-way");
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx" })
    void aListImportedTwiceUpdatesKeepsLocalEditsAndReportsConflicts(String format) throws Exception {
        Exporter exporter = format.equals("csv") ? new CsvExporter() : new XlsxExporter();
        Importer importer = format.equals("csv") ? new CsvImporter() : new XlsxImporter();
        Path list = folder.resolve("liste." + format);
        ProcessRegister source = ExchangeFixtures.rich();
        export(exporter, source, list);
        newRegister();
        importAndApply(importer, format, list, new MergeDecisions());
        int count = Steckbriefe.all(source).size();
        assertEquals(count, Steckbriefe.all(register).size());

        ProcessProfile localEdit = Steckbriefe.all(register).get(0);
        localEdit.setProcessOwner("Herr Lokal");
        String key = Steckbriefe.all(source).get(1).getKey();
        Steckbriefe.all(source).get(1).setDescription("Neue Beschreibung aus der Liste");
        export(exporter, source, list);
        ImportMerge.Prepared two = importAndApply(importer, format, list, new MergeDecisions());
        assertTrue(two.threeWay());
        assertEquals(count, two.matched());
        List<ProcessProfile> all = Steckbriefe.all(register);
        assertEquals(count, all.size(), "updated, not copied");
        assertEquals(count, all.stream().map(ProcessProfile::getKey).distinct().count());
        assertEquals("Neue Beschreibung aus der Liste", byKey(all, key).getDescription());
        assertEquals("Herr Lokal", byKey(all, localEdit.getKey()).getProcessOwner());

        byKey(all, key).setDescription("Lokal geändert");
        Steckbriefe.all(source).get(1).setDescription("In der Liste geändert");
        export(exporter, source, list);
        ImportMerge.Prepared three = ImportMerge.prepare(importer, format, list, register, registerFile, Map.of(),
                new NullProgressMonitor());
        List<Conflict> open = three.result().openConflicts(new MergeDecisions());
        assertEquals(List.of("description"), open.stream().map(Conflict::feature).toList());
        assertEquals("Lokal geändert", open.get(0).ours());
        assertEquals("In der Liste geändert", open.get(0).theirs());
        three.discard();
    }

    @Test
    void aBadFileLeavesRegisterSnapshotAndFolderAsTheyWere() throws Exception {
        Path message = firstImportOfTheRealMessage();
        Path snapshot = ImportMerge.snapshotFile(registerFile, "xprozess", message);
        byte[] snapshotBefore = Files.readAllBytes(snapshot);
        ProcessRegister before = EcoreUtil.copy(register);
        List<Path> filesBefore = files();

        String text = Files.readString(message, StandardCharsets.UTF_8);
        Files.writeString(message, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        ExchangeException e = assertThrows(ExchangeException.class, () -> ImportMerge.prepare(new XProzessImporter(),
                "xprozess", message, register, registerFile, Map.of(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(message.getFileName().toString()), e.getMessage());
        assertTrue(EcoreUtil.equals(before, register));
        assertEquals(filesBefore, files(), "no staging folder or model left behind");
        assertTrue(java.util.Arrays.equals(snapshotBefore, Files.readAllBytes(snapshot)));
        assertNotNull(e.getMessage());

        // a damaged snapshot: refused the same way, naming the snapshot
        Files.writeString(message, text, StandardCharsets.UTF_8);
        Files.writeString(snapshot, "kein Register", StandardCharsets.UTF_8);
        List<Path> withDamagedSnapshot = files();
        RegisterLoadException damaged = assertThrows(RegisterLoadException.class, () -> ImportMerge.prepare(
                new XProzessImporter(), "xprozess", message, register, registerFile, Map.of(),
                new NullProgressMonitor()));
        assertTrue(damaged.getMessage().contains(snapshot.getFileName().toString()), damaged.getMessage());
        assertTrue(EcoreUtil.equals(before, register));
        assertEquals(withDamagedSnapshot, files(), "no staging folder or model left behind");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().toList();
        }
    }

    private static ProcessProfile byKey(List<ProcessProfile> all, String key) {
        return all.stream().filter(p -> key.equals(p.getKey())).findFirst().orElseThrow();
    }

    private static void export(Exporter exporter, ProcessRegister register, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.export(ExportRequest.of(register, null, Map.of()), out, new NullProgressMonitor());
        }
    }
}

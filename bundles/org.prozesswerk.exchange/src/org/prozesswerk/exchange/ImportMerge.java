package org.prozesswerk.exchange;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * An import into a register that may already hold the imported Steckbriefe, done as a merge (issue 16): the file is
 * imported into a register of its own (<em>theirs</em>: the target's organisation, folders and attribute definitions
 * without its Steckbriefe, so units and folders are reused by name with the target's ids), which is then merged into
 * the target (<em>ours</em>) by the merge engine. Same key → the Steckbrief is updated, never copied.
 * <ul>
 * <li><b>Three-way</b> when the register remembers what was imported last time from the same source (its <em>import
 * snapshot</em>, see {@link #snapshotFile}): base = that snapshot. Local edits since then are kept, changes in the file
 * are taken, both changing the same field is a conflict; a Steckbrief no longer in the file is deleted (or retired,
 * if in local use), as in an update.</li>
 * <li><b>Two-way</b> otherwise: adds and changes from the file, nothing deleted. The base is built from the register
 * so that a field the file leaves empty keeps the register's value, a field the file fills takes the file's value,
 * Steckbriefe not in the file stay, and a Steckbrief stays in its folder.</li>
 * </ul>
 * {@link #prepare} changes nothing: the importer's side files (BPMN models) are written to a staging folder. After the
 * caller has executed {@link Prepared#result()}'s command, {@link Prepared#commit} copies the side files next to the
 * register and remembers the snapshot for the next import. An unusable file fails in {@code prepare}, so the register
 * stays untouched.
 */
public final class ImportMerge {

    /** Folder beside the register file that holds its import snapshots: {@code .NAME.importe}. */
    static final String SNAPSHOT_FOLDER_SUFFIX = ".importe";

    private ImportMerge() {
    }

    /**
     * The analysed import.
     *
     * @param theirs   the register built from the file
     * @param base     the merge base (the snapshot, or the two-way base built from the register)
     * @param result   the merge of the file into the register: execute its command on the register's stack
     * @param report   the importer's report of the file
     * @param threeWay whether the base is the remembered snapshot
     * @param matched  how many Steckbriefe of the file the register already holds (same key)
     * @param snapshot the snapshot of this source that was looked for (read if {@code threeWay})
     * @param staging  the folder holding the importer's side files until {@link #commit} or {@link #discard}
     */
    public record Prepared(ProcessRegister theirs, ProcessRegister base, MergeResult result, ExchangeReport report,
            boolean threeWay, int matched, Path snapshot, Path staging, byte[] snapshotBytes) {

        /**
         * After the merge command ran and the register was saved to {@code registerFile}: copies the importer's side
         * files (models) next to it and writes the snapshot of this import beside it, atomically, so the next import
         * of the same source is three-way.
         */
        public void commit(Path registerFile) throws IOException {
            if (staging != null) {
                copyTree(staging, registerFile.toAbsolutePath().getParent());
                discard();
            }
            Path register = registerFile.toAbsolutePath().normalize();
            Path target = register.resolveSibling("." + register.getFileName() + SNAPSHOT_FOLDER_SUFFIX)
                    .resolve(snapshot.getFileName());
            Files.createDirectories(target.getParent());
            AtomicFileWriter.write(target, snapshotBytes);
        }

        /** Removes the staging folder without using it (the merge was not applied). */
        public void discard() throws IOException {
            if (staging != null && Files.exists(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /**
     * Where the register at {@code registerFile} remembers what it last imported from {@code source} in
     * {@code format}: {@code .REGISTER.importe/FORMAT-SOURCENAME.pwreg} beside the register. The source is identified
     * by format and file name, so next year's download under the same name is the same source.
     */
    public static Path snapshotFile(Path registerFile, String format, Path source) {
        Path register = registerFile.toAbsolutePath().normalize();
        String name = (format + "-" + source.getFileName()).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return register.resolveSibling("." + register.getFileName() + SNAPSHOT_FOLDER_SUFFIX)
                .resolve(name + "." + RegisterFormat.XMI.extension());
    }

    /**
     * Imports {@code source} into a register of its own and analyses its merge into {@code ours}; changes nothing.
     *
     * @param registerFile the file of {@code ours} (its folder receives side files and the snapshot)
     * @throws ExchangeException    the file is unusable (the importer's message: file, line, element)
     * @throws RegisterLoadException the remembered snapshot cannot be read
     */
    public static Prepared prepare(Importer importer, String format, Path source, ProcessRegister ours,
            Path registerFile, Map<String, String> options, IProgressMonitor monitor)
            throws IOException, ExchangeException, RegisterLoadException {
        Path snapshot = snapshotFile(registerFile, format, source);
        ProcessRegister theirs = withoutSteckbriefe(ours);
        Path staging = Files.createTempDirectory(registerFile.toAbsolutePath().getParent(), ".import-");
        try {
            ExchangeReport report = importer.importInto(new ImportRequest(source, theirs,
                    staging.resolve(registerFile.getFileName()), options), monitor);
            byte[] snapshotBytes = RegisterStore.toBytes(theirs, RegisterFormat.XMI);
            Map<String, ProcessProfile> oursByKey = byKey(ours);
            int matched = 0;
            for (ProcessProfile p : Profiles.all(theirs)) {
                if (p.getKey() != null && oursByKey.containsKey(p.getKey())) {
                    matched++;
                }
            }
            boolean threeWay = Files.isRegularFile(snapshot);
            ProcessRegister base = threeWay ? RegisterStore.load(snapshot) : twoWayBase(ours, theirs);
            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
            return new Prepared(theirs, base, result, report, threeWay, matched, snapshot, staging, snapshotBytes);
        } catch (IOException | ExchangeException | RegisterLoadException | RuntimeException e) {
            // an unusable file or snapshot: nothing of this import stays behind
            new Prepared(null, null, null, null, false, 0, snapshot, staging, null).discard();
            throw e;
        }
    }

    /**
     * Remembers a plain import into a new register as the snapshot of {@code source}: the register then is exactly
     * what the file gave, so the next import of the same source into it is three-way.
     */
    public static void remember(ProcessRegister imported, Path registerFile, String format, Path source)
            throws IOException {
        Path snapshot = snapshotFile(registerFile, format, source);
        Files.createDirectories(snapshot.getParent());
        AtomicFileWriter.write(snapshot, RegisterStore.toBytes(imported, RegisterFormat.XMI));
    }

    /** A copy of the register with its organisation, folders and definitions but no Steckbriefe. */
    static ProcessRegister withoutSteckbriefe(ProcessRegister register) {
        ProcessRegister copy = EcoreUtil.copy(register);
        copy.getUnfiledProfiles().clear();
        folders(copy).forEach(f -> f.getProfiles().clear());
        return copy;
    }

    /**
     * The base of a two-way import: the register's matched Steckbriefe (same key as one of the file's), each with the
     * fields the file leaves empty emptied. Against it, a field the file fills is an incoming change, a field only the
     * register fills a local one (kept), and the register's other Steckbriefe are local additions (kept). Theirs' matched
     * Steckbriefe are filed where the register has them, so the import moves nothing.
     */
    static ProcessRegister twoWayBase(ProcessRegister ours, ProcessRegister theirs) {
        ProcessRegister base = EcoreUtil.copy(ours);
        Map<String, ProcessProfile> theirsByKey = byKey(theirs);
        Map<String, EObject> theirsContainers = new HashMap<>();
        for (Folder f : folders(theirs)) {
            theirsContainers.put(f.getId(), f);
        }
        List<ProcessProfile> unmatched = new ArrayList<>();
        ProzesswerkPackage pw = ProzesswerkPackage.eINSTANCE;
        Set<EStructuralFeature> identity = Set.of(pw.getProcessProfile_Id(), pw.getProcessProfile_Key(),
                pw.getProcessProfile_Successors());
        for (ProcessProfile b : Profiles.all(base)) {
            ProcessProfile t = b.getKey() == null ? null : theirsByKey.get(b.getKey());
            if (t == null) {
                unmatched.add(b);
                continue;
            }
            for (EStructuralFeature f : pw.getProcessProfile().getEAllStructuralFeatures()) {
                if (!f.isChangeable() || f.isDerived() || f.isTransient() || identity.contains(f)) {
                    continue;
                }
                if (isEmpty(t, f)) {
                    b.eUnset(f);
                }
            }
            file(t, b.eContainer() instanceof Folder folder ? theirsContainers.get(folder.getId()) : theirs);
        }
        for (ProcessProfile p : unmatched) {
            // predecessor links to it are the register's own: they stay local on the register's side
            for (ProcessProfile s : new ArrayList<>(p.getSuccessors())) {
                s.getPredecessors().remove(p);
            }
            p.getPredecessors().clear();
            EcoreUtil.remove(p);
        }
        return base;
    }

    private static void file(ProcessProfile profile, EObject container) {
        if (container instanceof Folder folder) {
            if (profile.eContainer() != folder) {
                folder.getProfiles().add(profile);
            }
        } else if (container instanceof ProcessRegister register && profile.eContainer() != register) {
            register.getUnfiledProfiles().add(profile);
        }
    }

    private static boolean isEmpty(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            return ((Collection<?>) value).isEmpty();
        }
        return value instanceof String s ? s.isBlank() : !object.eIsSet(feature);
    }

    private static Map<String, ProcessProfile> byKey(ProcessRegister register) {
        Map<String, ProcessProfile> byKey = new HashMap<>();
        Set<String> duplicates = new HashSet<>();
        for (ProcessProfile p : Profiles.all(register)) {
            if (p.getKey() != null && byKey.putIfAbsent(p.getKey(), p) != null) {
                duplicates.add(p.getKey());
            }
        }
        // as in the merge engine's key match: an ambiguous key matches nothing
        byKey.keySet().removeAll(duplicates);
        return byKey;
    }

    private static List<Folder> folders(ProcessRegister register) {
        List<Folder> all = new ArrayList<>();
        List<Folder> todo = new ArrayList<>(register.getRootFolders());
        while (!todo.isEmpty()) {
            Folder f = todo.remove(todo.size() - 1);
            all.add(f);
            todo.addAll(f.getFolders());
        }
        return all;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmp")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

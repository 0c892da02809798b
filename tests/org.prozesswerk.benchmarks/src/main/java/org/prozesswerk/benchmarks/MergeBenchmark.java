package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.ContentFingerprint;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Three-way merge of a synthetic register with 1,000 edits on each side (renames, local figures, moves, legal bases
 * added, Steckbriefe added and deleted; some on the same Steckbriefe, so there are conflicts), against the XMI load
 * of one version measured in the same run. Targets (docs/performance.md): three-way merge (analysis + command +
 * execute) ≤ 1.0× XMI load; merge where nothing changed ≤ 0.1× XMI load (on copies, where the full compare runs,
 * and on fingerprinted loads, where the fast path runs; the fingerprinted load is measured too). The peak heap
 * (≤ 4× one loaded register) is measured by {@link MergeHeap}. At 100k the state holds eight registers: 5 GB heap.
 */
@Fork(value = 1, jvmArgsAppend = { "-Xmx5g", "-XX:+UseParallelGC" })
public class MergeBenchmark extends BenchmarkDefaults {

    static final int EDITS = 1_000;

    @Param({ "10000", "100000" })
    public int steckbriefe;

    private Path dir;
    private Path xmi;
    private ProcessRegister base;
    private ProcessRegister theirs;
    private ProcessRegister same1;
    private ProcessRegister same2;
    private ProcessRegister loadedBase;
    private ProcessRegister loadedOurs;
    private ProcessRegister loadedTheirs;
    private AdapterFactoryEditingDomain domain;
    private ProcessRegister ours;
    private Command applied;

    @Setup(Level.Trial)
    public void setUp() throws IOException, RegisterLoadException {
        base = BenchmarkRegisters.generate(steckbriefe);
        dir = BenchmarkRegisters.writeFiles(base);
        xmi = BenchmarkRegisters.file(dir, RegisterFormat.XMI);
        domain = editingDomain();
        ours = EcoreUtil.copy(base);
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/ours.pwreg"));
        resource.getContents().add(ours);
        theirs = EcoreUtil.copy(base);
        edit(ours, new SplittableRandom(1), "L");
        edit(theirs, new SplittableRandom(2), "M");
        same1 = EcoreUtil.copy(base);
        same2 = EcoreUtil.copy(base);
        // as update and the workbench's file choices load them: with fingerprints (ContentFingerprint)
        loadedBase = ContentFingerprint.load(xmi);
        loadedOurs = ContentFingerprint.load(xmi);
        loadedTheirs = ContentFingerprint.load(xmi);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchmarkRegisters.delete(dir);
    }

    /** Reverts the merge of the last invocation, so that each one merges the same registers. */
    @TearDown(Level.Invocation)
    public void undo() {
        if (applied != null) {
            domain.getCommandStack().undo();
            domain.getCommandStack().flush();
            applied = null;
        }
    }

    @Benchmark
    public ProcessRegister loadXmi() throws Exception {
        return RegisterStore.load(xmi);
    }

    @Benchmark
    public int threeWayMerge() {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        applied = result.createCommand(domain, new MergeDecisions(), Side.OURS);
        domain.getCommandStack().execute(applied);
        return result.conflicts().size();
    }

    /** A merge where nothing changed, on copies: no fingerprint, so the full compare runs. */
    @Benchmark
    public boolean noChangeMerge() {
        MergeResult result = ThreeWayMerge.merge(base, same1, same2);
        return result.isEmpty();
    }

    /** A merge where nothing changed, on three loads of one file with fingerprints: the fast path. */
    @Benchmark
    public boolean noChangeMergeLoaded() {
        MergeResult result = ThreeWayMerge.merge(loadedBase, loadedOurs, loadedTheirs);
        if (!result.theirsProvenUnchanged()) {
            throw new IllegalStateException("no fast path for three unchanged loads of one file");
        }
        return result.isEmpty();
    }

    /** The load the fast path needs: XMI with the SHA-256 of the bytes and the fingerprint adapters. */
    @Benchmark
    public ProcessRegister loadXmiFingerprinted() throws Exception {
        return ContentFingerprint.load(xmi);
    }

    /**
     * 1,000 edits on one side, drawn from the kinds of edit a register sees (those of the merge property test, here on
     * lists collected once so that 100k Steckbriefe stay quick): Steckbrief renamed, trigger changed, local figures
     * (case volume, status, responsible unit), moved to another folder, predecessor and tag added, legal basis added,
     * removed or retitled, context added, Steckbrief added (a quarter of them with an id and key the other side adds
     * too) or deleted, folder and org unit renamed. The two sides overlap where the random picks meet: identical and
     * differing changes of one field, change/delete and added-twice conflicts.
     */
    static void edit(ProcessRegister r, SplittableRandom rnd, String side) {
        List<ProcessProfile> profiles = new ArrayList<>();
        List<Folder> folders = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        for (EObject o : (Iterable<EObject>) r::eAllContents) {
            if (o instanceof ProcessProfile p) {
                profiles.add(p);
            } else if (o instanceof Folder f) {
                folders.add(f);
            } else if (o instanceof OrgUnit u) {
                units.add(u);
            }
        }
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        for (int i = 0; i < EDITS; i++) {
            ProcessProfile p = profiles.get(rnd.nextInt(profiles.size()));
            switch (rnd.nextInt(EDIT_KINDS)) {
                case 0 -> p.setName(p.getName() + " (" + side + ")");
                case 1 -> p.setTrigger(rnd.nextBoolean() ? "Antrag" : "Auslöser " + side + " " + i);
                case 2 -> p.setCaseVolumePerYear(rnd.nextInt(10_000));
                case 3 -> p.setStatus(FimStatus.get(1 + rnd.nextInt(8)));
                case 4 -> p.setResponsibleUnit(units.get(rnd.nextInt(units.size())));
                case 5 -> folders.get(rnd.nextInt(folders.size())).getProfiles().add(p);
                case 6 -> {
                    ProcessProfile q = profiles.get(rnd.nextInt(profiles.size()));
                    if (q != p && !p.getPredecessors().contains(q)) {
                        p.getPredecessors().add(q);
                    }
                }
                case 7 -> {
                    String tag = "tag-" + rnd.nextInt(4);
                    if (!p.getTags().contains(tag)) {
                        p.getTags().add(tag);
                    }
                }
                case 8 -> {
                    LegalBasis l = f.createLegalBasis();
                    l.setAbbreviation("BENCH-" + side);
                    l.setParagraph("§ " + i);
                    l.setTitle("Bench " + side + " " + i);
                    p.getLegalBases().add(l);
                }
                case 9 -> {
                    if (!p.getLegalBases().isEmpty()) {
                        p.getLegalBases().remove(rnd.nextInt(p.getLegalBases().size()));
                    }
                }
                case 10 -> {
                    if (!p.getLegalBases().isEmpty()) {
                        p.getLegalBases().get(rnd.nextInt(p.getLegalBases().size())).setTitle("Titel " + side + " " + i);
                    }
                }
                case 11 -> {
                    ProcessContext c = f.createProcessContext();
                    c.setKind(ContextKind.VALUES.get(rnd.nextInt(ContextKind.VALUES.size())));
                    c.setName("Kontext " + side + " " + i);
                    p.getContexts().add(c);
                }
                case 12 -> {
                    ProcessProfile n = f.createProcessProfile();
                    boolean twice = rnd.nextInt(4) == 0;
                    n.setId(twice ? "bench-both-" + i : "bench-" + side + "-" + i);
                    n.setKey(twice ? "BENCH-BOTH-" + i : "BENCH-" + side + "-" + i);
                    n.setName("Neu " + i);
                    n.setResponsibleUnit(p.getResponsibleUnit());
                    folders.get(rnd.nextInt(folders.size())).getProfiles().add(n);
                }
                case 13 -> {
                    if (p.eContainer() != null) {
                        EcoreUtil.remove(p);
                        p.getPredecessors().clear();
                        p.getSuccessors().clear();
                        profiles.remove(p);
                    }
                }
                case 14 -> {
                    Folder folder = folders.get(rnd.nextInt(folders.size()));
                    folder.setName(folder.getName() + " " + side);
                }
                default -> {
                    OrgUnit u = units.get(rnd.nextInt(units.size()));
                    u.setName(u.getName() + " " + side);
                }
            }
        }
    }

    static final int EDIT_KINDS = 16;

    /** An editing domain without item providers (the merge builds its commands directly; model.edit is not in the jar). */
    static AdapterFactoryEditingDomain editingDomain() {
        return new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
    }
}

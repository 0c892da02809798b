package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Three-way merge of a synthetic register with 1,000 edits on each side (renames, local figures, moves, legal bases
 * added, Steckbriefe added and deleted; some on the same Steckbriefe, so there are conflicts), against the XMI load
 * of one version measured in the same run. Targets (docs/performance.md): three-way merge (analysis + command +
 * execute) ≤ 1.0× XMI load; merge where nothing changed ≤ 0.1× XMI load. The peak heap is measured by
 * {@link #main} (process level): peak ≤ 4× one loaded register.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g", "-XX:+UseParallelGC" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class MergeBenchmark {

    static final int EDITS = 1_000;

    @Param({ "10000", "100000" })
    public int steckbriefe;

    private Path dir;
    private Path xmi;
    private ProcessRegister base;
    private ProcessRegister theirs;
    private ProcessRegister same1;
    private ProcessRegister same2;
    private AdapterFactoryEditingDomain domain;
    private ProcessRegister ours;
    private Command applied;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        base = BenchmarkRegisters.generate(steckbriefe);
        dir = BenchmarkRegisters.writeFiles(base);
        xmi = BenchmarkRegisters.file(dir, RegisterFormat.XMI);
        domain = RegisterEditingDomain.create(new BasicCommandStack());
        ours = EcoreUtil.copy(base);
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/ours.pwreg"));
        resource.getContents().add(ours);
        theirs = EcoreUtil.copy(base);
        edit(ours, new SplittableRandom(1), "L");
        edit(theirs, new SplittableRandom(2), "M");
        same1 = EcoreUtil.copy(base);
        same2 = EcoreUtil.copy(base);
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

    @Benchmark
    public boolean noChangeMerge() {
        MergeResult result = ThreeWayMerge.merge(base, same1, same2);
        return result.isEmpty();
    }

    /** 1,000 edits of every kind on random Steckbriefe; the two sides overlap where the random picks meet. */
    static void edit(ProcessRegister r, SplittableRandom rnd, String side) {
        List<ProcessProfile> profiles = new ArrayList<>();
        List<Folder> folders = new ArrayList<>();
        for (EObject o : (Iterable<EObject>) r::eAllContents) {
            if (o instanceof ProcessProfile p) {
                profiles.add(p);
            } else if (o instanceof Folder f) {
                folders.add(f);
            }
        }
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        for (int i = 0; i < EDITS; i++) {
            ProcessProfile p = profiles.get(rnd.nextInt(profiles.size()));
            switch (i % 6) {
                case 0 -> p.setName(p.getName() + " (" + side + ")");
                case 1 -> p.setCaseVolumePerYear(rnd.nextInt(10_000));
                case 2 -> folders.get(rnd.nextInt(folders.size())).getProfiles().add(p);
                case 3 -> {
                    LegalBasis l = f.createLegalBasis();
                    l.setAbbreviation("BENCH-" + side);
                    l.setParagraph("§ " + i);
                    p.getLegalBases().add(l);
                }
                case 4 -> {
                    ProcessProfile n = f.createProcessProfile();
                    n.setId("bench-" + side + "-" + i);
                    n.setKey("BENCH-" + side + "-" + i);
                    n.setName("Neu " + side + " " + i);
                    n.setResponsibleUnit(p.getResponsibleUnit());
                    folders.get(rnd.nextInt(folders.size())).getProfiles().add(n);
                }
                default -> {
                    if (p.eContainer() != null) {
                        EcoreUtil.remove(p);
                        p.getPredecessors().clear();
                        p.getSuccessors().clear();
                        profiles.remove(p);
                    }
                }
            }
        }
    }

    /**
     * Process-level heap measurement: used heap after loading one register (after full collections), and the peak
     * heap of a three-way merge of three loaded versions. Run with {@code -XX:+UseSerialGC}.
     * Usage: {@code java -XX:+UseSerialGC -Xmx6g -cp benchmarks.jar org.prozesswerk.benchmarks.MergeBenchmark 10000 100000}
     */
    public static void main(String[] args) throws Exception {
        System.out.println("| Steckbriefe | one loaded register | peak during load of 3 + merge | peak / one register |");
        System.out.println("|---:|---:|---:|---:|");
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            ProcessRegister generated = BenchmarkRegisters.generate(size);
            ProcessRegister o = EcoreUtil.copy(generated);
            ProcessRegister t = EcoreUtil.copy(generated);
            edit(o, new SplittableRandom(1), "L");
            edit(t, new SplittableRandom(2), "M");
            Path d = BenchmarkRegisters.writeFiles(generated);
            Path baseFile = BenchmarkRegisters.file(d, RegisterFormat.XMI);
            Path oursFile = d.resolve("ours.pwreg");
            Path theirsFile = d.resolve("theirs.pwreg");
            RegisterStore.save(o, oursFile);
            RegisterStore.save(t, theirsFile);
            generated = null;
            o = null;
            t = null;
            long empty = usedAfterGc();
            ProcessRegister one = RegisterStore.load(baseFile);
            long oneRegister = usedAfterGc() - empty;
            one.eResource().unload();
            one = null;
            usedAfterGc();
            resetPeaks();
            long before = usedAfterGc();
            ProcessRegister b = RegisterStore.load(baseFile);
            ProcessRegister ours = RegisterStore.load(oursFile);
            ProcessRegister theirs = RegisterStore.load(theirsFile);
            AdapterFactoryEditingDomain dom = RegisterEditingDomain.create(new BasicCommandStack());
            dom.getResourceSet().getResources().add(ours.eResource());
            MergeResult result = ThreeWayMerge.merge(b, ours, theirs);
            dom.getCommandStack().execute(result.createCommand(dom, new MergeDecisions(), Side.OURS));
            long peak = peakHeap() - before;
            System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %.1f MB | %.2f |%n", size, oneRegister / 1e6,
                    peak / 1e6, (double) peak / oneRegister);
            BenchmarkRegisters.delete(d);
        }
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

package org.prozesswerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.merge.ContentFingerprint;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProcessRegister;

/**
 * The ratio targets of {@link MergeBenchmark} on a machine shared with other work: each round loads the XMI file of
 * one version, merges base/base/base copies (no change) and merges the 1,000 + 1,000 edits (analysis, command,
 * execute; the undo after it is not counted), one right after the other, and divides the benchmark thread's CPU
 * time ({@code ThreadMXBean}) of each merge by that of the load of the same round. Interleaving puts the three under
 * the same load and cache pressure; thread CPU time leaves out waiting for a core (and the GC and JIT threads). The
 * first rounds warm up the JIT and are dropped; the median and the range of the remaining rounds are printed.
 * <p>
 * The no-change merge is measured twice: on copies (no fingerprint, so the full compare runs) and as the update runs
 * it on loaded files: base and ours loaded with {@link ContentFingerprint}s before the rounds, theirs loaded with its
 * fingerprint in each round (that load's cost, relative to the plain load, is printed too: it is what the fast path
 * costs, paid during the loads).
 * <p>
 * Usage: {@code java -XX:+UseParallelGC -Xmx4g -cp benchmarks.jar org.prozesswerk.benchmarks.MergeRatios ROUNDS
 * 10000 100000}
 */
public final class MergeRatios {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MergeRatios() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        System.out.println("| Steckbriefe | rounds | XMI load (thread CPU, median) | three-way merge / load: median (min–max)"
                + " | no-change merge, full compare (copies) / load | no-change merge, fast path (fingerprinted loads) / load"
                + " | fingerprinted load / load | conflicts | incoming changes taken |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int a = 1; a < args.length; a++) {
            run(Integer.parseInt(args[a]), rounds);
        }
    }

    private static void run(int size, int rounds) throws Exception {
        ProcessRegister base = BenchmarkRegisters.generate(size);
        Path dir = BenchmarkRegisters.writeFiles(base);
        try {
            Path xmi = BenchmarkRegisters.file(dir, RegisterFormat.XMI);
            AdapterFactoryEditingDomain domain = MergeBenchmark.editingDomain();
            ProcessRegister ours = EcoreUtil.copy(base);
            domain.getResourceSet().createResource(URI.createURI("memory:/ours.pwreg")).getContents().add(ours);
            ProcessRegister theirs = EcoreUtil.copy(base);
            MergeBenchmark.edit(ours, new SplittableRandom(1), "L");
            MergeBenchmark.edit(theirs, new SplittableRandom(2), "M");
            ProcessRegister same1 = EcoreUtil.copy(base);
            ProcessRegister same2 = EcoreUtil.copy(base);
            // the fast path: base and ours loaded from the file with fingerprints; theirs is the load of each round
            ProcessRegister printedBase = ContentFingerprint.load(xmi);
            ProcessRegister printedOurs = ContentFingerprint.load(xmi);
            int warmUp = Math.max(2, rounds / 3);
            List<Double> loads = new ArrayList<>();
            List<Double> merges = new ArrayList<>();
            List<Double> noChanges = new ArrayList<>();
            List<Double> fastNoChanges = new ArrayList<>();
            List<Double> printedLoads = new ArrayList<>();
            MergeResult result = null;
            for (int i = 0; i < warmUp + rounds; i++) {
                long t0 = cpu();
                Reference.reachabilityFence(RegisterStore.load(xmi));
                long t1 = cpu();
                MergeResult same = ThreeWayMerge.merge(base, same1, same2);
                long t2 = cpu();
                result = ThreeWayMerge.merge(base, ours, theirs);
                Command command = result.createCommand(domain, new MergeDecisions(), Side.OURS);
                domain.getCommandStack().execute(command);
                long t3 = cpu();
                domain.getCommandStack().undo();
                domain.getCommandStack().flush();
                long t4 = cpu();
                ProcessRegister printedTheirs = ContentFingerprint.load(xmi);
                long t5 = cpu();
                MergeResult fast = ThreeWayMerge.merge(printedBase, printedOurs, printedTheirs);
                long t6 = cpu();
                if (!fast.theirsProvenUnchanged() || !fast.isEmpty()) {
                    throw new IllegalStateException("no fast path for three unchanged loads of one file");
                }
                if (!same.isEmpty()) {
                    throw new IllegalStateException("a merge of three equal registers changed something");
                }
                if (i >= warmUp) {
                    loads.add((t1 - t0) / 1e6);
                    noChanges.add((double) (t2 - t1) / (t1 - t0));
                    merges.add((double) (t3 - t2) / (t1 - t0));
                    printedLoads.add((double) (t5 - t4) / (t1 - t0));
                    fastNoChanges.add((double) (t6 - t5) / (t1 - t0));
                }
            }
            System.out.printf(Locale.ROOT, "| %,d | %d | %.0f ms | %.2f (%.2f–%.2f) | %.3f (%.3f–%.3f) | %.5f (%.5f–%.5f)"
                    + " | %.3f (%.3f–%.3f) | %d | %d |%n", size, rounds, median(loads), median(merges),
                    Collections.min(merges), Collections.max(merges), median(noChanges), Collections.min(noChanges),
                    Collections.max(noChanges), median(fastNoChanges), Collections.min(fastNoChanges),
                    Collections.max(fastNoChanges), median(printedLoads), Collections.min(printedLoads),
                    Collections.max(printedLoads), result.conflicts().size(), result.autoMerged().size());
        } finally {
            BenchmarkRegisters.delete(dir);
        }
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

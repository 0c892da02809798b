package org.prozesswerk.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.eclipse.emf.common.command.Command;
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

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of a three-way merge against the heap one loaded register retains (issue 13: peak ≤ 4× one register).
 * <p>
 * Method, per size: the register of {@link MergeBenchmark} with its 1,000 edits on each side is written as three XMI
 * files (base, ours, theirs) and every in-memory copy dropped; a warm-up round at 1,000 Steckbriefe loads the classes,
 * and a register of 10 Steckbriefe is loaded right before each baseline (EMF's XML parser pool keeps the handler of
 * the last load, and with it that load's objects, until the next load). Then
 * <ol>
 * <li><b>empty</b>: used heap after forced full collections (repeated until it stops shrinking);</li>
 * <li><b>one register</b>: load the base file, used heap after full collections minus empty;</li>
 * <li><b>three registers</b>: load ours and theirs as well, the same;</li>
 * <li><b>merge</b>: analysis ({@code ThreeWayMerge.merge}), the merge command, executed on a command stack (so its
 * undo information stays), with the three registers held. Its peak is read two ways: <i>peak after GC</i>, the
 * largest heap occupancy right after any collection during the merge (GC notifications; with
 * {@code -XX:+UseSerialGC -Xmn16m} a young collection runs every ~13 MB allocated, so this follows the live data
 * closely; it also counts old-generation garbage not yet collected), and <i>peak of the pools</i>, the sum of the heap
 * pools' peak usage (MemoryPoolMXBean, reset before the merge; counts garbage in eden, an upper bound);</li>
 * <li><b>retained after</b>: used heap after full collections with the result and the executed command held (its
 * undo information); the peak after GC is at least this.</li>
 * </ol>
 * All figures relative to "empty"; the ratios divide by "one register". A second table gives the heap the merge's
 * fast path adds to a loaded register ({@code ContentFingerprint}, see {@link #fingerprintCost}). Heap figures do not depend on the machine's
 * load. Usage: {@code java -XX:+UseSerialGC -Xmn16m -Xmx6g -cp benchmarks.jar
 * org.prozesswerk.benchmarks.MergeHeap 10000 100000}
 */
public final class MergeHeap {

    private MergeHeap() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong afterGc = new AtomicLong();
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        NotificationListener listener = (Notification n, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(u.getKey())) { // not metaspace, code cache
                        used += u.getValue().getUsed();
                    }
                }
                afterGc.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        measure(1_000, afterGc); // warm-up, not printed
        System.out.println("| Steckbriefe | one loaded register | three loaded | merge: peak after GC | peak of the pools"
                + " | retained after | peak after GC / one register | merge's own (peak − three) / one register |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            long[] m = measure(size, afterGc);
            System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.2f | %.2f |%n",
                    size, m[0] / 1e6, m[1] / 1e6, m[2] / 1e6, m[3] / 1e6, m[4] / 1e6, (double) m[2] / m[0],
                    (double) (m[2] - m[1]) / m[0]);
        }
        System.out.println();
        System.out.println("| Steckbriefe | objects | heap the fingerprint adds | per object |");
        System.out.println("|---:|---:|---:|---:|");
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            long[] m = fingerprintCost(size);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f MB | %.1f bytes |%n", size, m[0], m[1] / 1e6,
                    (double) m[1] / m[0]);
        }
    }

    /**
     * The heap the merge's fast path adds to a loaded register: {@link ContentFingerprint#attach} (one shared adapter
     * on every object, the digest) on a register loaded before, measured on that same register with no load in
     * between (a load's own leftovers in EMF's parser pool would otherwise blur a difference of a few percent).
     *
     * @return the number of objects and the bytes added
     */
    private static long[] fingerprintCost(int size) throws Exception {
        Path dir = writeVersions(size);
        try {
            ProcessRegister register = RegisterStore.load(BenchmarkRegisters.file(dir, RegisterFormat.XMI));
            long objects = 1;
            for (var it = register.eAllContents(); it.hasNext(); it.next()) {
                objects++;
            }
            long before = MemoryFootprint.usedAfterGc();
            ContentFingerprint.attach(register, new byte[32]);
            long after = MemoryFootprint.usedAfterGc();
            Reference.reachabilityFence(register);
            return new long[] { objects, after - before };
        } finally {
            BenchmarkRegisters.delete(dir);
        }
    }

    /** @return one register, three registers, peak after GC, peak of the pools, retained after (bytes over empty) */
    private static long[] measure(int size, AtomicLong afterGc) throws Exception {
        Path dir = writeVersions(size);
        Path baseFile = BenchmarkRegisters.file(dir, RegisterFormat.XMI);
        try {
            // a load of a tiny register before the baseline: the XML parser pool keeps the handler of the last load,
            // which references that load's objects until the next load (a large one here would be counted as freed)
            Reference.reachabilityFence(RegisterStore.load(dir.resolve("tiny.pwreg")));
            long empty = MemoryFootprint.usedAfterGc();
            ProcessRegister base = RegisterStore.load(baseFile);
            long one = MemoryFootprint.usedAfterGc() - empty;
            ProcessRegister ours = RegisterStore.load(dir.resolve("ours.pwreg"));
            ProcessRegister theirs = RegisterStore.load(dir.resolve("theirs.pwreg"));
            long three = MemoryFootprint.usedAfterGc() - empty;
            AdapterFactoryEditingDomain domain = MergeBenchmark.editingDomain();
            domain.getResourceSet().getResources().add(ours.eResource());
            Thread.sleep(200); // notifications of the collections above arrive late
            resetPeaks();
            afterGc.set(0);
            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
            Command command = result.createCommand(domain, new MergeDecisions(), Side.OURS);
            domain.getCommandStack().execute(command);
            long pools = peakOfPools() - empty;
            Thread.sleep(200); // GC notifications arrive on their own thread
            long retained = MemoryFootprint.usedAfterGc() - empty;
            // the state at the end is part of the merge too (no collection may have run right then)
            long peakAfterGc = Math.max(Math.max(afterGc.get() - empty, three), retained);
            Reference.reachabilityFence(List.of(base, theirs, result, command));
            return new long[] { one, three, peakAfterGc, pools, retained };
        } finally {
            BenchmarkRegisters.delete(dir);
        }
    }

    /**
     * Writes base, ours and theirs; in a method of its own so that none of the generated registers is still referenced
     * from the measuring frame.
     */
    private static Path writeVersions(int size) throws Exception {
        ProcessRegister generated = BenchmarkRegisters.generate(size);
        ProcessRegister o = EcoreUtil.copy(generated);
        ProcessRegister t = EcoreUtil.copy(generated);
        MergeBenchmark.edit(o, new SplittableRandom(1), "L");
        MergeBenchmark.edit(t, new SplittableRandom(2), "M");
        Path dir = BenchmarkRegisters.writeFiles(generated);
        RegisterStore.save(o, dir.resolve("ours.pwreg"));
        RegisterStore.save(t, dir.resolve("theirs.pwreg"));
        RegisterStore.save(BenchmarkRegisters.generate(10), dir.resolve("tiny.pwreg"));
        return dir;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakOfPools() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

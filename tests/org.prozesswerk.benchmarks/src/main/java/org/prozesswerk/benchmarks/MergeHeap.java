package org.prozesswerk.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import javax.management.ObjectName;
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
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of a three-way merge against the heap one loaded register retains (issue 13: peak ≤ 4× one register).
 * <p>
 * Every measurement runs in a <b>fresh JVM</b> of its own, started by this class with the same options
 * ({@link #CHILD_JVM}: serial collector, so "used after a full collection" is exact; a 16 MB young generation, so a
 * collection runs every ~13 MB allocated; the same maximum heap), and reads only files: the driver writes base, ours
 * and theirs (the register of {@link MergeBenchmark} with its 1,000 edits on each side) and a register of 10
 * Steckbriefe once per size. A measuring JVM has never held anything else, so its baseline is clean.
 * <p>
 * In each JVM, first the 10-Steckbrief register is loaded and dropped (classes, EMF's packages and caches, the XML
 * parser pool are then initialised and not counted); <b>empty</b> = used heap after full collections (repeated until
 * it stops shrinking). Then
 * <ul>
 * <li><b>one</b> (JVM of its own): load the base file; <i>one register</i> = used after full collections − empty. The
 * class histogram (the JVM's {@code GC.class_histogram}, itself after a full collection) taken at empty and here
 * checks that the growth is the register: it prints the classes that grew most and the count of Steckbrief objects,
 * which must be exactly the register's. Then the register is dropped and <i>left after the drop</i> = used after full
 * collections − empty (a retention in the product, e.g. by a pooled parser, would show here); then six more loads,
 * each dropped at once (ours and theirs in turn), and <i>left after 6 more loads</i> the same way (what a long-running
 * workbench would pile up per load);</li>
 * <li><b>merge</b> (JVM of its own): load base, ours and theirs (<i>three loaded</i>), then the merge as {@code update}
 * and the workbench run it: analysis ({@code ThreeWayMerge.merge}), the merge command, executed on a command stack
 * (so its undo data stays), all three registers and the result held. <i>Peak after GC</i> is the largest heap
 * occupancy right after any collection from the start of the merge to its end (GC notifications, heap pools only;
 * live data plus old-generation garbage not yet collected), at least the used heap after full collections at the end
 * (<i>retained after</i>: the three registers, the {@code MergeResult} and the undo data); <i>peak of the pools</i>
 * sums the heap pools' {@code MemoryPoolMXBean} peaks, reset right before the merge (it also counts garbage in eden:
 * an upper bound).</li>
 * </ul>
 * The ratio is <b>peak after GC (merge JVM) / one register (one JVM)</b>: the whole heap during the merge above the
 * empty JVM, the three loaded versions included, against one loaded register. Each size is measured {@code RUNS}
 * times (a new pair of JVMs each time); min, median and max of the ratio are printed. A last table gives the heap the
 * merge's fast path adds to a loaded register ({@link ContentFingerprint#attach}), also in a JVM of its own.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.prozesswerk.benchmarks.MergeHeap RUNS 10000 100000} (the driver's own
 * heap only needs to hold the generated register: {@code -Xmx3g} for 100k).
 */
public final class MergeHeap {

    /** The options of every measuring JVM. */
    static final List<String> CHILD_JVM = List.of("-XX:+UseSerialGC", "-Xmn16m", "-Xmx6g");

    /** Further loads (each dropped) after the drop in the "one" JVM. */
    private static final int REPEATED_LOADS = 6;

    private static final String STECKBRIEF_CLASS = "org.prozesswerk.model.impl.ProcessProfileImpl";

    private MergeHeap() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]));
            return;
        }
        int runs = Integer.parseInt(args[0]);
        List<String> summary = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        System.out.println("Measuring JVMs: " + String.join(" ", CHILD_JVM));
        System.out.println();
        System.out.println("| Steckbriefe | run | one register | left after the drop | left after 6 more loads"
                + " | base in the merge JVM"
                + " | three loaded | merge: peak after GC | peak of the pools | retained after | peak after GC / one"
                + " register | merge's own (peak − three) / one register |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int a = 1; a < args.length; a++) {
            int size = Integer.parseInt(args[a]);
            Path dir = writeVersions(size);
            try {
                List<Double> ratios = new ArrayList<>();
                List<Double> ones = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    Map<String, Long> one = runChild("one", dir, size);
                    Map<String, Long> merge = runChild("merge", dir, size);
                    double ratio = (double) merge.get("peakAfterGc") / one.get("one");
                    ratios.add(ratio);
                    ones.add(one.get("one") / 1e6);
                    System.out.printf(Locale.ROOT,
                            "| %,d | %d | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.2f | %.2f |%n",
                            size, run, one.get("one") / 1e6, one.get("leftAfterDrop") / 1e6,
                            one.get("leftAfterMoreLoads") / 1e6, merge.get("one") / 1e6,
                            merge.get("three") / 1e6, merge.get("peakAfterGc") / 1e6, merge.get("pools") / 1e6,
                            merge.get("retained") / 1e6, ratio,
                            (double) (merge.get("peakAfterGc") - merge.get("three")) / one.get("one"));
                }
                summary.add(String.format(Locale.ROOT, "| %,d | %d | %.1f / %.1f / %.1f MB | **%.2f / %.2f / %.2f** |",
                        size, runs, Collections.min(ones), median(ones), Collections.max(ones),
                        Collections.min(ratios), median(ratios), Collections.max(ratios)));
                Map<String, Long> fingerprint = runChild("fingerprint", dir, size);
                fingerprints.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f MB | %.1f bytes |", size,
                        fingerprint.get("objects"), fingerprint.get("added") / 1e6,
                        (double) fingerprint.get("added") / fingerprint.get("objects")));
            } finally {
                BenchmarkRegisters.delete(dir);
            }
        }
        System.out.println();
        System.out.println("| Steckbriefe | runs | one register: min / median / max | peak after GC / one register:"
                + " min / median / max (target ≤ 4) |");
        System.out.println("|---:|---:|---:|---:|");
        summary.forEach(System.out::println);
        System.out.println();
        System.out.println("| Steckbriefe | objects | heap the fingerprint adds | per object |");
        System.out.println("|---:|---:|---:|---:|");
        fingerprints.forEach(System.out::println);
    }

    /** Starts a measuring JVM, passes its diagnostics through ("#" lines) and returns its "RESULT key=value" line. */
    private static Map<String, Long> runChild(String mode, Path dir, int size) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MergeHeap.class.getName(), "--child",
                mode, dir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> result = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = new HashMap<>();
                    for (String pair : line.substring(7).trim().split(" ")) {
                        String[] kv = pair.split("=");
                        result.put(kv[0], Long.valueOf(kv[1]));
                    }
                } else {
                    System.err.println("# " + size + " " + mode + ": " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("measuring JVM " + mode + " failed with exit code " + exit);
        }
        return result;
    }

    private static void child(String mode, Path dir) throws Exception {
        // warm-up: classes, EMF packages and caches, the parser pool; then nothing of it is reachable
        Reference.reachabilityFence(RegisterStore.load(dir.resolve("tiny.pwreg")));
        switch (mode) {
            case "one" -> one(dir);
            case "merge" -> merge(dir);
            case "fingerprint" -> fingerprint(dir);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void one(Path dir) throws Exception {
        Map<String, long[]> before = histogram();
        long empty = MemoryFootprint.usedAfterGc();
        ProcessRegister base = RegisterStore.load(BenchmarkRegisters.file(dir, RegisterFormat.XMI));
        long one = MemoryFootprint.usedAfterGc() - empty;
        Map<String, long[]> loaded = histogram();
        printGrowth(before, loaded, countSteckbriefe(base));
        Reference.reachabilityFence(base);
        base = null;
        long left = MemoryFootprint.usedAfterGc() - empty;
        Map<String, long[]> dropped = histogram();
        System.out.println("Steckbrief objects after the drop: "
                + (count(dropped, STECKBRIEF_CLASS) - count(before, STECKBRIEF_CLASS)));
        // a long-running workbench loads and closes registers many times: nothing may pile up (EMF's parser pool
        // caches handlers per load-options map, and every load has a map of its own)
        for (int i = 0; i < REPEATED_LOADS; i++) {
            Reference.reachabilityFence(RegisterStore.load(dir.resolve(i % 2 == 0 ? "ours.pwreg" : "theirs.pwreg")));
        }
        long leftAfterMore = MemoryFootprint.usedAfterGc() - empty;
        System.out.println("RESULT one=" + one + " leftAfterDrop=" + left + " leftAfterMoreLoads=" + leftAfterMore);
    }

    /**
     * In a method of its own: an iterator left in a slot of the measuring frame (interpreted or compiled on stack
     * replacement) would keep the register reachable after the drop.
     */
    private static long countSteckbriefe(ProcessRegister register) {
        long steckbriefe = 0;
        for (var it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ProcessProfile) {
                steckbriefe++;
            }
        }
        return steckbriefe;
    }

    private static void merge(Path dir) throws Exception {
        AtomicLong afterGc = new AtomicLong();
        listenToCollections(afterGc);
        long empty = MemoryFootprint.usedAfterGc();
        ProcessRegister base = RegisterStore.load(BenchmarkRegisters.file(dir, RegisterFormat.XMI));
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
        System.out.println("conflicts " + result.conflicts().size() + ", incoming changes taken "
                + result.autoMerged().size());
        Reference.reachabilityFence(List.of(base, theirs, result, command));
        System.out.println("RESULT one=" + one + " three=" + three + " peakAfterGc=" + peakAfterGc + " pools=" + pools
                + " retained=" + retained);
    }

    /**
     * The heap the merge's fast path adds to a loaded register: {@link ContentFingerprint#attach} (one shared adapter
     * on every object, the digest) on a register loaded before, measured on that same register.
     */
    private static void fingerprint(Path dir) throws Exception {
        ProcessRegister register = RegisterStore.load(BenchmarkRegisters.file(dir, RegisterFormat.XMI));
        long objects = 1;
        for (var it = register.eAllContents(); it.hasNext(); it.next()) {
            objects++;
        }
        MemoryFootprint.usedAfterGc(); // the first full collections of this JVM may still free leftovers of the load
        long before = MemoryFootprint.usedAfterGc();
        ContentFingerprint.attach(register, new byte[32]);
        long after = MemoryFootprint.usedAfterGc();
        Reference.reachabilityFence(register);
        System.out.println("RESULT objects=" + objects + " added=" + (after - before));
    }

    /**
     * Writes base, ours, theirs and a register of 10 Steckbriefe (the warm-up of each measuring JVM) into a new
     * temporary directory.
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

    /** The JVM's class histogram (after a full collection): class name → {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] { new String[0] }, new String[] { String[].class.getName() });
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                classes.put(cells[3], new long[] { Long.parseLong(cells[1]), Long.parseLong(cells[2]) });
            }
        }
        return classes;
    }

    private static long count(Map<String, long[]> histogram, String name) {
        long[] entry = histogram.get(name);
        return entry == null ? 0 : entry[0];
    }

    /** Prints what grew from {@code before} to {@code after}: the largest classes, and the Steckbrief count check. */
    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, long steckbriefe) {
        List<Map.Entry<String, Long>> growth = new ArrayList<>();
        long total = 0;
        long model = 0;
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] old = before.getOrDefault(e.getKey(), new long[2]);
            long bytes = e.getValue()[1] - old[1];
            total += bytes;
            if (e.getKey().startsWith("org.prozesswerk.model.") || e.getKey().startsWith("org.eclipse.emf.")) {
                model += bytes;
            }
            growth.add(Map.entry(e.getKey(), bytes));
        }
        growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder top = new StringBuilder();
        for (Map.Entry<String, Long> e : growth.subList(0, Math.min(8, growth.size()))) {
            top.append(String.format(Locale.ROOT, " %s %.1f MB;", e.getKey(), e.getValue() / 1e6));
        }
        long counted = count(after, STECKBRIEF_CLASS) - count(before, STECKBRIEF_CLASS);
        System.out.printf(Locale.ROOT, "histogram growth %.1f MB, of it model and EMF classes %.1f MB; largest:%s%n",
                total / 1e6, model / 1e6, top);
        System.out.println("Steckbrief objects: " + counted + " in the heap, " + steckbriefe + " in the register"
                + (counted == steckbriefe ? " (equal)" : " (DIFFERENT: something else is reachable)"));
    }

    private static void listenToCollections(AtomicLong afterGc) {
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

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

package org.prozesswerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;

import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.model.ProcessRegister;

/**
 * Retained heap per Steckbrief after loading a register, and of the {@link RegisterIndex} on top.
 * <p>
 * Method: generate the register and write both files, drop every reference, force full collections until the used
 * heap stops shrinking and take that as the baseline; load the file, force full collections again and read the used
 * heap. The difference is what the loaded register retains: objects, resource, resource set, id maps (the XML parser
 * pool is warmed up before the baseline, so it is not counted). Divided by the number of Steckbriefe. Then the same
 * for building an index over the loaded register. Run it with {@code -XX:+UseSerialGC} (as run-benchmarks.sh does)
 * so that "used after a full collection" is exact to the byte; with G1 it is within a region of that.
 * <p>
 * Usage: {@code java -XX:+UseSerialGC -Xmx6g -cp benchmarks.jar org.prozesswerk.benchmarks.MemoryFootprint 1000 10000
 * 100000}
 */
public final class MemoryFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] { 1_000, 10_000, 100_000 }
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("| Steckbriefe | format | retained heap | bytes per Steckbrief | index retained | index bytes per Steckbrief |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        for (int size : sizes) {
            Path dir = BenchmarkRegisters.writeFiles(BenchmarkRegisters.generate(size));
            try {
                for (RegisterFormat format : RegisterFormat.values()) {
                    Path file = BenchmarkRegisters.file(dir, format);
                    Reference.reachabilityFence(RegisterStore.load(file)); // warm-up: classes, parser pool
                    long base = usedAfterGc();
                    ProcessRegister register = RegisterStore.load(file);
                    long loaded = usedAfterGc();
                    RegisterIndex index = RegisterIndex.build(register);
                    long indexed = usedAfterGc();
                    long model = loaded - base;
                    long indexBytes = indexed - loaded;
                    System.out.printf(Locale.ROOT, "| %,d | %s | %.1f MB | %,d | %.1f MB | %,d |%n", size,
                            format.extension(), model / 1e6, model / size, indexBytes / 1e6, indexBytes / size);
                    Reference.reachabilityFence(register);
                    Reference.reachabilityFence(index);
                }
            } finally {
                BenchmarkRegisters.delete(dir);
            }
        }
    }

    /** Used heap after full collections, repeated until it stops shrinking (finalizers, soft references). */
    static long usedAfterGc() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (used >= previous - 1024) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }
}

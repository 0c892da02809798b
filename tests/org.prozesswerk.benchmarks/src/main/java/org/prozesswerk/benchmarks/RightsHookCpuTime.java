/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The rights part of the library server's hook on a push of 100 items ({@link RightsBenchmark#hookOnPushOf100Items},
 * same library and push) measured as <b>CPU time of the calling thread</b> per push: on a machine shared with other
 * builds the wall-clock time mostly measures waiting for a core, the thread's CPU time stays close to the work done
 * (GC threads and JIT are not counted; allocation is). Prints min, median, 90th percentile and max after a warm-up.
 *
 * <pre>
 * java -cp target/benchmarks.jar org.prozesswerk.benchmarks.RightsHookCpuTime [warm-up pushes] [measured pushes]
 * </pre>
 */
public final class RightsHookCpuTime {

    private RightsHookCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        RightsBenchmark bench = new RightsBenchmark();
        bench.setUp();
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int sink = 0;
            for (int i = 0; i < warmUp; i++) {
                sink += bench.hookOnPushOf100Items().hashCode();
            }
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            for (int i = 0; i < runs; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                sink += bench.hookOnPushOf100Items().hashCode();
                wall[i] = System.nanoTime() - w;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            System.out.println(line("thread CPU", cpu) + "  (" + runs + " pushes after " + warmUp + ", sink "
                    + (sink & 1) + ')');
            System.out.println(line("wall clock", wall));
        } finally {
            bench.tearDown();
        }
    }

    private static String line(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-10s per push of 100 items: min %.2f ms, median %.2f ms, p90 %.2f ms, "
                + "max %.2f ms", what, s[0] / 1e6, s[s.length / 2] / 1e6, s[s.length * 9 / 10] / 1e6,
                s[s.length - 1] / 1e6);
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The library server's hook on a push of 100 items measured as <b>CPU time of the calling thread</b> per push: on a
 * machine shared with other builds the wall-clock time mostly measures waiting for a core, the thread's CPU time
 * stays close to the work done (GC threads and JIT are not counted; allocation is). Prints min, median, 90th
 * percentile and max after a warm-up. {@code rights} (the default) is the rights part on small items
 * ({@link RightsBenchmark#hookOnPushOf100Items}); {@code whole}, {@code rules} and {@code rights-only} are
 * {@link PushHookBenchmark}'s whole hook, its rule check and its rights part on realistic items.
 *
 * <pre>
 * java -cp target/benchmarks.jar org.prozesswerk.benchmarks.RightsHookCpuTime [rights|whole|rules|rights-only]
 *     [warm-up pushes] [measured pushes]
 * </pre>
 */
public final class RightsHookCpuTime {

    private RightsHookCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int first = args.length > 0 && !args[0].matches("\\d+") ? 1 : 0;
        String mode = first == 1 ? args[0] : "rights";
        int warmUp = args.length > first ? Integer.parseInt(args[first]) : 3000;
        int runs = args.length > first + 1 ? Integer.parseInt(args[first + 1]) : 1000;
        RightsBenchmark rights = null;
        PushHookBenchmark hook = null;
        Callable<Object> push;
        switch (mode) {
            case "rights" -> {
                RightsBenchmark bench = new RightsBenchmark();
                bench.setUp();
                rights = bench;
                push = bench::hookOnPushOf100Items;
            }
            case "whole", "rules", "rights-only" -> {
                PushHookBenchmark bench = new PushHookBenchmark();
                bench.setUp();
                hook = bench;
                push = mode.equals("whole") ? bench::wholeHook
                        : mode.equals("rules") ? bench::rulesOnly : bench::rightsOnly;
            }
            default -> throw new IllegalArgumentException("rights, whole, rules or rights-only, not " + mode);
        }
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int sink = 0;
            for (int i = 0; i < warmUp; i++) {
                sink += push.call().hashCode();
            }
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            for (int i = 0; i < runs; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                sink += push.call().hashCode();
                wall[i] = System.nanoTime() - w;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            System.out.println(mode + ": " + line("thread CPU", cpu) + "  (" + runs + " pushes after " + warmUp
                    + ", sink " + (sink & 1) + ')');
            System.out.println(mode + ": " + line("wall clock", wall));
        } finally {
            if (rights != null) {
                rights.tearDown();
            }
            if (hook != null) {
                hook.tearDown();
            }
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

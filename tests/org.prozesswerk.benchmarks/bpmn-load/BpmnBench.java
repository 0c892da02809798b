/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;

/**
 * JMH-free load benchmark of org.prozesswerk.bpmn (run by compare.sh, single-file source launch).
 *
 * <p>Usage: {@code BpmnBench <big model file> <miwg file>...}: reads every file into memory first (no disk I/O in the
 * timing), warms up, then reports the median and best time of one pass over all MIWG files and of loading the big
 * model. Output lines are "key value" for the script to collect.
 */
public final class BpmnBench {

    public static void main(String[] args) throws Exception {
        List<byte[]> miwg = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            miwg.add(Files.readAllBytes(Path.of(args[i])));
        }
        byte[] big = Files.readAllBytes(Path.of(args[0]));

        for (int i = 0; i < 30; i++) { // warm-up: JIT, parser pool, EMF caches
            pass(miwg);
            load(big);
        }
        // Wall time and this thread's CPU time: on a shared, busy machine CPU time is the fairer measure.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] passes = new double[30];
        double[] passesCpu = new double[30];
        for (int i = 0; i < passes.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            pass(miwg);
            passes[i] = (System.nanoTime() - t) / 1e6;
            passesCpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        double[] bigLoads = new double[15];
        double[] bigLoadsCpu = new double[15];
        int elements = 0;
        for (int i = 0; i < bigLoads.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            BpmnModel model = load(big);
            bigLoads[i] = (System.nanoTime() - t) / 1e6;
            bigLoadsCpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            elements = model.statistics().elements().values().stream().mapToInt(Integer::intValue).sum();
        }
        System.out.printf("java.miwg.files %d%n", miwg.size());
        System.out.printf("java.miwg.pass.median.ms %.2f%n", median(passes));
        System.out.printf("java.miwg.pass.best.ms %.2f%n", Arrays.stream(passes).min().orElseThrow());
        System.out.printf("java.miwg.pass.cpu.median.ms %.2f%n", median(passesCpu));
        System.out.printf("java.big.elements %d%n", elements);
        System.out.printf("java.big.load.median.ms %.2f%n", median(bigLoads));
        System.out.printf("java.big.load.best.ms %.2f%n", Arrays.stream(bigLoads).min().orElseThrow());
        System.out.printf("java.big.load.cpu.median.ms %.2f%n", median(bigLoadsCpu));
    }

    private static void pass(List<byte[]> files) throws Exception {
        for (byte[] file : files) {
            load(file);
        }
    }

    private static BpmnModel load(byte[] file) throws Exception {
        return BpmnIO.load(new ByteArrayInputStream(file), "bench.bpmn");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

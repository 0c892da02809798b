package org.prozesswerk.benchmarks;

/**
 * The build's smoke run of {@link ExportBenchmark} (separate from {@link Smoke} so that each benchmark family owns
 * its smoke): every export at 1,000 Steckbriefe, one short measurement. It proves the exporters run outside OSGi
 * with the shaded class path (POI, NLS texts, progress monitors) and, through the benchmark's tear-down check, that
 * the files are complete. The numbers it prints mean nothing.
 */
public final class ExportSmoke {

    private ExportSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Smoke.run("ExportBenchmark\\.(csv|xlsx|json|jsonCompact)$", "steckbriefe", "1000", 4);
    }
}

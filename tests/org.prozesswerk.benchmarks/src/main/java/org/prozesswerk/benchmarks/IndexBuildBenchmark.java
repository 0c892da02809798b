package org.prozesswerk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EContentAdapter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * Building the index (and detaching it again), compared with only attaching and detaching a do-nothing
 * {@link EContentAdapter}, the usual way to follow a whole model; and the cost of one indexed edit.
 */
public class IndexBuildBenchmark extends BenchmarkDefaults {

    @Param({ "100000" })
    public int steckbriefe;

    private ProcessRegister register;
    private ProcessProfile profile;
    private RegisterIndex index;
    private boolean flip;

    @Setup(Level.Trial)
    public void setUp() {
        register = BenchmarkRegisters.generate(steckbriefe);
        profile = register.getRootFolders().get(0).getFolders().get(0).getFolders().get(0).getProfiles().get(0);
    }

    @Benchmark
    public int buildAndDisposeIndex() {
        RegisterIndex built = RegisterIndex.build(register);
        int size = built.size();
        built.dispose();
        return size;
    }

    @Benchmark
    public EContentAdapter attachAndDetachEContentAdapter() {
        EContentAdapter adapter = new EContentAdapter();
        register.eAdapters().add(adapter);
        register.eAdapters().remove(adapter);
        return adapter;
    }

    /** One status change plus one name change, each followed by the index; in microseconds per pair. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RegisterIndex editWithIndex() {
        if (index == null) {
            index = RegisterIndex.build(register);
        }
        flip = !flip;
        profile.setStatus(flip ? FimStatus.DRAFT : FimStatus.IN_PROGRESS);
        profile.setName(flip ? "Gewerbeanmeldung prüfen" : "Gewerbeanmeldung bestätigen");
        return index;
    }
}

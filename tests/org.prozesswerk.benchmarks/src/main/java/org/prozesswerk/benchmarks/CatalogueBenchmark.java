package org.prozesswerk.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;

/**
 * The real LeiKa catalogue (org.prozesswerk.catalog.leika's CSV, 5,251 rows): reading and indexing it, and the two
 * look-ups the catalogue browser and the Steckbrief editor make while the user types. Targets (issue 4): load and
 * index ≤ 200 ms, a search ≤ 5 ms.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-XX:+UseParallelGC" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogueBenchmark extends BenchmarkDefaults {

    private Catalogue leika;

    @Setup(Level.Trial)
    public void setUp() {
        leika = RuleBenchmarkSupport.leika().load();
        if (leika.entries().size() < 4_000) {
            throw new IllegalStateException("LeiKa not loaded: " + leika.problems());
        }
    }

    /** Reads the CSV, validates the keys and builds the search index (what the first use of the catalogue costs). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Catalogue loadAndIndex() {
        return RuleBenchmarkSupport.leika().load();
    }

    /** Full-text search over the labels, the 20 best hits. */
    @Benchmark
    public List<CatalogueEntry> search(Query query) {
        return leika.search(query.text, 20);
    }

    /** The search texts, in their own state so that only {@link #search} runs once per text. */
    @State(Scope.Benchmark)
    public static class Query {
        /** Whole word, word start, compound-word part, two words, a three-letter fragment (many hits). */
        @Param({ "Führerschein", "Genehmigung", "genehmigung", "Erteilung Bescheinigung", "sch" })
        public String text;
    }

    /** Key prefix (a Leistungsobjekt), the first 20 keys. */
    @Benchmark
    public List<CatalogueEntry> keyPrefix() {
        return leika.searchKeyPrefix("990120", 20);
    }
}

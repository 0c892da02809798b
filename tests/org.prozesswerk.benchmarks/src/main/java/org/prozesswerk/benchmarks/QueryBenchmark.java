package org.prozesswerk.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * Each filter type of {@link RegisterQuery} on a built {@link RegisterIndex}, including building the result list.
 * Target: every filter ≤ 10 ms at 100,000 Steckbriefe.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class QueryBenchmark extends BenchmarkDefaults {

    @Param({ "100000" })
    public int steckbriefe;

    private RegisterIndex index;
    private RegisterQuery folder;
    private RegisterQuery orgUnit;
    private RegisterQuery leistungsobjekt;
    private RegisterQuery allLeika;
    private RegisterQuery statuses;
    private RegisterQuery tag;
    private RegisterQuery onlineService;
    private RegisterQuery noLegalBasis;
    private RegisterQuery text;
    private RegisterQuery textOneLetter;
    private RegisterQuery textTwoWords;
    private RegisterQuery combined;

    @Setup(Level.Trial)
    public void setUp() {
        ProcessRegister register = BenchmarkRegisters.generate(steckbriefe);
        index = RegisterIndex.build(register);
        RegisterQuery all = RegisterQuery.all();
        // A Themenfeld with its Lebenslagen and object folders, a Dezernat with its Ämter and Sachgebiete.
        folder = all.withFolder(register.getRootFolders().get(1));
        orgUnit = all.withOrgUnit(register.getOrganisation().get(2));
        String key = firstLeikaKey(register);
        leistungsobjekt = all.withCatalogue(SyntheticRegisterGenerator.LEIKA, key.substring(0, 8));
        allLeika = all.withCatalogue(SyntheticRegisterGenerator.LEIKA, "99");
        statuses = all.withStatuses(FimStatus.DRAFT, FimStatus.IN_PROGRESS);
        tag = all.withTag("Digitalisierung");
        onlineService = all.withOnlineService(Boolean.TRUE);
        noLegalBasis = all.withLegalBasis(Boolean.FALSE);
        text = all.withText("Gebühr");
        textOneLetter = all.withText("e");
        textTwoWords = all.withText("antrag prüft");
        combined = folder.withStatuses(FimStatus.DRAFT).withOnlineService(Boolean.TRUE).withText("antrag");
    }

    private static String firstLeikaKey(ProcessRegister register) {
        for (var it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof CatalogueReference reference
                    && SyntheticRegisterGenerator.LEIKA.equals(reference.getCatalogueId())) {
                return reference.getKey();
            }
        }
        throw new IllegalStateException("no LeiKa reference");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.dispose();
    }

    /** Worst case for building the result: every Steckbrief. */
    @Benchmark
    public List<ProcessProfile> all() {
        return index.find(RegisterQuery.all());
    }

    @Benchmark
    public List<ProcessProfile> folder() {
        return index.find(folder);
    }

    @Benchmark
    public List<ProcessProfile> orgUnit() {
        return index.find(orgUnit);
    }

    @Benchmark
    public List<ProcessProfile> catalogueLeistungsobjekt() {
        return index.find(leistungsobjekt);
    }

    /** Worst case for a key prefix: "99" matches every LeiKa key. */
    @Benchmark
    public List<ProcessProfile> catalogueAllLeika() {
        return index.find(allLeika);
    }

    @Benchmark
    public List<ProcessProfile> status() {
        return index.find(statuses);
    }

    @Benchmark
    public List<ProcessProfile> tag() {
        return index.find(tag);
    }

    @Benchmark
    public List<ProcessProfile> onlineService() {
        return index.find(onlineService);
    }

    @Benchmark
    public List<ProcessProfile> legalBasis() {
        return index.find(noLegalBasis);
    }

    @Benchmark
    public List<ProcessProfile> text() {
        return index.find(text);
    }

    /** Worst case for text: one letter, contained in almost every word of the vocabulary. */
    @Benchmark
    public List<ProcessProfile> textOneLetter() {
        return index.find(textOneLetter);
    }

    @Benchmark
    public List<ProcessProfile> textTwoWords() {
        return index.find(textTwoWords);
    }

    @Benchmark
    public List<ProcessProfile> combined() {
        return index.find(combined);
    }
}

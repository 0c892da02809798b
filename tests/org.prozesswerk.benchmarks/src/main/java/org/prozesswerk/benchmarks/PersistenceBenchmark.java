package org.prozesswerk.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.prozesswerk.core.internal.persistence.RegisterOptions;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Loading and saving registers through {@link RegisterStore}, and the floor for XMI loading: a raw SAX parse of the
 * same file that only counts elements, with the same parser features and the same buffering as the real load.
 * Targets: XMI load ≤ 2× SAX parse; binary load ≥ 5× faster than XMI load.
 *
 * <p>Only the save benchmarks keep the generated register in memory ({@link Model}); the load benchmarks and the
 * SAX floor run in a JVM that holds nothing but the files' paths, as a workbench or CLI opening a register does.
 * Otherwise every full collection during a load would also trace an unrelated 100k register.
 */
// Exactly the JVM options the product and the CLI launch with (prozesswerk.product, releng/scripts/common.sh).
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g", "-XX:+UseParallelGC" })
public class PersistenceBenchmark extends BenchmarkDefaults {

    @Param({ "1000", "10000", "100000" })
    public int steckbriefe;

    private Path dir;
    private Path xmi;
    private Path binary;
    private Path xmiOut;
    private Path binaryOut;
    private SAXParser parser;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchmarkRegisters.writeFiles(BenchmarkRegisters.generate(steckbriefe));
        xmi = BenchmarkRegisters.file(dir, RegisterFormat.XMI);
        binary = BenchmarkRegisters.file(dir, RegisterFormat.BINARY);
        xmiOut = dir.resolve("out.pwreg");
        binaryOut = dir.resolve("out.pwregb");
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Map.Entry<String, Boolean> feature : RegisterOptions.parserFeatures().entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        parser = factory.newSAXParser();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchmarkRegisters.delete(dir);
    }

    @Benchmark
    public ProcessRegister xmiLoad() throws Exception {
        return RegisterStore.load(xmi);
    }

    @Benchmark
    public ProcessRegister binaryLoad() throws Exception {
        return RegisterStore.load(binary);
    }

    @Benchmark
    public void xmiSave(Model model) throws IOException {
        RegisterStore.save(model.register, xmiOut);
    }

    @Benchmark
    public void binarySave(Model model) throws IOException {
        RegisterStore.save(model.register, binaryOut);
    }

    /** The register in memory, for the save benchmarks only. */
    @State(Scope.Benchmark)
    public static class Model {
        ProcessRegister register;

        @Setup(Level.Trial)
        public void setUp(PersistenceBenchmark benchmark) {
            register = BenchmarkRegisters.generate(benchmark.steckbriefe);
        }
    }

    /** The floor: the XML parser alone, building nothing. */
    @Benchmark
    public int saxParse() throws Exception {
        ElementCounter counter = new ElementCounter();
        parser.reset();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(xmi), 1 << 16)) {
            parser.parse(in, counter);
        }
        return counter.elements;
    }

    private static final class ElementCounter extends DefaultHandler {
        int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            elements++;
        }
    }
}

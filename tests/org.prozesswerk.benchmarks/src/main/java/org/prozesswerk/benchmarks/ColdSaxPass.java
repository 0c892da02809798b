package org.prozesswerk.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor of a cold command line: one SAX pass over a register file in a fresh JVM, counting elements, with the
 * parser features and buffering of the real load ({@code RegisterOptions.parserFeatures()}, 64 KiB buffer) and the
 * same parser as {@code PersistenceBenchmark.saxParse}. Prints {@code parseMillis elements}. Started as a whole
 * process by {@code run-coldstart.sh}, whose wall time of this process is "a whole cold SAX process".
 *
 * <p>Deliberately free of any dependency (the harness compiles this one file with {@code javac}): the process
 * must load nothing but the JDK, or it would not be the floor.
 */
public final class ColdSaxPass {

    private ColdSaxPass() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        // The features of RegisterOptions.parserFeatures(), written out to keep this class dependency-free.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        int[] elements = { 0 };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            parser.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    elements[0]++;
                }
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(millis + " " + elements[0]);
    }
}

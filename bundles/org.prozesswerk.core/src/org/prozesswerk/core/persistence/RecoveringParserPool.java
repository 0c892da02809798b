/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.core.persistence;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An EMF parser pool that also gets back the parsers of failed parses. EMF's {@code XMLLoadImpl} returns its parser to
 * the pool only after a successful parse, so every refused file (a damaged register, a foreign BPMN file, most fuzz
 * inputs) left its parser behind and the next load built a new one: about 17 % of a refused XMI load. Our resources
 * run EMF's load inside {@link #loading}; when it fails, the parsers that load took are reset and returned.
 */
public class RecoveringParserPool extends XMLParserPoolImpl {

    /** A parser handed out and not yet returned, with what it was asked for by. */
    private record Borrowed(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean lexicalHandler) {
    }

    /** A load that may fail. */
    @FunctionalInterface
    public interface Load {
        void run() throws IOException;
    }

    /** Per thread, innermost last: a load may start a nested load (another resource) while its parser is in use. */
    private final ThreadLocal<ArrayDeque<Borrowed>> borrowed = ThreadLocal.withInitial(ArrayDeque::new);
    private final AtomicLong created = new AtomicLong();

    public RecoveringParserPool() {
    }

    public RecoveringParserPool(boolean useHandlerCache) {
        super(useHandlerCache);
    }

    @Override
    public SAXParser get(Map<String, Boolean> features, Map<String, ?> properties, boolean useLexicalHandler)
            throws ParserConfigurationException, SAXException {
        SAXParser parser = super.get(features, properties, useLexicalHandler);
        borrowed.get().push(new Borrowed(parser, features, properties, useLexicalHandler));
        return parser;
    }

    @Override
    public void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean useLexicalHandler) {
        borrowed.get().removeIf(each -> each.parser() == parser);
        super.release(parser, features, properties, useLexicalHandler);
    }

    @Override
    protected SAXParser makeParser(Map<String, Boolean> features, Map<String, ?> properties)
            throws ParserConfigurationException, SAXException {
        created.incrementAndGet();
        return super.makeParser(features, properties);
    }

    /**
     * Runs one EMF load. If it fails, every parser it took from this pool and did not return is put into the state of a
     * new one ({@link #restore}; it keeps nothing of the refused document) and returned.
     */
    public void loading(Load load) throws IOException {
        ArrayDeque<Borrowed> mine = borrowed.get();
        int before = mine.size();
        boolean done = false;
        try {
            load.run();
            done = true;
        } finally {
            if (!done) {
                while (mine.size() > before) {
                    Borrowed lost = mine.pop();
                    if (restore(lost)) {
                        super.release(lost.parser(), lost.features(), lost.properties(), lost.lexicalHandler());
                    }
                }
            }
        }
    }

    /**
     * Puts a parser whose parse failed into the state of a new one: {@code reset()} drops the refused document and its
     * handler but also the features EMF set on the reader after creating it, which include the hardening (no DOCTYPE, no
     * external entities), so they are set again exactly as {@code makeParser} sets them. A parser that refuses that is
     * not returned: the pool then builds a new one.
     */
    private static boolean restore(Borrowed lost) {
        try {
            lost.parser().reset();
            XMLReader reader = lost.parser().getXMLReader();
            if (lost.features() != null) {
                for (Map.Entry<String, Boolean> feature : lost.features().entrySet()) {
                    reader.setFeature(feature.getKey(), feature.getValue().booleanValue());
                }
            }
            if (lost.properties() != null) {
                for (Map.Entry<String, ?> property : lost.properties().entrySet()) {
                    reader.setProperty(property.getKey(), property.getValue());
                }
            }
            return true;
        } catch (SAXException | RuntimeException e) {
            return false;
        }
    }

    /** How many parsers this pool has built so far (tests, diagnostics). */
    public long parsersCreated() {
        return created.get();
    }
}

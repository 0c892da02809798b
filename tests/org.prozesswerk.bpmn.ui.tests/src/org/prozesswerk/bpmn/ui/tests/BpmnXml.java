package org.prozesswerk.bpmn.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Reads BPMN files with the JDK's XML parser, independently of bpmn-js, to check what the editor shows and writes. */
final class BpmnXml {

    static final String MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String DI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";

    private BpmnXml() {
    }

    static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Number of diagram elements: BPMNShape plus BPMNEdge. */
    static int diagramElements(Document document) {
        return document.getElementsByTagNameNS(DI_NS, "BPMNShape").getLength()
                + document.getElementsByTagNameNS(DI_NS, "BPMNEdge").getLength();
    }

    static String definitionsId(Document document) {
        return document.getDocumentElement().getAttribute("id");
    }
}

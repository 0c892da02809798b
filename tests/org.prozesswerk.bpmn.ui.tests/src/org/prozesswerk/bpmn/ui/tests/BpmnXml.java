package org.prozesswerk.bpmn.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.prozesswerk.tests.support.XmlFiles;
import org.w3c.dom.Document;

/** Reads BPMN files with the JDK's XML parser, independently of bpmn-js, to check what the editor shows and writes. */
final class BpmnXml {

    static final String MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String DI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";

    private BpmnXml() {
    }

    static Document parse(Path file) throws IOException {
        return XmlFiles.parse(file);
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

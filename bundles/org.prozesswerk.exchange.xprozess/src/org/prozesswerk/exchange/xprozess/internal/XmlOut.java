package org.prozesswerk.exchange.xprozess.internal;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.exchange.xprozess.XProzess;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes XProzess elements with the prefix and the four-space indentation of the reference message. Code-list values
 * are written as {@code <xprozess:X listURI=".." listVersionID=".."><code>..</code></xprozess:X>}, with the
 * {@code code} element unqualified as in the reference.
 */
public final class XmlOut {

    private static final String INDENT = "    ";

    private final XMLStreamWriter xml;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    private final List<String[]> replaced = new ArrayList<>();

    public XmlOut(OutputStream out) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    }

    public void startDocument(String root, String... attributes) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement(XProzess.PREFIX, root, XProzess.NAMESPACE);
        xml.writeNamespace(XProzess.PREFIX, XProzess.NAMESPACE);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        hasChildren.push(false);
    }

    public void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    public void start(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(XProzess.PREFIX, name, XProzess.NAMESPACE);
        hasChildren.push(false);
    }

    public void end() throws XMLStreamException {
        if (hasChildren.pop()) {
            xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
        }
        xml.writeEndElement();
    }

    /** An element with text; {@code null} writes an empty element. */
    public void text(String name, String value) throws XMLStreamException {
        newline();
        xml.writeStartElement(XProzess.PREFIX, name, XProzess.NAMESPACE);
        if (value != null) {
            xml.writeCharacters(checked(name, value));
        }
        xml.writeEndElement();
    }

    /** Writes a text element only when there is a value. */
    public void optional(String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            text(name, value);
        }
    }

    public void code(Codes list, String code) throws XMLStreamException {
        code(list.element(), list, code);
    }

    public void code(String name, Codes list, String code) throws XMLStreamException {
        newline();
        xml.writeStartElement(XProzess.PREFIX, name, XProzess.NAMESPACE);
        xml.writeAttribute("listURI", list.listUri());
        xml.writeAttribute("listVersionID", list.listVersion());
        hasChildren.push(true);
        xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
        xml.writeStartElement("code");
        xml.writeCharacters(checked(name, code));
        xml.writeEndElement();
        hasChildren.pop();
        xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
        xml.writeEndElement();
    }

    /** The content as base64 (no line breaks, as in the reference). */
    public void base64(String name, byte[] content) throws XMLStreamException {
        newline();
        xml.writeStartElement(XProzess.PREFIX, name, XProzess.NAMESPACE);
        String encoded = java.util.Base64.getEncoder().encodeToString(content);
        xml.writeCharacters(encoded);
        xml.writeEndElement();
    }

    /**
     * XML 1.0 cannot hold U+0000-U+001F other than TAB, LF and CR; written raw they make a file that every reader,
     * ours included, refuses. The imports refuse them at the door, so this only meets a register of an older version:
     * each is written as U+FFFD ({@link ControlCharacters#REPLACEMENT}) and the element is remembered for the report
     * ({@link #takeReplaced}).
     */
    private String checked(String element, String value) {
        int at = ControlCharacters.indexOf(value);
        if (at < 0) {
            return value;
        }
        replaced.add(new String[] { element, ControlCharacters.code(value.charAt(at)) });
        return ControlCharacters.replace(value);
    }

    /** The elements written with a replaced control character since the last call: {element, "U+0001"} each. */
    public List<String[]> takeReplaced() {
        if (replaced.isEmpty()) {
            return List.of();
        }
        List<String[]> taken = new ArrayList<>(replaced);
        replaced.clear();
        return taken;
    }

    /**
     * Writes a parsed element again, indented like the rest: XProzess elements with our prefix, unqualified ones
     * (such as {@code code}) unqualified, other namespaces with their own prefix.
     */
    public void copy(Element element) throws XMLStreamException {
        newline();
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        if (XProzess.NAMESPACE.equals(namespace)) {
            xml.writeStartElement(XProzess.PREFIX, name, namespace);
        } else if (namespace == null || namespace.isEmpty()) {
            xml.writeStartElement(name);
        } else {
            String prefix = element.getPrefix() == null ? "ns" : element.getPrefix();
            xml.writeStartElement(prefix, name, namespace);
            xml.writeNamespace(prefix, namespace);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeNamespace = attribute.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributeNamespace)) {
                continue;
            }
            String attributeName = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                xml.writeAttribute(attributeName, attribute.getValue());
            } else {
                String prefix = attribute.getPrefix() == null ? "ns" : attribute.getPrefix();
                if (!XProzess.NAMESPACE.equals(attributeNamespace) && !XMLConstants.XML_NS_URI.equals(attributeNamespace)) {
                    xml.writeNamespace(prefix, attributeNamespace);
                }
                xml.writeAttribute(prefix, attributeNamespace, attributeName, attribute.getValue());
            }
        }
        hasChildren.push(false);
        boolean structured = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            structured |= child instanceof Element;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                copy(childElement);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                if (!structured) {
                    xml.writeCharacters(text);
                } else if (!text.isBlank()) {
                    // mixed content: keep the text, lose only the indentation around it
                    newline();
                    xml.writeCharacters(text.strip());
                }
            }
        }
        if (structured) {
            end();
        } else {
            hasChildren.pop();
            xml.writeEndElement();
        }
    }

    private void newline() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
    }
}

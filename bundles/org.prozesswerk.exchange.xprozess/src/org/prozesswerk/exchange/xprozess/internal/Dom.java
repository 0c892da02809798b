package org.prozesswerk.exchange.xprozess.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.prozesswerk.exchange.xprozess.XProzess;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for XProzess elements (namespace-qualified, with unqualified {@code <code>} children). */
public final class Dom {

    private Dom() {
    }

    /** The XProzess child elements named {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(ElementPath.localName(element))
                    && XProzess.NAMESPACE.equals(element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }

    /** All child elements, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** The first XProzess child named {@code name}, or {@code null}. */
    public static Element child(Element parent, String name) {
        List<Element> list = children(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    /** The stripped text of an element, {@code null} when the element is missing or blank. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stripped text of the first child {@code name}, or {@code null}. */
    public static String text(Element parent, String name) {
        return text(child(parent, name));
    }

    /** The code of a code-list element: the text of its unqualified {@code <code>} child (or of itself). */
    public static String code(Element element) {
        if (element == null) {
            return null;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && "code".equals(ElementPath.localName(child))) {
                return text(child);
            }
        }
        return text(element);
    }

    /** Whether an element has child elements. */
    public static boolean hasElementChildren(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element and its content as XML text (no declaration; the namespaces it uses are declared on it), without
     * the indentation between elements, so that the text does not depend on where the element stood.
     */
    public static String toXml(Element element) {
        Element copy = (Element) element.cloneNode(true);
        dropIndentation(copy);
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(copy), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed DOM element cannot be written: " + e.getMessage(), e);
        }
    }

    private static void dropIndentation(Element element) {
        if (!hasElementChildren(element)) {
            return;
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            } else if (child instanceof Element childElement) {
                dropIndentation(childElement);
            }
            child = next;
        }
    }
}

package org.prozesswerk.exchange.xprozess.internal;

import java.util.ArrayList;
import java.util.List;

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
}

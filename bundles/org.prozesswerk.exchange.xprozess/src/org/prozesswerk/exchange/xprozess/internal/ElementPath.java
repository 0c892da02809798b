package org.prozesswerk.exchange.xprozess.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XPath-like path of an element for messages, with local names:
 * {@code /alleInhalte.export.0303/prozessbibliothek/prozess[1]/prozesssteckbrief/prozessteilnehmer[2]/name}.
 * Elements that may repeat carry their position among same-named siblings even when they are alone, so that a path
 * reads the same in a message with one process as in one with many.
 */
public final class ElementPath {

    private static final Set<String> REPEATING = Set.of("prozess", "prozessklasse", "handlungsgrundlage",
            "prozessteilnehmer", "aktivitaetengruppe", "klassifikation", "merkmal", "verwaltungspolitischeKodierung",
            "prozessmodelldatei", "visualisierungsdatei", "beschreibungsdatei");

    private ElementPath() {
    }

    public static String of(Node node) {
        Deque<String> steps = new ArrayDeque<>();
        for (Node current = node; current instanceof Element element; current = current.getParentNode()) {
            String name = localName(element);
            Node parent = element.getParentNode();
            if (parent instanceof Element) {
                int index = 0;
                int count = 0;
                for (Node sibling = parent.getFirstChild(); sibling != null; sibling = sibling.getNextSibling()) {
                    if (sibling instanceof Element other && localName(other).equals(name)) {
                        count++;
                        if (other == element) {
                            index = count;
                        }
                    }
                }
                steps.addFirst(count > 1 || REPEATING.contains(name) ? name + "[" + index + "]" : name);
            } else {
                steps.addFirst(name);
            }
        }
        return "/" + String.join("/", steps);
    }

    /** The path of a child that is missing below {@code parent}. */
    public static String child(Element parent, String name) {
        return of(parent) + "/" + name;
    }

    public static String localName(Element element) {
        String name = element.getLocalName();
        if (name == null) {
            name = element.getNodeName();
        }
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}

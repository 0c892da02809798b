package org.prozesswerk.exchange.xprozess.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Accounts for every element of one XProzess message: what was mapped, skipped or rejected goes into the report and
 * is marked done; {@link #leftovers(Element)} reports every element with content that no rule consumed. Also makes
 * the errors that name file, line and element path.
 */
public final class ImportLedger {

    private final String source;
    private final ExchangeReport report;
    private final Set<Element> done = Collections.newSetFromMap(new IdentityHashMap<>());

    public ImportLedger(String source, ExchangeReport report) {
        this.source = source;
        this.report = report;
    }

    public ExchangeReport report() {
        return report;
    }

    /** Marks an element as accounted for without a report entry of its own. */
    public void done(Element element) {
        if (element != null) {
            done.add(element);
        }
    }

    public void mapped(Element element, String feature) {
        if (element == null) {
            return;
        }
        report.mapped(ElementPath.of(element), abbreviate(Dom.text(element) == null ? "" : Dom.text(element)),
                NLS.bind(Messages.Feature, feature));
        done.add(element);
    }

    /** The element {@code name} of the process is mapped; the class's copy of it is the same value. */
    public void mappedBoth(Element prozess, Element klasse, String name, String feature) {
        mapped(Dom.child(prozess, name), feature);
        for (Element element : Dom.children(klasse, name)) {
            done.add(element);
        }
    }

    public void skip(Element element, String item, String reason) {
        if (element == null) {
            return;
        }
        report.skipped(ElementPath.of(element), item == null ? "" : abbreviate(item), reason);
        done.add(element);
    }

    public void reject(Element element, String item, String reason) {
        report.rejected(ElementPath.of(element), item == null ? "" : abbreviate(item), reason);
        done.add(element);
    }

    public String required(Element parent, String name) throws ExchangeException {
        String text = Dom.text(parent, name);
        if (text == null) {
            throw missing(parent, name);
        }
        return text;
    }

    public ExchangeException missing(Element parent, String name) {
        return new ExchangeException(source, PositionalDom.line(parent), PositionalDom.column(parent),
                ElementPath.child(parent, name), NLS.bind(Messages.Import_Missing, name), null);
    }

    public ExchangeException error(Element element, String reason, Throwable cause) {
        return new ExchangeException(source, PositionalDom.line(element), PositionalDom.column(element),
                ElementPath.of(element), reason, cause);
    }

    /** Reports every element with content that no rule consumed. */
    public void leftovers(Element element) {
        if (done.contains(element)) {
            return;
        }
        if (Dom.hasElementChildren(element)) {
            for (Element child : Dom.children(element)) {
                leftovers(child);
            }
            return;
        }
        String text = Dom.text(element);
        if (text != null || hasOwnAttributes(element)) {
            report.skipped(ElementPath.of(element), text == null ? "" : abbreviate(text),
                    NLS.bind(Messages.Import_NotModelled, ElementPath.of(element)));
        }
    }

    private static boolean hasOwnAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!name.equals("listURI") && !name.equals("listVersionID") && !name.startsWith("xmlns")) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() > 120 ? single.substring(0, 120) + "\u2026" : single;
    }
}

package org.prozesswerk.core.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Control characters (U+0001–U+001F other than TAB, LF and CR; also U+0000, U+FFFE, U+FFFF) in a register's texts.
 * Every input refuses them (CSV/XLSX import with row and column, XML cannot hold them), but a register written by an
 * older version (a {@code .pwregb} of an old CSV import) may hold them. The one decision for such data
 * (docs/reliability.md, "Control characters"): the register loads and each affected text is reported
 * ({@link #find}); a {@code .pwreg} save keeps them losslessly as XML 1.1 character references ({@link #any} switches
 * the file to XML 1.1 only then), a {@code .pwregb} save keeps them as they are; exports for other programs write
 * {@link #REPLACEMENT} in their place and report each text.
 */
public final class ControlCharacters {

    /** What exports write instead of a control character: U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    /**
     * One text with a control character.
     *
     * @param element   the object holding it
     * @param feature   the attribute's name
     * @param character the first control character in the text
     */
    public record Occurrence(EObject element, String feature, char character) {

        /** E.g. {@code U+0001}. */
        public String code() {
            return ControlCharacters.code(character);
        }

        /** E.g. {@code ProcessProfile PW-000001}: the class and the key, name or id of the element. */
        public String where() {
            return describe(element);
        }
    }

    private ControlCharacters() {
    }

    /** Whether {@code c} cannot stand in an XML 1.0 text. */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
    }

    /** The first control character in {@code text}, or -1. */
    public static int indexOf(CharSequence text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (isControl(text.charAt(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Replaces every control character in {@code text} by {@link #REPLACEMENT}; returns the first one, or -1. */
    public static int replaceIn(StringBuilder text) {
        int first = indexOf(text);
        if (first >= 0) {
            char found = text.charAt(first);
            for (int i = first; i < text.length(); i++) {
                if (isControl(text.charAt(i))) {
                    text.setCharAt(i, REPLACEMENT);
                }
            }
            return found;
        }
        return -1;
    }

    /** {@code text} with every control character replaced by {@link #REPLACEMENT}; the same string if it has none. */
    public static String replace(String text) {
        int first = indexOf(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isControl(chars[i])) {
                chars[i] = REPLACEMENT;
            }
        }
        return new String(chars);
    }

    /** E.g. {@code U+0001}. */
    public static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** Every text attribute with a control character in {@code root} and below, in tree order. */
    public static List<Occurrence> find(EObject root) {
        List<Occurrence> found = new ArrayList<>();
        scan(root, found, Integer.MAX_VALUE);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            scan(all.next(), found, Integer.MAX_VALUE);
        }
        return found;
    }

    /** Whether any of {@code roots} or their contents hold a control character. */
    public static boolean any(List<EObject> roots) {
        List<Occurrence> found = new ArrayList<>(1);
        for (EObject root : roots) {
            if (scan(root, found, 1)) {
                return true;
            }
            for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
                if (scan(all.next(), found, 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the element's texts with control characters; true once {@code found} holds {@code limit} entries. */
    private static boolean scan(EObject element, List<Occurrence> found, int limit) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient()
                    || attribute.getEAttributeType().getInstanceClass() != String.class
                    || !element.eIsSet(attribute)) {
                continue;
            }
            Object value = element.eGet(attribute);
            if (value instanceof String text) {
                check(element, attribute, text, found);
            } else if (value instanceof List<?> texts) {
                for (Object each : texts) {
                    if (each instanceof String text && check(element, attribute, text, found)) {
                        break;
                    }
                }
            }
            if (found.size() >= limit) {
                return true;
            }
        }
        return false;
    }

    private static boolean check(EObject element, EStructuralFeature feature, String text, List<Occurrence> found) {
        int at = indexOf(text);
        if (at < 0) {
            return false;
        }
        found.add(new Occurrence(element, feature.getName(), text.charAt(at)));
        return true;
    }

    private static String describe(EObject element) {
        String label = null;
        for (String name : new String[] { "key", "name", "id" }) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            if (feature != null && feature.getEType() == EcorePackage.Literals.ESTRING
                    && element.eGet(feature) instanceof String text && !text.isBlank()) {
                label = replace(text);
                break;
            }
        }
        if (label == null) {
            label = EcoreUtil.getURI(element).fragment();
        }
        return element.eClass().getName() + " " + label;
    }
}

package org.prozesswerk.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text normalisation behind full-text search: case-insensitive, German umlauts folded the way German users
 * type them without an umlaut keyboard (ä → ae, ö → oe, ü → ue, ß → ss, DIN 5007 variant 2), other accents removed
 * (é → e). So "Straße", "STRASSE" and "strasse" are equal, and "Gebühr" finds "Gebuehr".
 */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Folds a text for searching.
     *
     * @param text any text, may be {@code null}
     * @return the folded text, {@code ""} for {@code null}
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // Fast path: ASCII text that is already lower case needs no copy.
            if (out == null) {
                if (c < 0x80 && !(c >= 'A' && c <= 'Z')) {
                    continue;
                }
                out = new StringBuilder(length + 8).append(text, 0, i);
            }
            appendFolded(out, c);
        }
        return out == null ? text : out.toString();
    }

    private static void appendFolded(StringBuilder out, char c) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            return;
        }
        switch (c) {
            case 'ä', 'Ä' -> out.append("ae");
            case 'ö', 'Ö' -> out.append("oe");
            case 'ü', 'Ü' -> out.append("ue");
            case 'ß', 'ẞ' -> out.append("ss");
            case '\u0308' -> {
                // A combining diaeresis after a, o or u is a decomposed umlaut ("a\u0308" == "ä").
                int last = out.length() - 1;
                if (last >= 0 && "aou".indexOf(out.charAt(last)) >= 0) {
                    out.append('e');
                }
            }
            default -> {
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    return;
                }
                if (Character.isLetter(c)) {
                    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    for (int k = 0; k < decomposed.length(); k++) {
                        char d = decomposed.charAt(k);
                        if (Character.getType(d) != Character.NON_SPACING_MARK) {
                            out.append(Character.toLowerCase(d));
                        }
                    }
                } else {
                    out.append(Character.toLowerCase(c));
                }
            }
        }
    }

    /**
     * Splits a text into its distinct folded words: maximal runs of letters and digits, in order of first
     * occurrence. Hyphens, punctuation and white space separate words ("Bau-Antrag" → bau, antrag).
     */
    public static List<String> words(String text) {
        return new ArrayList<>(wordSet(fold(text)));
    }

    /** The distinct words of an already folded text. */
    static Set<String> wordSet(String folded) {
        Set<String> words = new LinkedHashSet<>();
        int start = -1;
        int length = folded.length();
        for (int i = 0; i <= length; i++) {
            boolean wordChar = i < length && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}

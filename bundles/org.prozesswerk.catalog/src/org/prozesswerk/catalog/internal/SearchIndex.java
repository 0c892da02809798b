package org.prozesswerk.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prozesswerk.catalog.CatalogueEntry;

/**
 * Word and key index of one catalogue, built once at load time. Words are normalised (lower case, umlauts and other
 * diacritics folded, ß → ss); the vocabulary is small (LeiKa: about 6,000 words) so a linear scan of it for partial
 * matches stays far below a millisecond, while postings lists avoid touching the entries.
 */
public final class SearchIndex {

    private static final int WHOLE_WORD = 8;
    private static final int WORD_START = 4;
    private static final int WORD_PART = 1;
    private static final int MIN_PART_LENGTH = 3;

    private final CatalogueEntry[] entries;
    private final String[] vocabulary;
    private final int[][] postings;
    /** Entry numbers sorted by key, and the keys in that order, for prefix range lookups. */
    private final int[] byKey;
    private final String[] sortedKeys;
    private final int[] labelLength;

    public SearchIndex(List<CatalogueEntry> list) {
        entries = list.toArray(CatalogueEntry[]::new);
        labelLength = new int[entries.length];
        Map<String, int[]> words = new HashMap<>(entries.length * 2);
        // Postings are built as growable int arrays: slot 0 holds the length.
        for (int i = 0; i < entries.length; i++) {
            labelLength[i] = entries[i].label().length();
            for (String word : words(entries[i].label())) {
                int[] posting = words.get(word);
                if (posting == null) {
                    posting = new int[4];
                } else if (posting[posting[0]] == i) {
                    continue; // word repeated in the same label
                } else if (posting[0] + 1 == posting.length) {
                    posting = Arrays.copyOf(posting, posting.length * 2);
                }
                posting[++posting[0]] = i;
                words.put(word, posting);
            }
        }
        vocabulary = words.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        postings = new int[vocabulary.length][];
        for (int v = 0; v < vocabulary.length; v++) {
            int[] posting = words.get(vocabulary[v]);
            postings[v] = Arrays.copyOfRange(posting, 1, posting[0] + 1);
        }
        Integer[] order = new Integer[entries.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> entries[a].key().compareTo(entries[b].key()));
        byKey = new int[entries.length];
        sortedKeys = new String[entries.length];
        for (int k = 0; k < order.length; k++) {
            byKey[k] = order[k];
            sortedKeys[k] = entries[order[k]].key();
        }
    }

    /** Number of distinct words indexed. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    public List<CatalogueEntry> search(String text, int limit) {
        if (text == null || limit <= 0) {
            return List.of();
        }
        List<String> query = words(text);
        if (query.isEmpty()) {
            return List.of();
        }
        int[] total = new int[entries.length];
        int[] matchedWords = new int[entries.length];
        int[] best = new int[entries.length];
        for (int q = 0; q < query.size(); q++) {
            String word = query.get(q);
            Arrays.fill(best, 0);
            for (int v = 0; v < vocabulary.length; v++) {
                String candidate = vocabulary[v];
                int score;
                if (candidate.equals(word)) {
                    score = WHOLE_WORD;
                } else if (candidate.startsWith(word)) {
                    score = WORD_START;
                } else if (word.length() >= MIN_PART_LENGTH && candidate.contains(word)) {
                    score = WORD_PART;
                } else {
                    continue;
                }
                for (int entry : postings[v]) {
                    if (best[entry] < score) {
                        best[entry] = score;
                    }
                }
            }
            for (int i = 0; i < entries.length; i++) {
                if (best[i] > 0 && matchedWords[i] == q) {
                    matchedWords[i]++;
                    total[i] += best[i];
                }
            }
        }
        // A key typed into the search box finds its entry (and the entries below it) too.
        String keyQuery = text.strip();
        int from = firstKeyAtOrAfter(keyQuery);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (matchedWords[i] == query.size()) {
                hits.add(i);
            }
        }
        if (!keyQuery.isEmpty()) {
            for (int k = from; k < sortedKeys.length && sortedKeys[k].startsWith(keyQuery); k++) {
                int entry = byKey[k];
                if (matchedWords[entry] != query.size()) {
                    hits.add(entry);
                }
                total[entry] += sortedKeys[k].length() == keyQuery.length() ? 100 : 10;
            }
        }
        // Higher score first; then shorter labels (the general entry before its specialisations); then by key.
        hits.sort((a, b) -> total[a] != total[b] ? Integer.compare(total[b], total[a])
                : labelLength[a] != labelLength[b] ? Integer.compare(labelLength[a], labelLength[b])
                        : entries[a].key().compareTo(entries[b].key()));
        int n = Math.min(limit, hits.size());
        List<CatalogueEntry> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(entries[hits.get(i)]);
        }
        return result;
    }

    public List<CatalogueEntry> keyPrefix(String prefix, int limit) {
        if (prefix == null || limit <= 0) {
            return List.of();
        }
        String p = prefix.strip();
        List<CatalogueEntry> result = new ArrayList<>();
        for (int k = firstKeyAtOrAfter(p); k < sortedKeys.length && sortedKeys[k].startsWith(p)
                && result.size() < limit; k++) {
            result.add(entries[byKey[k]]);
        }
        return result;
    }

    private int firstKeyAtOrAfter(String key) {
        int position = Arrays.binarySearch(sortedKeys, key);
        return position >= 0 ? position : -position - 1;
    }

    /** Splits into normalised words: lower case, diacritics removed, ß → ss, split at anything not a letter/digit. */
    public static List<String> words(String text) {
        List<String> result = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + 32));
                } else if (!word.isEmpty()) {
                    result.add(word.toString());
                    word.setLength(0);
                }
            } else if (c == 'ß') {
                word.append("ss");
            } else if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !word.isEmpty()) {
                result.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            result.add(word.toString());
        }
        return result;
    }

    /** Folded forms of Latin-1 and Latin Extended-A/B, computed once: the labels are full of umlauts. */
    private static final String[] FOLDED = new String[0x250];

    static {
        for (char c = 128; c < FOLDED.length; c++) {
            FOLDED[c] = computeFold(c);
        }
    }

    private static String fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : computeFold(c);
    }

    /** Lower case without diacritics (ä → a, É → e). */
    private static String computeFold(char c) {
        String lower = String.valueOf(Character.toLowerCase(c));
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                base.append(d);
            }
        }
        return base.isEmpty() ? lower : base.toString();
    }
}

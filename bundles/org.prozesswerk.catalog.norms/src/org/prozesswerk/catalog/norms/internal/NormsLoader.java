package org.prozesswerk.catalog.norms.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueLoader;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.LoadResult;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.norms.Norms;

/**
 * Derives the norms catalogue from the LeiKa Rechtsgrundlagen, which list citations like
 * {@code § 39e Absatz 3 Einkommensteuergesetz (EStG) [http://www.gesetze-im-internet.de/estg/__39e.html]},
 * comma-separated. A law is identified by its gesetze-im-internet.de path where there is one (so that
 * "Bürgerliches Gesetzbuch (BGG)", a typo in the source, still lands under BGB by majority), otherwise by its
 * abbreviation or title.
 */
public final class NormsLoader implements CatalogueLoader {

    /** One citation: text up to a bracketed link, then a comma or the end. */
    private static final Pattern ITEM = Pattern.compile("\\s*([^\\[\\]]*?)\\s*\\[([^\\]]*)\\]\\s*(?:,|$)");
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("^(.*?)\\s*\\(([^()]{1,40})\\)$");
    private static final Pattern PARAGRAPH_START = Pattern.compile("^(§§?|Art\\.|Artikel)\\s*(.*)$");
    private static final Pattern PARAGRAPH_TOKEN = Pattern.compile(
            "\\d+[a-z]?[,.;]?|[a-z]\\)?,?|f\\.|ff\\.|Abs\\.|Absatz|Satz|S\\.|Nr\\.|Nummer|Buchstabe|lit\\.|bis|und"
                    + "|sowie|i\\.V\\.m\\.|-|–|u\\.|Halbsatz|Alt\\.|Alternative|§§?|Unterabsatz|UAbs\\.|Anhang|Anlage");
    private static final Pattern LOOKS_LIKE_ABBREVIATION = Pattern.compile("[A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9-]{1,14}( [IVX]+)?");

    @Override
    public LoadResult load(CatalogueSource source) {
        List<LoadProblem> problems = new ArrayList<>();
        String leikaId = source.parameter("leikaCatalogue", Leika.CATALOGUE_ID);
        Optional<Catalogue> leika = source.catalogue(leikaId);
        if (leika.isEmpty()) {
            problems.add(LoadProblem.error(leikaId, 0, NLS.bind(Messages.noLeika, leikaId)));
            return new LoadResult(List.of(), problems);
        }
        Map<String, String> abbreviationOf = new HashMap<>();
        Map<String, String> titleOf = new HashMap<>();
        for (CatalogueEntry service : leika.get().entries()) {
            learnAbbreviations(service, abbreviationOf, titleOf);
        }
        Map<String, Law> laws = new LinkedHashMap<>();
        for (CatalogueEntry service : leika.get().entries()) {
            String text = service.attribute(Leika.RECHTSGRUNDLAGEN);
            if (text == null) {
                continue;
            }
            Matcher m = ITEM.matcher(text);
            int end = 0;
            while (end < text.length() && m.find(end) && m.start() == end && m.end() > end) {
                end = m.end();
                Citation citation = Citation.parse(m.group(1), m.group(2).strip(), abbreviationOf, titleOf);
                if (citation == null) {
                    problems.add(LoadProblem.warning(leikaId, 0,
                            NLS.bind(Messages.unparsed, service.key(), m.group(0).strip())));
                    continue;
                }
                laws.computeIfAbsent(citation.identity(), Law::new).add(citation, service.key());
            }
            if (!text.substring(end).isBlank()) {
                problems.add(LoadProblem.warning(leikaId, 0,
                        NLS.bind(Messages.unparsed, service.key(), text.substring(end).strip())));
            }
        }
        return new LoadResult(toEntries(laws), problems);
    }

    /** The source's columns "gesetze" and "gesetz_abkuerzungen" pair titles with abbreviations, when equally long. */
    private static void learnAbbreviations(CatalogueEntry service, Map<String, String> abbreviationOf,
            Map<String, String> titleOf) {
        String titles = service.attribute(Leika.GESETZE);
        String abbreviations = service.attribute(Leika.GESETZ_ABKUERZUNGEN);
        if (titles == null || abbreviations == null) {
            return;
        }
        String[] t = titles.split(",\\s*");
        String[] a = abbreviations.split(",\\s*");
        if (t.length == a.length) {
            for (int i = 0; i < t.length; i++) {
                if (!t[i].isBlank() && !a[i].isBlank()) {
                    abbreviationOf.putIfAbsent(t[i].strip(), a[i].strip());
                    titleOf.putIfAbsent(a[i].strip(), t[i].strip());
                }
            }
        }
    }

    private static List<CatalogueEntry> toEntries(Map<String, Law> laws) {
        List<Law> sorted = new ArrayList<>(laws.values());
        sorted.forEach(Law::decide);
        mergeIntoLinkedLaw(sorted);
        // Laws known to gesetze-im-internet.de first, so they get the plain key when abbreviations collide.
        sorted.sort(Comparator.comparing((Law law) -> law.key.toLowerCase(java.util.Locale.ROOT))
                .thenComparing(law -> law.identity.startsWith("gii:") ? 0 : 1).thenComparing(law -> law.identity));
        Set<String> used = new HashSet<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Law law : sorted) {
            String key = law.key;
            if (!used.add(key)) {
                key = law.key + " (" + law.identity.substring(law.identity.indexOf(':') + 1) + ")";
                used.add(key);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, Norms.ABBREVIATION, law.abbreviation);
            put(attributes, Norms.TITLE, law.title);
            put(attributes, Norms.URL, law.url);
            put(attributes, Norms.LEIKA_KEYS, String.join(" ", law.leikaKeys));
            entries.add(new CatalogueEntry(key, law.title, null, Norms.KIND_NORM, attributes));
            for (Provision provision : law.provisions.values()) {
                Map<String, String> values = new LinkedHashMap<>();
                put(values, Norms.ABBREVIATION, law.abbreviation);
                put(values, Norms.PARAGRAPH, provision.paragraph);
                put(values, Norms.TITLE, law.title);
                put(values, Norms.URL, provision.url);
                put(values, Norms.LEIKA_KEYS, String.join(" ", provision.leikaKeys));
                entries.add(new CatalogueEntry(key + " " + provision.paragraph,
                        provision.paragraph + " " + (law.abbreviation != null ? law.abbreviation : law.title), key,
                        Norms.KIND_PROVISION, values));
            }
        }
        return entries;
    }

    /**
     * A citation linking elsewhere (e.g. to a commercial site) but naming the abbreviation of exactly one law on
     * gesetze-im-internet.de belongs to that law.
     */
    private static void mergeIntoLinkedLaw(List<Law> laws) {
        Map<String, List<Law>> linkedByAbbreviation = new HashMap<>();
        for (Law law : laws) {
            if (law.identity.startsWith("gii:") && law.abbreviation != null) {
                linkedByAbbreviation.computeIfAbsent(law.abbreviation, a -> new ArrayList<>()).add(law);
            }
        }
        laws.removeIf(law -> {
            List<Law> target = law.identity.startsWith("gii:") || law.abbreviation == null ? null
                    : linkedByAbbreviation.get(law.abbreviation);
            if (target == null || target.size() != 1) {
                return false;
            }
            Law into = target.get(0);
            into.leikaKeys.addAll(law.leikaKeys);
            law.provisions.forEach((paragraph, provision) -> into.provisions.merge(paragraph, provision, (a, b) -> {
                a.leikaKeys.addAll(b.leikaKeys);
                return a;
            }));
            return true;
        });
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    /** One parsed citation. */
    record Citation(String paragraph, String title, String abbreviation, String url, String lawUrl, String identity) {

        static Citation parse(String rawText, String url, Map<String, String> abbreviationOf,
                Map<String, String> titleOf) {
            String text = rawText.strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                return null;
            }
            String abbreviation = null;
            Matcher trailing = TRAILING_ABBREVIATION.matcher(text);
            if (trailing.matches() && trailing.group(2).chars().anyMatch(Character::isUpperCase)
                    && trailing.group(2).split(" ").length <= 3) {
                abbreviation = trailing.group(2).strip();
                text = trailing.group(1).strip();
            }
            String paragraph = null;
            Matcher start = PARAGRAPH_START.matcher(text);
            if (start.matches()) {
                String[] tokens = start.group(2).split(" ");
                int consumed = 0;
                while (consumed < tokens.length && PARAGRAPH_TOKEN.matcher(tokens[consumed]).matches()) {
                    consumed++;
                }
                if (consumed > 0) {
                    String spec = String.join(" ", java.util.Arrays.copyOf(tokens, consumed)).replaceAll("[,;]$", "");
                    String symbol = start.group(1).equals("Artikel") ? "Art." : start.group(1);
                    paragraph = symbol + " " + spec;
                    text = String.join(" ", java.util.Arrays.copyOfRange(tokens, consumed, tokens.length)).strip();
                }
            }
            String title = text.isEmpty() ? null : text;
            if (abbreviation == null && title != null && LOOKS_LIKE_ABBREVIATION.matcher(title).matches()
                    && titleOf.containsKey(title)) {
                abbreviation = title;
                title = titleOf.get(abbreviation);
            }
            if (abbreviation == null && title != null) {
                abbreviation = abbreviationOf.get(title);
            }
            if (title == null) {
                title = abbreviation != null ? titleOf.getOrDefault(abbreviation, abbreviation) : null;
            }
            if (title == null) {
                return null;
            }
            String lawUrl = null;
            String identity = null;
            try {
                URI uri = URI.create(url);
                String host = uri.getHost() == null ? "" : uri.getHost();
                String[] path = uri.getPath() == null ? new String[0] : uri.getPath().split("/");
                if ((host.endsWith("gesetze-im-internet.de") || host.endsWith("bundesrecht.juris.de"))
                        && path.length > 1 && !path[1].isEmpty() && !path[1].contains(".")) {
                    String slug = path[1].toLowerCase(java.util.Locale.ROOT);
                    identity = "gii:" + slug;
                    lawUrl = "http://www.gesetze-im-internet.de/" + slug + "/";
                }
            } catch (IllegalArgumentException e) {
                // not a URI: keep it as text, identify the law by name
            }
            if (identity == null) {
                identity = abbreviation != null ? "abbr:" + abbreviation : "title:" + title;
            }
            return new Citation(paragraph, title, abbreviation, url, lawUrl, identity);
        }
    }

    /** Everything cited of one law; abbreviation and title by majority of the citations. */
    private static final class Law {
        final String identity;
        final Map<String, Integer> abbreviations = new TreeMap<>();
        final Map<String, Integer> titles = new TreeMap<>();
        final Set<String> leikaKeys = new LinkedHashSet<>();
        final Map<String, Provision> provisions = new TreeMap<>(Law::compareParagraphs);
        String url;
        String key;
        String abbreviation;
        String title;

        Law(String identity) {
            this.identity = identity;
        }

        void add(Citation citation, String leikaKey) {
            if (citation.abbreviation() != null) {
                abbreviations.merge(citation.abbreviation(), 1, Integer::sum);
            }
            titles.merge(citation.title(), 1, Integer::sum);
            leikaKeys.add(leikaKey);
            if (url == null) {
                url = citation.lawUrl();
            }
            if (citation.paragraph() == null) {
                if (url == null) {
                    url = citation.url();
                }
            } else {
                provisions.computeIfAbsent(citation.paragraph(), p -> new Provision(p, citation.url()))
                        .leikaKeys.add(leikaKey);
            }
        }

        void decide() {
            abbreviation = majority(abbreviations);
            title = majority(titles);
            key = abbreviation != null ? abbreviation : title;
        }

        private static String majority(Map<String, Integer> votes) {
            return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
        }

        /** § 2 before § 10: by the first number, then as text. */
        private static int compareParagraphs(String a, String b) {
            int byNumber = Integer.compare(firstNumber(a), firstNumber(b));
            return byNumber != 0 ? byNumber : a.compareTo(b);
        }

        private static int firstNumber(String paragraph) {
            Matcher m = Pattern.compile("\\d+").matcher(paragraph);
            if (!m.find()) {
                return Integer.MAX_VALUE;
            }
            try {
                return Integer.parseInt(m.group());
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
    }

    /** One cited paragraph or article of a law. */
    private static final class Provision {
        final String paragraph;
        final String url;
        final Set<String> leikaKeys = new LinkedHashSet<>();

        Provision(String paragraph, String url) {
            this.paragraph = paragraph;
            this.url = url;
        }
    }
}

package org.prozesswerk.catalog.leika;

import java.util.regex.Pattern;

/**
 * Names and key structure of the LeiKa catalogue. A Leistungsschlüssel has 14 digits: {@code 99}, Leistungsgruppierung
 * (3), Leistungskennung (3), Verrichtung (3), Verrichtungsdetail (3). The first 8 digits identify the Leistungsobjekt.
 */
public final class Leika {

    public static final String CATALOGUE_ID = "leika";

    /** LeiKa-Typisierung (1 = Bund regelt und vollzieht … ), as given, e.g. "2/3" or "1, 2/3". */
    public static final String TYPISIERUNG = "typisierung";
    /** The 5-digit OZG-ID of the OZG service the LeiKa service belongs to (OZG catalogue key). */
    public static final String OZG_ID = "ozgId";
    /** The name of that OZG service, as in the source row. */
    public static final String OZG_LEISTUNG = "ozgLeistung";
    /** Rechtsgrundlagen as given: citations with links, comma-separated (parsed by the norms catalogue). */
    public static final String RECHTSGRUNDLAGEN = "rechtsgrundlagen";
    /** Titles of the laws cited, comma-separated, as given. */
    public static final String GESETZE = "gesetze";
    /** Abbreviations of the laws cited, comma-separated, in the order of {@link #GESETZE}. */
    public static final String GESETZ_ABKUERZUNGEN = "gesetzAbkuerzungen";

    public static final String KIND_LEISTUNGSOBJEKT = "Leistungsobjekt";
    public static final String KIND_VERRICHTUNG = "Leistungsobjekt mit Verrichtung";
    public static final String KIND_DETAIL = "Leistungsobjekt mit Verrichtung und Detail";

    private static final Pattern KEY = Pattern.compile("99\\d{12}");

    private Leika() {
    }

    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The Leistungsobjekt a key belongs to: its first 8 digits followed by 000000. */
    public static String leistungsobjektKey(String key) {
        return key.substring(0, 8) + "000000";
    }

    /** The Verrichtung a key belongs to: its first 11 digits followed by 000. */
    public static String verrichtungKey(String key) {
        return key.substring(0, 11) + "000";
    }

    /** The kind as the key structure says: no Verrichtung, Verrichtung only, or Verrichtung and Detail. */
    public static String kindOf(String key) {
        if (key.endsWith("000000")) {
            return KIND_LEISTUNGSOBJEKT;
        }
        return key.endsWith("000") ? KIND_VERRICHTUNG : KIND_DETAIL;
    }
}

package org.prozesswerk.catalog.ozg;

import java.util.Arrays;
import java.util.List;

import org.prozesswerk.catalog.CatalogueEntry;

/**
 * Names of the OZG catalogue: Themenfeld (key {@code TF} + number) → Lebenslage (key {@code LL} + number) →
 * OZG-Leistung (key: the 5-digit OZG-ID). Each OZG-Leistung lists the LeiKa keys assigned to it.
 */
public final class Ozg {

    public static final String CATALOGUE_ID = "ozg";

    public static final String KIND_THEMENFELD = "Themenfeld";
    public static final String KIND_LEBENSLAGE = "Lebenslage";
    public static final String KIND_LEISTUNG = "OZG-Leistung";

    /** The LeiKa keys of an OZG-Leistung, space-separated, in LeiKa file order; absent when it has none. */
    public static final String LEIKA_KEYS = "leikaKeys";
    /** The number of LeiKa keys of an OZG-Leistung (also present as "0"). */
    public static final String LEIKA_COUNT = "leikaCount";

    private Ozg() {
    }

    public static String themenfeldKey(String id) {
        return "TF" + id;
    }

    public static String lebenslageKey(String id) {
        return "LL" + id;
    }

    /** The LeiKa keys linked from an OZG-Leistung entry (resolve them against catalogue {@code leika}). */
    public static List<String> leikaKeys(CatalogueEntry leistung) {
        String keys = leistung.attribute(LEIKA_KEYS);
        return keys == null || keys.isBlank() ? List.of() : Arrays.asList(keys.split(" "));
    }
}

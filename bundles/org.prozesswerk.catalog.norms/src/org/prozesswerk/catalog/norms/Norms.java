package org.prozesswerk.catalog.norms;

/**
 * Names of the norms catalogue. Two levels: a law or regulation ({@link #KIND_NORM}, key: its abbreviation, e.g.
 * {@code ZPO}) and the provisions cited from it ({@link #KIND_PROVISION}, key: abbreviation and paragraph, e.g.
 * {@code ZPO § 882g}). Laws without abbreviation are keyed by their title.
 */
public final class Norms {

    public static final String CATALOGUE_ID = "norms";

    public static final String KIND_NORM = "Rechtsnorm";
    public static final String KIND_PROVISION = "Einzelvorschrift";

    /** Abbreviation of the law, e.g. "ZPO"; absent if the source gives none. */
    public static final String ABBREVIATION = "abbreviation";
    /** The cited paragraph or article as written, e.g. "§ 39e Absatz 3"; only on provisions. */
    public static final String PARAGRAPH = "paragraph";
    /** Title of the law, e.g. "Zivilprozessordnung". */
    public static final String TITLE = "title";
    /** Link to the text (gesetze-im-internet.de, eur-lex …), as given in the source. */
    public static final String URL = "url";
    /** The LeiKa keys citing this norm, space-separated. */
    public static final String LEIKA_KEYS = "leikaKeys";

    private Norms() {
    }
}

package org.prozesswerk.exchange.xprozess;

/** Names of XProzess 2.0 as used by the reference message (ADONIS NP export {@code alleInhalte.export.0303}). */
public final class XProzess {

    /** The XProzess 2 namespace. */
    public static final String NAMESPACE = "http://www.regierung-mv.de/xprozess/2";

    /** The prefix the reference file uses. */
    public static final String PREFIX = "xprozess";

    /** The message our exporter writes: all contents (Prozesskatalog and Prozessbibliothek), message type 0303. */
    public static final String MESSAGE = "alleInhalte.export.0303";

    /** Catalogue id under which FIM/LeiKa ids of imported Steckbriefe are referenced. */
    public static final String LEIKA = "leika";

    /** Prefix of the attribute definitions that keep XProzess fields without a model feature. */
    public static final String ATTRIBUTE_PREFIX = "xprozess.";

    private XProzess() {
    }
}

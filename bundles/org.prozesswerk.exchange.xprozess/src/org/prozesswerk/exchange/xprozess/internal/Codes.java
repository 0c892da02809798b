package org.prozesswerk.exchange.xprozess.internal;

/**
 * The code lists of the XProzess elements Prozesswerk writes, with the list URI and version the reference message
 * uses ({@code listURI}, {@code listVersionID}). The code itself sits in an unqualified {@code <code>} child.
 */
public enum Codes {

    NACHRICHTENTYP("nachrichtentyp", "urn:xoev-de:xprozess:codeliste:nachricht", "1.0"),
    HANDLUNGSGRUNDLAGENART("art", "urn:xoev-de:mv:em:codeliste:xprozess:handlungsgrundlagenart", "2019-04-16"),
    ZWECKSETZUNG("zwecksetzung", "urn:xoev-de:xprozess:codeliste:zwecksetzung", "2020-01-20"),
    OPERATIVES_ZIEL("operativesZiel", "urn:xoev-de:xprozess:codeliste:operativesziel", "2019-08-05"),
    HANDLUNGSFORM("handlungsform", "urn:xoev-de:xprozess:codeliste:handlungsform", "2019-08-05"),
    VERFAHRENSART("verfahrensart", "urn:xoev-de:xprozess:codeliste:verfahrensart", "2019-08-05"),
    MERKMAL_DATENTYP("merkmalDatentyp", "urn:xoev-de:xdomea:codeliste:datentyp", "1.0"),
    STATUS("status", "urn:xoev-de:xprozess:codeliste:status", "2020-03-19"),
    PROZESSROLLE("rolle", "urn:xoev-de:xprozess:codeliste:prozessrolle", "2019-08-05"),
    DETAILLIERUNGSSTUFE("detaillierungsstufe", "urn:xoev-de:xprozess:codeliste:detaillierungsstufe", "2022-03-15"),
    BUNDESLAND("bundesland", "urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland", "2010-04-01"),
    MODELLIERUNGSMETHODE("code", "urn:xoev-de:xprozess:codeliste:modellierungsmethode", "2019-08-05"),
    MIME_TYPE("mimeType", "urn:xoev-de:xprozess:codeliste:mimetype", "2020-01-20");

    private final String element;
    private final String listUri;
    private final String listVersion;

    Codes(String element, String listUri, String listVersion) {
        this.element = element;
        this.listUri = listUri;
        this.listVersion = listVersion;
    }

    public String element() {
        return element;
    }

    public String listUri() {
        return listUri;
    }

    public String listVersion() {
        return listVersion;
    }
}

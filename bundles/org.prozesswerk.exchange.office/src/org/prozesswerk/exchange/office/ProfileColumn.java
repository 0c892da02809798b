package org.prozesswerk.exchange.office;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the Steckbriefe table in CSV and XLSX, in export order. The headers are part of the file format and
 * therefore fixed German (a file reads the same on every machine); the aliases are the headers of typical municipal
 * Excel lists that the default {@link ColumnMapping} recognises.
 */
public enum ProfileColumn {

    ID("ID", "id", "uuid"),
    KEY("Schlüssel", "nr", "nr.", "nummer", "prozessnummer", "kennung", "prozess-id", "steckbrief-schlüssel"),
    NAME("Name", "bezeichnung", "prozessname", "prozess", "prozessbezeichnung", "leistung", "titel"),
    SHORT_DESCRIPTION("Kurzbeschreibung", "kurztext"),
    DESCRIPTION("Beschreibung", "erläuterung", "prozessbeschreibung"),
    PROCESS_TYPE("Prozessart", "prozesstyp"),
    TRIGGER("Auslöser", "ausloeser"),
    RESULT("Ergebnis"),
    FOLDER("Ordner", "gliederung"),
    RESPONSIBLE_UNIT("Zuständige Organisationseinheit", "amt", "organisationseinheit", "zuständigkeit",
            "zuständige stelle", "fachbereich", "dienststelle", "oe"),
    PARTICIPATIONS("Beteiligte", "beteiligte stellen", "mitwirkende"),
    PROCESS_OWNER("Prozessverantwortung", "prozessverantwortlich", "prozessverantwortliche(r)", "prozesseigner",
            "ansprechpartner"),
    CASE_VOLUME("Fallzahl pro Jahr", "fallzahl", "fallzahlen", "fälle pro jahr"),
    PROCESSING_MINUTES("Bearbeitungszeit je Fall (Minuten)", "bearbeitungszeit", "bearbeitungszeit (min)"),
    LEAD_TIME("Durchlaufzeit (Tage)", "durchlaufzeit"),
    DIGITALISATION("Digitalisierungsgrad", "reifegrad", "ozg-reifegrad"),
    STATUS("Status", "freigabestatus"),
    VALID_FROM("Gültig ab", "gueltig ab", "gültigkeit ab"),
    VALID_TO("Gültig bis", "gueltig bis", "gültigkeit bis"),
    TAGS("Schlagwörter", "schlagworte", "stichwörter", "tags"),
    LEIKA("LeiKa-Schlüssel", "leika", "leika-id", "leika schlüssel", "leistungsschlüssel", "fim-id"),
    OZG("OZG-ID", "ozg", "ozg-leistung", "ozg-nummer"),
    CATALOGUE_REFERENCES("Katalogbezüge"),
    LEGAL_BASES("Rechtsgrundlagen", "rechtsgrundlage", "gesetzliche grundlage", "gesetzliche grundlagen",
            "rechtsnorm"),
    CONTEXTS("Kontexte"),
    MODELS("Prozessmodelle", "prozessmodell", "bpmn"),
    STATUS_HISTORY("Statusverlauf"),
    PREDECESSORS("Vorgänger"),
    ATTRIBUTES("Weitere Merkmale");

    private final String header;
    private final List<String> aliases;

    ProfileColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header this column has in exported files. */
    public String header() {
        return header;
    }

    /** Other headers it is recognised by (lower case). */
    public List<String> aliases() {
        return aliases;
    }

    /** Header text compared: trimmed, lower case, inner white space collapsed. */
    public static String normalise(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }
}

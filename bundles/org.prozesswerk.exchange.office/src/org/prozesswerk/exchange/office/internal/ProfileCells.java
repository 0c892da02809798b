package org.prozesswerk.exchange.office.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CellCodec;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.StatusChange;

/**
 * The cell values of Steckbriefe, per {@link ProfileColumn}; shared by the CSV and XLSX exporters. One instance per
 * export: it caches what many rows share (folder paths, lower-cased catalogue ids) and builds multi-valued cells in
 * one reused buffer instead of item strings, lists and joins. Not thread-safe.
 */
public final class ProfileCells {

    /** Catalogue ids of the LeiKa and OZG columns, compared case-insensitively. */
    public static final String LEIKA = "leika";
    public static final String OZG = "ozg";


    private final StringBuilder scratch = new StringBuilder(1024);
    private final Map<Folder, String> folderPaths = new IdentityHashMap<>();
    private final Map<String, String> lowerIds = new HashMap<>();

    /**
     * The value of {@code column}: a {@link String}, an {@link Integer}, a {@link Double}, a {@link Date} or
     * {@code null} for an unset field. Numbers at their default (0) count as unset, enumerations never; a
     * multi-valued field without items is unset.
     */
    public Object value(ProfileColumn column, ProcessProfile p) {
        return switch (column) {
            case ID -> p.getId();
            case KEY -> p.getKey();
            case NAME -> p.getName();
            case SHORT_DESCRIPTION -> p.getShortDescription();
            case DESCRIPTION -> p.getDescription();
            // Enumerations always have a value; their first literal (Kernprozess, in Planung) is the default, which
            // EMF's eIsSet reports as unset, yet it is what the user chose or sees in the editor.
            case PROCESS_TYPE -> p.getProcessType() == null ? null : Labels.processType(p.getProcessType());
            case TRIGGER -> p.getTrigger();
            case RESULT -> p.getResult();
            case FOLDER -> emptyToNull(folderPath(p));
            case RESPONSIBLE_UNIT -> p.getResponsibleUnit() == null ? null : p.getResponsibleUnit().getName();
            case PROCESS_OWNER -> p.getProcessOwner();
            case CASE_VOLUME -> p.getCaseVolumePerYear() == 0 ? null : p.getCaseVolumePerYear();
            case PROCESSING_MINUTES -> p.getProcessingMinutesPerCase() == 0 ? null : p.getProcessingMinutesPerCase();
            case LEAD_TIME -> p.getLeadTimeDays() == 0 ? null : p.getLeadTimeDays();
            case DIGITALISATION -> p.getDigitalisationDegree() == 0 ? null : p.getDigitalisationDegree();
            case STATUS -> p.getStatus() == null ? null : Labels.status(p.getStatus());
            case VALID_FROM -> p.getValidFrom();
            case VALID_TO -> p.getValidTo();
            case PARTICIPATIONS, TAGS, LEIKA, OZG, CATALOGUE_REFERENCES, LEGAL_BASES, CONTEXTS, MODELS, STATUS_HISTORY,
                    PREDECESSORS, ATTRIBUTES -> {
                scratch.setLength(0);
                yield appendItems(column, p, scratch) == 0 ? null : scratch.toString();
            }
        };
    }

    /** Appends the value as cell text ({@link #text(Object)}) to {@code out}; nothing for an unset value. */
    public void appendText(ProfileColumn column, ProcessProfile p, StringBuilder out) {
        switch (column) {
            case PARTICIPATIONS, TAGS, LEIKA, OZG, CATALOGUE_REFERENCES, LEGAL_BASES, CONTEXTS, MODELS, STATUS_HISTORY,
                    PREDECESSORS, ATTRIBUTES -> appendItems(column, p, out);
            default -> {
                Object value = value(column, p);
                if (value instanceof String text) {
                    out.append(text);
                } else if (value instanceof Integer number) {
                    out.append(number.intValue());
                } else if (value != null) {
                    out.append(text(value));
                }
            }
        }
    }

    /** The value as cell text: numbers with a decimal comma, dates as ISO instants. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Labels.decimal(d);
        }
        if (value instanceof Date date) {
            return Labels.date(date);
        }
        return value.toString();
    }

    /**
     * Appends the items of a multi-valued column, one per line ({@link CellCodec}), and returns how many there were.
     */
    private int appendItems(ProfileColumn column, ProcessProfile p, StringBuilder out) {
        int items = 0;
        switch (column) {
            case PARTICIPATIONS -> {
                for (Participation x : p.getParticipations()) {
                    CellCodec.appendItem(line(out, items++), unitName(x), x.getRole());
                }
            }
            case TAGS -> {
                for (String tag : p.getTags()) {
                    CellCodec.appendField(line(out, items++), tag);
                }
            }
            case LEIKA, OZG -> {
                String catalogue = column == ProfileColumn.LEIKA ? LEIKA : OZG;
                for (CatalogueReference reference : p.getCatalogueReferences()) {
                    if (catalogue.equals(lowerId(reference.getCatalogueId())) && reference.getKey() != null) {
                        CellCodec.appendField(line(out, items++), reference.getKey());
                    }
                }
            }
            case CATALOGUE_REFERENCES -> {
                for (CatalogueReference r : p.getCatalogueReferences()) {
                    CellCodec.appendItem(line(out, items++), r.getCatalogueId(), r.getKey(), r.getLabel(),
                            r.getCatalogueVersion());
                }
            }
            case LEGAL_BASES -> {
                for (LegalBasis b : p.getLegalBases()) {
                    CellCodec.appendItem(line(out, items++), b.getAbbreviation(), b.getParagraph(), b.getTitle(),
                            b.getUrl(), b.getSourceCatalogue());
                }
            }
            case CONTEXTS -> {
                for (ProcessContext c : p.getContexts()) {
                    CellCodec.appendItem(line(out, items++), c.getKind() == null ? null : Labels.contextKind(c.getKind()),
                            c.getName(), c.getDescription(), c.getUrl(), c.getProvider());
                }
            }
            case MODELS -> {
                for (ProcessModelReference m : p.getModelReferences()) {
                    CellCodec.appendItem(line(out, items++), m.getPath(),
                            m.getDetailLevel() == 0 ? null : Integer.toString(m.getDetailLevel()), m.getTitle());
                }
            }
            case STATUS_HISTORY -> {
                for (StatusChange c : p.getStatusHistory()) {
                    CellCodec.appendItem(line(out, items++), c.getFrom() == null ? null : Labels.status(c.getFrom()),
                            c.getTo() == null ? null : Labels.status(c.getTo()), c.getWho(),
                            c.getWhen() == null ? null : Labels.date(c.getWhen()), c.getComment());
                }
            }
            case PREDECESSORS -> {
                for (ProcessProfile x : p.getPredecessors()) {
                    CellCodec.appendField(line(out, items++), x.getKey() != null ? x.getKey() : x.getId());
                }
            }
            case ATTRIBUTES -> {
                for (AttributeValue v : p.getAttributeValues()) {
                    String name = v.getDefinition() == null ? null
                            : v.getDefinition().getLabelDe() != null ? v.getDefinition().getLabelDe()
                                    : v.getDefinition().getId();
                    CellCodec.appendItem(line(out, items++), name, v.getValue());
                }
            }
            default -> throw new IllegalArgumentException(column + " is single-valued");
        }
        return items;
    }

    /** Starts item number {@code index}: items after the first go on a new line. */
    private static StringBuilder line(StringBuilder out, int index) {
        return index == 0 ? out : out.append('\n');
    }

    /** {@link Steckbriefe#folderPath}, once per folder. */
    private String folderPath(ProcessProfile p) {
        if (!(p.eContainer() instanceof Folder folder)) {
            return Steckbriefe.folderPath(p);
        }
        String path = folderPaths.get(folder);
        if (path == null) {
            path = Steckbriefe.folderPath(p);
            folderPaths.put(folder, path);
        }
        return path;
    }

    private String lowerId(String id) {
        if (id == null) {
            return "";
        }
        String lower = lowerIds.get(id);
        if (lower == null) {
            lower = lower(id);
            lowerIds.put(id, lower);
        }
        return lower;
    }

    private static String unitName(Participation participation) {
        OrgUnit unit = participation.getUnit();
        return unit == null ? null : unit.getName();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}

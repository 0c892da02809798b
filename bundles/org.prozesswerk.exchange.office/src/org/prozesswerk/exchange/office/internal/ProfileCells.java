package org.prozesswerk.exchange.office.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CellCodec;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.StatusChange;

/** The cell values of one Steckbrief, per {@link ProfileColumn}; shared by the CSV and XLSX exporters. */
public final class ProfileCells {

    /** Catalogue ids of the LeiKa and OZG columns, compared case-insensitively. */
    public static final String LEIKA = "leika";
    public static final String OZG = "ozg";

    private static final ProzesswerkPackage P = ProzesswerkPackage.eINSTANCE;

    private ProfileCells() {
    }

    /**
     * The value of {@code column}: a {@link String}, an {@link Integer}, a {@link Double}, a {@link Date} or
     * {@code null} for an unset field. Numbers at their default (0) count as unset.
     */
    public static Object value(ProfileColumn column, ProcessProfile p) {
        return switch (column) {
            case ID -> p.getId();
            case KEY -> p.getKey();
            case NAME -> p.getName();
            case SHORT_DESCRIPTION -> p.getShortDescription();
            case DESCRIPTION -> p.getDescription();
            case PROCESS_TYPE -> p.eIsSet(P.getProcessProfile_ProcessType()) && p.getProcessType() != null
                    ? Labels.processType(p.getProcessType()) : null;
            case TRIGGER -> p.getTrigger();
            case RESULT -> p.getResult();
            case FOLDER -> emptyToNull(Steckbriefe.folderPath(p));
            case RESPONSIBLE_UNIT -> p.getResponsibleUnit() == null ? null : p.getResponsibleUnit().getName();
            case PARTICIPATIONS -> join(p.getParticipations().stream()
                    .map(x -> CellCodec.item(unitName(x), x.getRole())).toList());
            case PROCESS_OWNER -> p.getProcessOwner();
            case CASE_VOLUME -> p.getCaseVolumePerYear() == 0 ? null : p.getCaseVolumePerYear();
            case PROCESSING_MINUTES -> p.getProcessingMinutesPerCase() == 0 ? null : p.getProcessingMinutesPerCase();
            case LEAD_TIME -> p.getLeadTimeDays() == 0 ? null : p.getLeadTimeDays();
            case DIGITALISATION -> p.getDigitalisationDegree() == 0 ? null : p.getDigitalisationDegree();
            case STATUS -> p.eIsSet(P.getProcessProfile_Status()) && p.getStatus() != null
                    ? Labels.status(p.getStatus()) : null;
            case VALID_FROM -> p.getValidFrom();
            case VALID_TO -> p.getValidTo();
            case TAGS -> join(p.getTags().stream().map(CellCodec::field).toList());
            case LEIKA -> join(keysOf(p, LEIKA));
            case OZG -> join(keysOf(p, OZG));
            case CATALOGUE_REFERENCES -> join(p.getCatalogueReferences().stream().map(ProfileCells::reference).toList());
            case LEGAL_BASES -> join(p.getLegalBases().stream().map(ProfileCells::legalBasis).toList());
            case CONTEXTS -> join(p.getContexts().stream().map(ProfileCells::context).toList());
            case MODELS -> join(p.getModelReferences().stream().map(ProfileCells::model).toList());
            case STATUS_HISTORY -> join(p.getStatusHistory().stream().map(ProfileCells::change).toList());
            case PREDECESSORS -> join(p.getPredecessors().stream()
                    .map(x -> CellCodec.field(x.getKey() != null ? x.getKey() : x.getId())).toList());
            case ATTRIBUTES -> join(p.getAttributeValues().stream().map(ProfileCells::attribute).toList());
        };
    }

    /** The value as cell text: numbers with a decimal comma, dates as ISO instants. */
    public static String text(ProfileColumn column, ProcessProfile profile) {
        return text(value(column, profile));
    }

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

    private static List<String> keysOf(ProcessProfile profile, String catalogue) {
        List<String> keys = new ArrayList<>();
        for (CatalogueReference reference : profile.getCatalogueReferences()) {
            if (catalogue.equals(lower(reference.getCatalogueId())) && reference.getKey() != null) {
                keys.add(CellCodec.field(reference.getKey()));
            }
        }
        return keys;
    }

    public static String reference(CatalogueReference r) {
        return CellCodec.item(r.getCatalogueId(), r.getKey(), r.getLabel(), r.getCatalogueVersion());
    }

    public static String legalBasis(LegalBasis b) {
        return CellCodec.item(b.getAbbreviation(), b.getParagraph(), b.getTitle(), b.getUrl(), b.getSourceCatalogue());
    }

    public static String context(ProcessContext c) {
        return CellCodec.item(c.getKind() == null ? null : Labels.contextKind(c.getKind()), c.getName(),
                c.getDescription(), c.getUrl(), c.getProvider());
    }

    public static String model(ProcessModelReference m) {
        return CellCodec.item(m.getPath(), m.getDetailLevel() == 0 ? null : Integer.toString(m.getDetailLevel()),
                m.getTitle());
    }

    public static String change(StatusChange c) {
        return CellCodec.item(c.getFrom() == null ? null : Labels.status(c.getFrom()),
                c.getTo() == null ? null : Labels.status(c.getTo()), c.getWho(),
                c.getWhen() == null ? null : Labels.date(c.getWhen()), c.getComment());
    }

    public static String attribute(AttributeValue v) {
        String name = v.getDefinition() == null ? null
                : v.getDefinition().getLabelDe() != null ? v.getDefinition().getLabelDe() : v.getDefinition().getId();
        return CellCodec.item(name, v.getValue());
    }

    private static String unitName(Participation participation) {
        OrgUnit unit = participation.getUnit();
        return unit == null ? null : unit.getName();
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}

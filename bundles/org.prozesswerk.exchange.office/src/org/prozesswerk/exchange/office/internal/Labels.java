package org.prozesswerk.exchange.office.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;

import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.exchange.io.IsoInstant;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessType;

/**
 * Texts of enumerations, numbers and dates as they appear in the table cells. The file format is German whatever
 * the UI language; parsing also accepts the model's literals and FIM codes, and numbers with either decimal mark.
 */
public final class Labels {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** German FIM labels by {@link FimStatus#ordinal()}: looked up once, not per cell (a resource bundle lookup). */
    private static final String[] STATUS_LABELS = new String[FimStatus.VALUES.size()];

    static {
        for (FimStatus status : FimStatus.VALUES) {
            STATUS_LABELS[status.ordinal()] = StatusWorkflow.label(status, Locale.GERMAN);
        }
    }

    private Labels() {
    }

    public static String processType(ProcessType type) {
        return switch (type) {
            case CORE -> "Kernprozess";
            case SUPPORT -> "Unterstützungsprozess";
            case MANAGEMENT -> "Führungsprozess";
        };
    }

    public static ProcessType parseProcessType(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        return switch (lower) {
            case "kernprozess", "core" -> ProcessType.CORE;
            case "unterstützungsprozess", "unterstuetzungsprozess", "support", "supportprozess" -> ProcessType.SUPPORT;
            case "führungsprozess", "fuehrungsprozess", "managementprozess", "steuerungsprozess", "management" ->
                ProcessType.MANAGEMENT;
            default -> throw new IllegalArgumentException(text);
        };
    }

    public static String contextKind(ContextKind kind) {
        return switch (kind) {
            case OAA -> "Online-Antrag";
            case IT_PROCEDURE -> "IT-Verfahren";
            case DOCUMENT -> "Dokument";
            case FORM -> "Formular";
        };
    }

    public static ContextKind parseContextKind(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        if (lower.equals("online-antragsassistent") || lower.equals("online-dienst")) {
            return ContextKind.OAA;
        }
        return byLabelOrLiteral(text, ContextKind.VALUES, Labels::contextKind);
    }

    public static String unitKind(OrgUnitKind kind) {
        return switch (kind) {
            case DEPARTMENT -> "Dezernat";
            case OFFICE -> "Amt";
            case DIVISION -> "Abteilung";
            case STAFF -> "Stabsstelle";
            case OTHER -> "Sonstige";
        };
    }

    public static OrgUnitKind parseUnitKind(String text) {
        return byLabelOrLiteral(text, OrgUnitKind.VALUES, Labels::unitKind);
    }

    /** The value whose German label or model literal {@code text} is, in any case. */
    private static <E extends Enumerator> E byLabelOrLiteral(String text, List<E> values, Function<E, String> label) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        for (E value : values) {
            if (label.apply(value).toLowerCase(Locale.GERMAN).equals(lower)
                    || value.getLiteral().toLowerCase(Locale.ROOT).equals(lower)) {
                return value;
            }
        }
        throw new IllegalArgumentException(text);
    }

    public static String status(FimStatus status) {
        return STATUS_LABELS[status.ordinal()];
    }

    /** A FIM status from its German label, its FIM code (1–8) or the model literal. */
    public static FimStatus parseStatus(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        for (FimStatus status : FimStatus.VALUES) {
            if (status(status).toLowerCase(Locale.GERMAN).equals(lower)
                    || status.getLiteral().toLowerCase(Locale.ROOT).equals(lower)
                    || Integer.toString(status.getValue()).equals(lower)) {
                return status;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** A number with a decimal comma and no trailing zeros ("17,5"), as German Excel reads it. */
    public static String decimal(double value) {
        // Fast paths with the same result: whole numbers, and plain (exponent-free) shortest representations,
        // which never end in a zero. Everything else (and non-finite values, which throw) through BigDecimal.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isFinite(value)) {
            String shortest = Double.toString(value);
            if (shortest.indexOf('E') < 0) {
                return shortest.replace('.', ',');
            }
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static double parseDecimal(String text) {
        String plain = text.strip().replace("\u00a0", "").replace(" ", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        return Double.parseDouble(plain);
    }

    /** An integer; "1.200" with German thousands dots is 1200. */
    public static int parseInteger(String text) {
        String plain = text.strip().replace("\u00a0", "").replace(" ", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        if (plain.matches("-?\\d+[.,]0*")) {
            plain = plain.substring(0, Math.max(plain.indexOf('.'), plain.indexOf(',')));
        }
        return Integer.parseInt(plain);
    }

    /** ISO-8601 instant in UTC, e.g. 2024-01-01T00:00:00Z (with milliseconds only when there are some). */
    public static String date(Date date) {
        return IsoInstant.format(date);
    }

    /** An ISO instant, an ISO date (2024-01-31) or a German date (31.01.2024); dates mean midnight UTC. */
    public static Date parseDate(String text) {
        String plain = text.strip();
        try {
            return Date.from(Instant.parse(plain));
        } catch (DateTimeParseException e) {
            // not an instant; try the date forms
        }
        try {
            return Date.from(LocalDate.parse(plain).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Date.from(LocalDate.parse(plain, GERMAN_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }
}

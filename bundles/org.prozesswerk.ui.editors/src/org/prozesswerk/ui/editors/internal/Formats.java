package org.prozesswerk.ui.editors.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;
import org.prozesswerk.core.workflow.StatusWorkflow;

/**
 * How the editor shows and reads values: numbers and dates in the user's locale (German: "17,5", "31.12.2030"),
 * calendar dates as UTC days (as the register stores them), enumeration literals with the edit bundle's labels.
 */
public final class Formats {

    private Formats() {
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** {@code null} for blank input, else the text as typed. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static String integer(int value) {
        return NumberFormat.getIntegerInstance().format(value);
    }

    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** @throws IllegalArgumentException with a user message if {@code text} is not a whole number ≥ 0 */
    public static int parseCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Number number = parse(text);
        if (number == null || number.doubleValue() < 0 || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_NotACount, text));
        }
        return number.intValue();
    }

    /** @throws IllegalArgumentException with a user message if {@code text} is not a number ≥ 0 */
    public static double parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Number number = parse(text);
        if (number == null || number.doubleValue() < 0 || Double.isNaN(number.doubleValue())) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_NotANumber, text));
        }
        return number.doubleValue();
    }

    /** A number as the user's locale writes it, or {@code null}. */
    private static Number parse(String text) {
        String stripped = text.strip();
        ParsePosition position = new ParsePosition(0);
        Number number = NumberFormat.getNumberInstance().parse(stripped, position);
        return position.getIndex() == stripped.length() ? number : null;
    }

    /** A number for an attribute value: stored locale-independent ("17.5"), read in the user's locale. */
    public static String numberToStorage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Number number = parse(text);
        if (number == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_NotANumber, text));
        }
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    public static String numberFromStorage(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            return decimal(Double.parseDouble(stored));
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    private static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
    }

    /** The calendar day of {@code date} (UTC, as stored), e.g. "31.12.2030"; empty for {@code null}. */
    public static String date(Date date) {
        return date == null ? "" : dateFormat().format(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** A sample date for messages, e.g. "31.12.2030". */
    public static String dateExample() {
        return dateFormat().format(LocalDate.of(2030, 12, 31));
    }

    /** @throws IllegalArgumentException with a user message if {@code text} is not a date */
    public static Date parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Date.from(parseDay(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text.strip(), dateFormat());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_NotADate, text, dateExample()));
        }
    }

    /** Date attribute values are stored as ISO days ("2024-05-01"). */
    public static String dayFromStorage(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            return dateFormat().format(LocalDate.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    /** Date and time of a status change in the local time zone, e.g. "01.02.2024, 10:00". */
    public static String dateTime(Date date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Locale.getDefault()).format(date.toInstant().atZone(ZoneId.systemDefault()));
    }

    /** The label of an enumeration literal from the edit bundle ("Kernprozess", "Online-Antragsassistent (OAA)"). */
    public static String literal(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        if (literal instanceof FimStatus status) {
            return StatusWorkflow.label(status, Locale.getDefault());
        }
        String type = literal.getClass().getSimpleName();
        try {
            return ProzesswerkEditPlugin.INSTANCE.getString("_UI_" + type + "_" + literal.getName() + "_literal");
        } catch (MissingResourceException e) {
            return literal.getLiteral();
        }
    }

    /** "32 Ordnungsamt"; the name alone if the unit has no short code. */
    public static String unit(OrgUnit unit) {
        if (unit == null) {
            return "";
        }
        String name = text(unit.getName());
        String code = unit.getShortCode();
        return code == null || code.isBlank() ? name : code + " " + name;
    }

    /** "Dezernat II › 32 Ordnungsamt › 32.1 Gewerbeangelegenheiten". */
    public static String unitPath(OrgUnit unit) {
        List<String> parts = new ArrayList<>();
        for (Object current = unit; current instanceof OrgUnit u; current = u.eContainer()) {
            parts.add(0, unit(u));
        }
        return String.join(" \u203a ", parts);
    }

    /** Labels of the OZG maturity levels 0–4. */
    public static String digitalisationDegree(int degree) {
        return switch (degree) {
            case 0 -> Messages.Degree_0;
            case 1 -> Messages.Degree_1;
            case 2 -> Messages.Degree_2;
            case 3 -> Messages.Degree_3;
            case 4 -> Messages.Degree_4;
            default -> String.valueOf(degree);
        };
    }

    /** Label of a FIM detail level 101–105, e.g. "Stufe 3 (103)". */
    public static String detailLevel(int level) {
        return level >= 101 && level <= 105 ? NLS.bind(Messages.DetailLevel_Label, level - 100, level)
                : level == 0 ? "" : String.valueOf(level);
    }
}

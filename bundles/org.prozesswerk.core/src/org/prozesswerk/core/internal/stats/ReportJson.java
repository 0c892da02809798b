package org.prozesswerk.core.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.CatalogueCoverage;
import org.prozesswerk.core.stats.RegisterStatisticsReport.FolderFigures;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.model.FimStatus;

/** Hand-written JSON for the report: fixed key order, no library, stable number format (for diffs and tests). */
public final class ReportJson {

    private final StringBuilder out = new StringBuilder(4096);

    private ReportJson() {
    }

    public static String render(RegisterStatisticsReport report) {
        return new ReportJson().report(report).toString();
    }

    private StringBuilder report(RegisterStatisticsReport r) {
        out.append("{\n");
        field(1, "register").append(string(r.registerName())).append(",\n");
        field(1, "profiles").append(r.profiles()).append(",\n");
        field(1, "catalogues").append('[');
        String separator = "\n";
        for (CatalogueCoverage c : r.catalogues()) {
            out.append(separator);
            indent(2).append("{\"id\": ").append(string(c.catalogueId())).append(", \"linked\": ")
                    .append(c.linkedProfiles()).append(", \"share\": ").append(share(c.linkedProfiles(), r.profiles()))
                    .append('}');
            separator = ",\n";
        }
        close(r.catalogues().isEmpty(), ']').append(",\n");
        field(1, "withLegalBasis").append(r.withLegalBasis()).append(",\n");
        field(1, "withOaa").append(r.withOaa()).append(",\n");
        field(1, "perStatus").append("{");
        separator = "\n";
        for (Map.Entry<FimStatus, Integer> entry : r.perStatus().entrySet()) {
            out.append(separator);
            field(2, entry.getKey().getName()).append(entry.getValue());
            separator = ",\n";
        }
        close(false, '}').append(",\n");
        field(1, "unfiled").append(r.unfiled()).append(",\n");
        field(1, "folders").append('[');
        separator = "\n";
        for (FolderFigures f : r.folders()) {
            out.append(separator);
            indent(2).append("{\"id\": ").append(string(f.id())).append(", \"name\": ").append(string(f.name()))
                    .append(", \"path\": ").append(string(f.path())).append(", \"depth\": ").append(f.depth())
                    .append(", \"direct\": ").append(f.direct()).append(", \"total\": ").append(f.total()).append('}');
            separator = ",\n";
        }
        close(r.folders().isEmpty(), ']').append(",\n");
        field(1, "capacity").append("{\"hoursPerFte\": ").append(number(r.hoursPerFte(), 2))
                .append(", \"profilesWithData\": ").append(r.profilesWithCapacity())
                .append(", \"hoursPerYear\": ").append(number(r.totalHoursPerYear(), 2))
                .append(", \"fte\": ").append(number(r.totalFte(), 2)).append("},\n");
        field(1, "units").append('[');
        separator = "\n";
        for (UnitFigures u : r.units()) {
            out.append(separator);
            indent(2).append("{\"id\": ").append(string(u.id())).append(", \"name\": ").append(string(u.name()))
                    .append(", \"shortCode\": ").append(string(u.shortCode())).append(", \"depth\": ")
                    .append(u.depth()).append(", \"profiles\": ").append(u.profiles()).append(", \"hoursPerYear\": ")
                    .append(number(u.hoursPerYear(), 2)).append(", \"fte\": ").append(number(u.fte(), 2))
                    .append(", \"profilesWithSubunits\": ").append(u.profilesWithSubunits())
                    .append(", \"hoursPerYearWithSubunits\": ").append(number(u.hoursPerYearWithSubunits(), 2))
                    .append(", \"fteWithSubunits\": ").append(number(u.fteWithSubunits(), 2)).append('}');
            separator = ",\n";
        }
        close(r.units().isEmpty(), ']').append(",\n");
        UnitFigures none = r.withoutUnit();
        field(1, "withoutUnit").append("{\"profiles\": ").append(none.profiles()).append(", \"hoursPerYear\": ")
                .append(number(none.hoursPerYear(), 2)).append(", \"fte\": ").append(number(none.fte(), 2))
                .append("}\n");
        return out.append("}\n");
    }

    private StringBuilder field(int level, String key) {
        return indent(level).append(string(key)).append(": ");
    }

    private StringBuilder indent(int level) {
        return out.append("  ".repeat(level));
    }

    private StringBuilder close(boolean empty, char bracket) {
        if (!empty) {
            out.append('\n');
            indent(1);
        }
        return out.append(bracket);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "0" : number((double) part / whole, 4);
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

package org.prozesswerk.core.internal.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.CatalogueCoverage;
import org.prozesswerk.core.stats.RegisterStatisticsReport.FolderFigures;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.model.FimStatus;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/**
 * The report as JSON through Gson: fixed key order, stable number format (for diffs and tests). The top level is
 * pretty-printed; each catalogue, folder, unit and the small objects stand on one line ({@link #INLINE}).
 */
public final class ReportJson {

    /** One line, {@code ": "} and {@code ", "} between the parts, as people read a table row. */
    public static final FormattingStyle INLINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private final JsonWriter json;

    private ReportJson(JsonWriter json) {
        this.json = json;
    }

    public static String render(RegisterStatisticsReport report, Map<String, ?> leadingFields) {
        StringWriter out = new StringWriter(4096);
        try {
            JsonWriter json = new JsonWriter(out);
            json.setFormattingStyle(FormattingStyle.PRETTY);
            json.beginObject();
            for (Map.Entry<String, ?> field : leadingFields.entrySet()) {
                json.name(field.getKey());
                if (field.getValue() instanceof Number number) {
                    json.value(number);
                } else {
                    json.value(field.getValue() == null ? null : field.getValue().toString());
                }
            }
            new ReportJson(json).report(report);
            json.endObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.append('\n').toString();
    }

    private void report(RegisterStatisticsReport r) throws IOException {
        json.name("register").value(r.registerName());
        json.name("profiles").value(r.profiles());
        json.name("catalogues").beginArray();
        for (CatalogueCoverage c : r.catalogues()) {
            beginLine();
            json.name("id").value(c.catalogueId());
            json.name("linked").value(c.linkedProfiles());
            json.name("share").jsonValue(share(c.linkedProfiles(), r.profiles()));
            endLine();
        }
        json.endArray();
        json.name("withLegalBasis").value(r.withLegalBasis());
        json.name("withOaa").value(r.withOaa());
        json.name("perStatus").beginObject();
        for (Map.Entry<FimStatus, Integer> entry : r.perStatus().entrySet()) {
            json.name(entry.getKey().getName()).value(entry.getValue());
        }
        json.endObject();
        json.name("unfiled").value(r.unfiled());
        json.name("folders").beginArray();
        for (FolderFigures f : r.folders()) {
            beginLine();
            json.name("id").value(f.id());
            json.name("name").value(f.name());
            json.name("path").value(f.path());
            json.name("depth").value(f.depth());
            json.name("direct").value(f.direct());
            json.name("total").value(f.total());
            endLine();
        }
        json.endArray();
        json.name("capacity");
        beginLine();
        json.name("hoursPerFte").jsonValue(number(r.hoursPerFte(), 2));
        json.name("profilesWithData").value(r.profilesWithCapacity());
        json.name("hoursPerYear").jsonValue(number(r.totalHoursPerYear(), 2));
        json.name("fte").jsonValue(number(r.totalFte(), 2));
        endLine();
        json.name("units").beginArray();
        for (UnitFigures u : r.units()) {
            beginLine();
            json.name("id").value(u.id());
            json.name("name").value(u.name());
            json.name("shortCode").value(u.shortCode());
            json.name("depth").value(u.depth());
            json.name("profiles").value(u.profiles());
            json.name("hoursPerYear").jsonValue(number(u.hoursPerYear(), 2));
            json.name("fte").jsonValue(number(u.fte(), 2));
            json.name("profilesWithSubunits").value(u.profilesWithSubunits());
            json.name("hoursPerYearWithSubunits").jsonValue(number(u.hoursPerYearWithSubunits(), 2));
            json.name("fteWithSubunits").jsonValue(number(u.fteWithSubunits(), 2));
            endLine();
        }
        json.endArray();
        UnitFigures none = r.withoutUnit();
        json.name("withoutUnit");
        beginLine();
        json.name("profiles").value(none.profiles());
        json.name("hoursPerYear").jsonValue(number(none.hoursPerYear(), 2));
        json.name("fte").jsonValue(number(none.fte(), 2));
        endLine();
    }

    /** Opens an object on the current line; its members follow on the same line. */
    private void beginLine() throws IOException {
        json.beginObject();
        json.setFormattingStyle(INLINE);
    }

    private void endLine() throws IOException {
        json.endObject();
        json.setFormattingStyle(FormattingStyle.PRETTY);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "0" : number((double) part / whole, 4);
    }

    /** Rounded half-up, no trailing zeros, never exponent notation; {@code null} for NaN and infinity. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}

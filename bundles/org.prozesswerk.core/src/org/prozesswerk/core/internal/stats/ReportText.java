package org.prozesswerk.core.internal.stats;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.prozesswerk.core.internal.Messages;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.CatalogueCoverage;
import org.prozesswerk.core.stats.RegisterStatisticsReport.FolderFigures;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;

/** The report as text for people, e.g. "LEIKA: 847 von 961 (88,1 %)". */
public final class ReportText {

    private final Locale locale;
    private final NumberFormat integer;
    private final NumberFormat decimal;
    private final NumberFormat percent;
    private final StringBuilder out = new StringBuilder(4096);

    private ReportText(Locale locale) {
        this.locale = locale;
        integer = NumberFormat.getIntegerInstance(locale);
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(2);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
    }

    public static String render(RegisterStatisticsReport report, Locale locale) {
        return new ReportText(locale).report(report).toString();
    }

    private StringBuilder report(RegisterStatisticsReport r) {
        String total = integer.format(r.profiles());
        line(0, "stats.title", r.registerName() == null ? "" : r.registerName());
        line(0, "stats.profiles", total);
        line(0, "stats.catalogues");
        if (r.catalogues().isEmpty()) {
            out.append(Messages.get(locale, "stats.noCatalogues")).append('\n');
        }
        for (CatalogueCoverage c : r.catalogues()) {
            line(1, "stats.catalogue", c.catalogueId(), integer.format(c.linkedProfiles()), total,
                    share(c.linkedProfiles(), r.profiles()));
        }
        line(0, "stats.legalBasis", integer.format(r.withLegalBasis()), total, share(r.withLegalBasis(), r.profiles()));
        line(0, "stats.oaa", integer.format(r.withOaa()), total, share(r.withOaa(), r.profiles()));
        line(0, "stats.perStatus");
        for (Map.Entry<FimStatus, Integer> entry : r.perStatus().entrySet()) {
            indent(1).append(StatusWorkflow.label(entry.getKey(), locale)).append(": ")
                    .append(integer.format(entry.getValue())).append('\n');
        }
        line(0, "stats.perFolder");
        for (FolderFigures f : r.folders()) {
            indent(1 + f.depth()).append(f.name() == null ? "" : f.name()).append(": ")
                    .append(integer.format(f.direct())).append(" / ").append(integer.format(f.total())).append('\n');
        }
        indent(1).append(Messages.get(locale, "stats.unfiled")).append(": ").append(integer.format(r.unfiled()))
                .append('\n');
        line(0, "stats.capacity", decimal.format(r.totalHoursPerYear()), decimal.format(r.totalFte()),
                integer.format(r.profilesWithCapacity()), total);
        line(0, "stats.perUnit", integer.format(r.hoursPerFte()));
        for (UnitFigures u : r.units()) {
            String name = u.shortCode() == null || u.shortCode().isEmpty() ? nonNull(u.name())
                    : u.shortCode() + ' ' + nonNull(u.name());
            line(1 + u.depth(), "stats.unit", name, integer.format(u.profiles()), decimal.format(u.hoursPerYear()),
                    decimal.format(u.fte()), integer.format(u.profilesWithSubunits()),
                    decimal.format(u.hoursPerYearWithSubunits()), decimal.format(u.fteWithSubunits()));
        }
        UnitFigures none = r.withoutUnit();
        line(1, "stats.withoutUnit", integer.format(none.profiles()), decimal.format(none.hoursPerYear()),
                decimal.format(none.fte()));
        return out;
    }

    private void line(int level, String key, Object... args) {
        indent(level).append(Messages.get(locale, key, args)).append('\n');
    }

    private StringBuilder indent(int level) {
        return out.append("  ".repeat(level));
    }

    private String share(int part, int whole) {
        return percent.format(whole == 0 ? 0.0 : (double) part / whole);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

package org.prozesswerk.ui.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.CatalogueCoverage;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.ui.dashboard.internal.Messages;

/**
 * What the dashboard shows of a register's statistics, as texts and numbers in the user's locale: the four key
 * figure tiles, the coverage lines and the bars of the three charts. Pure (no SWT), so it is tested without a
 * display; {@link DashboardView} only lays it out and colours the bars by {@link Series}.
 */
public final class DashboardFigures {

    /** Units shown in the capacity chart; the rest are summed into one bar. */
    static final int MAX_UNITS = 10;

    /** Which colour a bar gets. */
    public enum Series {
        COVERAGE, STATUS, CAPACITY, WITHOUT_UNIT
    }

    /** A key figure: the big value and its caption. */
    public record Tile(String value, String caption) {
    }

    /** A bar: its label, length, the text written beside it, its series and index (the status, for its colour). */
    public record Bar(String label, double value, String valueText, Series series, int index) {
    }

    private final List<Tile> tiles = new ArrayList<>();
    private final List<String> coverageLines = new ArrayList<>();
    private final List<Bar> coverageBars = new ArrayList<>();
    private final List<Bar> statusBars = new ArrayList<>();
    private final List<Bar> capacityBars = new ArrayList<>();

    private final NumberFormat integer = NumberFormat.getIntegerInstance();
    private final NumberFormat decimal = NumberFormat.getNumberInstance();

    /**
     * The figures of {@code report}.
     *
     * @param shortName the short name of a catalogue by its id ("LeiKa" for "leika")
     */
    public DashboardFigures(RegisterStatisticsReport report, UnaryOperator<String> shortName) {
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        int profiles = report.profiles();
        tiles.add(new Tile(integer.format(profiles), Messages.Tile_Profiles));
        tiles.add(new Tile(integer.format(report.withLegalBasis()),
                NLS.bind(Messages.Tile_LegalBasis, percent(report.withLegalBasis(), profiles))));
        tiles.add(new Tile(integer.format(report.withOaa()),
                NLS.bind(Messages.Tile_Oaa, percent(report.withOaa(), profiles))));
        tiles.add(new Tile(decimal.format(report.totalFte()), NLS.bind(Messages.Tile_Fte,
                integer.format(report.profilesWithCapacity()), integer.format(Math.round(report.totalHoursPerYear())))));

        for (CatalogueCoverage c : report.catalogues()) {
            String name = shortName.apply(c.catalogueId());
            coverageLines.add(NLS.bind(Messages.Coverage_Line, new Object[] { integer.format(c.linkedProfiles()),
                    integer.format(profiles), name, percent(c.linkedProfiles(), profiles) }));
            coverageBars.add(new Bar(name, profiles == 0 ? 0 : (double) c.linkedProfiles() / profiles,
                    percent(c.linkedProfiles(), profiles) + " %", Series.COVERAGE, 0)); //$NON-NLS-1$
        }
        if (report.catalogues().isEmpty()) {
            coverageLines.add(Messages.Coverage_None);
        }

        for (FimStatus status : FimStatus.VALUES) {
            int n = report.count(status);
            statusBars.add(new Bar(StatusWorkflow.label(status, Locale.getDefault()), n, integer.format(n),
                    Series.STATUS, status.ordinal()));
        }
        addCapacityBars(report);
    }

    public List<Tile> tiles() {
        return tiles;
    }

    /** "847 von 961 Steckbriefen mit LeiKa verknüpft (88 %)", one per catalogue used; a note if none. */
    public List<String> coverageLines() {
        return coverageLines;
    }

    /** Share of the Steckbriefe linked to each catalogue used, 0…1. */
    public List<Bar> coverageBars() {
        return coverageBars;
    }

    /** Steckbriefe per FIM status, in the order of the statuses. */
    public List<Bar> statusBars() {
        return statusBars;
    }

    /** Full-time equivalents per organisation unit, largest first. */
    public List<Bar> capacityBars() {
        return capacityBars;
    }

    private void addCapacityBars(RegisterStatisticsReport r) {
        // The level of the organisation chart at which the workload spreads over several units: the Ämter in a
        // Dezernat/Amt/Sachgebiet chart, the units themselves in a flat one.
        int maxDepth = r.units().stream().mapToInt(UnitFigures::depth).max().orElse(0);
        int level = maxDepth;
        for (int depth = 0; depth <= maxDepth; depth++) {
            int d = depth;
            long busy = r.units().stream().filter(u -> u.depth() == d && u.hoursPerYearWithSubunits() > 0).count();
            if (busy >= 3) {
                level = depth;
                break;
            }
        }
        int chosen = level;
        List<UnitFigures> units = new ArrayList<>(r.units().stream()
                .filter(u -> u.depth() == chosen && u.hoursPerYearWithSubunits() > 0).toList());
        units.sort(Comparator.comparingDouble(UnitFigures::fteWithSubunits).reversed());
        double rest = 0;
        for (int i = 0; i < units.size(); i++) {
            UnitFigures unit = units.get(i);
            if (i < MAX_UNITS) {
                String name = unit.shortCode() == null || unit.shortCode().isBlank() ? unit.name()
                        : unit.shortCode() + " " + unit.name(); //$NON-NLS-1$
                capacityBars.add(new Bar(name, unit.fteWithSubunits(), decimal.format(unit.fteWithSubunits()),
                        Series.CAPACITY, i));
            } else {
                rest += unit.fteWithSubunits();
            }
        }
        if (rest > 0) {
            capacityBars.add(new Bar(NLS.bind(Messages.Capacity_Rest, units.size() - MAX_UNITS), rest,
                    decimal.format(rest), Series.CAPACITY, MAX_UNITS));
        }
        if (r.withoutUnit().hoursPerYear() > 0) {
            capacityBars.add(new Bar(Messages.Capacity_WithoutUnit, r.withoutUnit().fte(),
                    decimal.format(r.withoutUnit().fte()), Series.WITHOUT_UNIT, 0));
        }
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0" : NumberFormat.getIntegerInstance().format(Math.round(100.0 * part / whole)); //$NON-NLS-1$
    }
}

package org.prozesswerk.muster.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.SizeClass;

/**
 * The model org chart of {@code data/organisation.csv}: Fachbereich (KGSt Aufgabenhauptgruppe) → Amt (KGSt Amt) →
 * Sachgebiet, each with the size classes in which it exists and what becomes of its tasks below them.
 */
public final class OrgChartTemplate {

    public static final String FILE = "data/organisation.csv";

    /** Where the tasks of a unit go in municipalities too small to have the unit. */
    public enum Below {
        /** The unit exists in every size class. */
        NONE,
        /** The parent unit takes them over: the Steckbrief stays and moves up. */
        PARENT,
        /** The Kreis does them: the municipality has no such Steckbrief. */
        DISTRICT
    }

    public record Unit(String code, String name, OrgUnitKind kind, Set<SizeClass> sizeClasses, Below below,
            boolean optional) {

        public boolean existsIn(SizeClass sizeClass) {
            return sizeClasses.contains(sizeClass);
        }

        /** "1" for an Amt "10", "33" for a Sachgebiet "33.1", null for a Fachbereich. */
        public String parentCode() {
            int dot = code.lastIndexOf('.');
            if (dot > 0) {
                return code.substring(0, dot);
            }
            return code.length() == 2 ? code.substring(0, 1) : null;
        }
    }

    private final Map<String, Unit> units;

    private OrgChartTemplate(Map<String, Unit> units) {
        this.units = Collections.unmodifiableMap(units);
    }

    /** Reads the template; Fachbereiche and Ämter without a name in the file take it from the {@code vgp} catalogue. */
    public static OrgChartTemplate load(Catalogue vgp) {
        DataFile file = DataFile.read(FILE);
        Map<String, Unit> units = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            String code = row.get(0);
            String name = row.get(1);
            if (!code.matches("[1-8]|[1-8]\\d(\\.\\d+)?")) {
                throw new IllegalStateException(file.problem(row, "invalid unit code '" + code + "'"));
            }
            if (name.isEmpty()) {
                name = vgp.entry(code).map(CatalogueEntry::label).orElseThrow(() -> new IllegalStateException(
                        file.problem(row, "unit " + code + " has no name and is not in catalogue vgp")));
            }
            OrgUnitKind kind = code.contains(".") ? OrgUnitKind.DIVISION
                    : code.length() == 1 ? OrgUnitKind.DEPARTMENT : OrgUnitKind.OFFICE;
            Unit unit = new Unit(code, name, kind, sizeClasses(file, row, row.get(2)), below(file, row, row.get(3)),
                    yesNo(file, row, row.get(4)));
            if (unit.parentCode() != null && !units.containsKey(unit.parentCode())) {
                throw new IllegalStateException(file.problem(row, "parent " + unit.parentCode() + " of " + code
                        + " must be listed before it"));
            }
            if (unit.parentCode() != null && !units.get(unit.parentCode()).sizeClasses().containsAll(
                    unit.sizeClasses())) {
                throw new IllegalStateException(file.problem(row, "unit " + code
                        + " exists in a size class its parent does not exist in"));
            }
            if (units.put(code, unit) != null) {
                throw new IllegalStateException(file.problem(row, "unit " + code + " listed twice"));
            }
        }
        for (CatalogueEntry entry : vgp.entries()) {
            if (!units.containsKey(entry.key())) {
                throw new IllegalStateException(FILE + ": vgp unit " + entry.key() + " " + entry.label() + " missing");
            }
        }
        return new OrgChartTemplate(units);
    }

    /** All units, parents before their children, in file order. */
    public List<Unit> units() {
        return new ArrayList<>(units.values());
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /**
     * The unit that runs a task the rules give to {@code code} in a municipality of {@code sizeClass}: the unit
     * itself if it exists there, else its parent (recursively) for units whose tasks move up, or empty if the task
     * belongs to the Kreis at that size.
     */
    public Optional<Unit> responsibleIn(String code, SizeClass sizeClass) {
        Unit unit = units.get(code);
        while (unit != null && !unit.existsIn(sizeClass)) {
            if (unit.below() != Below.PARENT) {
                return Optional.empty();
            }
            unit = units.get(unit.parentCode());
        }
        return Optional.ofNullable(unit);
    }

    private static Set<SizeClass> sizeClasses(DataFile file, DataFile.Row row, String range) {
        String[] bounds = range.split("-");
        try {
            int from = Integer.parseInt(bounds[0].strip());
            int to = bounds.length > 1 ? Integer.parseInt(bounds[1].strip()) : from;
            Set<SizeClass> result = EnumSet.noneOf(SizeClass.class);
            for (int gk = from; gk <= to; gk++) {
                SizeClass sizeClass = SizeClass.get(gk);
                if (sizeClass == null) {
                    throw new NumberFormatException();
                }
                result.add(sizeClass);
            }
            if (result.isEmpty()) {
                throw new NumberFormatException();
            }
            return Collections.unmodifiableSet(result);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file.problem(row, "size classes must read like 1-7, not '" + range + "'"));
        }
    }

    private static Below below(DataFile file, DataFile.Row row, String value) {
        return switch (value) {
            case "" -> Below.NONE;
            case "Eltern" -> Below.PARENT;
            case "Kreis" -> Below.DISTRICT;
            default -> throw new IllegalStateException(file.problem(row, "Darunter must be Eltern, Kreis or empty"));
        };
    }

    private static boolean yesNo(DataFile file, DataFile.Row row, String value) {
        return switch (value) {
            case "ja" -> true;
            case "nein", "" -> false;
            default -> throw new IllegalStateException(file.problem(row, "Optional must be ja or nein"));
        };
    }
}

package org.prozesswerk.core.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.prozesswerk.core.internal.stats.ReportJson;
import org.prozesswerk.core.internal.stats.ReportText;
import org.prozesswerk.model.FimStatus;

/**
 * The figures of one register, as computed by {@link RegisterStatistics}. Lists are in a stable order: catalogues
 * by id, folders and units depth-first in model order.
 *
 * @param registerName         the register's name (may be {@code null})
 * @param profiles             number of process profiles (Steckbriefe), filed and unfiled
 * @param catalogues           per catalogue id: how many profiles link to it at least once
 * @param withLegalBasis       profiles with at least one legal basis
 * @param withOaa              profiles with at least one context of kind OAA (online service)
 * @param perStatus            profiles per FIM status; every status is a key, in FIM code order
 * @param folders              every folder with its direct and recursive profile count
 * @param unfiled              profiles not filed in any folder
 * @param units                every organisational unit with the profiles it is responsible for and their workload
 * @param withoutUnit          the profiles without a responsible unit, as a pseudo unit (id and name {@code null})
 * @param profilesWithCapacity profiles with both a case volume and a processing time, i.e. that count towards hours
 * @param hoursPerFte          net working hours per full-time equivalent used for the FTE figures
 */
public record RegisterStatisticsReport(String registerName, int profiles, List<CatalogueCoverage> catalogues,
        int withLegalBasis, int withOaa, Map<FimStatus, Integer> perStatus, List<FolderFigures> folders,
        int unfiled, List<UnitFigures> units, UnitFigures withoutUnit, int profilesWithCapacity,
        double hoursPerFte) {

    /** How many profiles link to one catalogue, e.g. "847 of 961 linked to LEIKA". */
    public record CatalogueCoverage(String catalogueId, int linkedProfiles) {
    }

    /**
     * The profiles of one folder.
     *
     * @param path   the names from the root folder down to this one, joined by " / "
     * @param depth  0 for root folders
     * @param direct profiles directly in this folder
     * @param total  profiles in this folder and all its subfolders
     */
    public record FolderFigures(String id, String name, String path, int depth, int direct, int total) {
    }

    /**
     * The profiles an organisational unit is responsible for and the workload they cause.
     *
     * @param depth                    0 for root units
     * @param profiles                 profiles whose responsible unit is this one
     * @param hoursPerYear             sum of case volume × processing minutes of those profiles, in hours
     * @param profilesWithSubunits     like {@code profiles}, including all subunits
     * @param hoursPerYearWithSubunits like {@code hoursPerYear}, including all subunits
     * @param hoursPerFte              the divisor of the FTE figures
     */
    public record UnitFigures(String id, String name, String shortCode, int depth, int profiles,
            double hoursPerYear, int profilesWithSubunits, double hoursPerYearWithSubunits, double hoursPerFte) {

        /** Full-time equivalents needed for this unit's own profiles. */
        public double fte() {
            return hoursPerYear / hoursPerFte;
        }

        /** Full-time equivalents including subunits. */
        public double fteWithSubunits() {
            return hoursPerYearWithSubunits / hoursPerFte;
        }
    }

    public RegisterStatisticsReport {
        catalogues = List.copyOf(catalogues);
        Map<FimStatus, Integer> ordered = new EnumMap<>(FimStatus.class);
        for (FimStatus status : FimStatus.VALUES) {
            ordered.put(status, perStatus.getOrDefault(status, 0));
        }
        perStatus = Collections.unmodifiableMap(ordered);
        folders = List.copyOf(folders);
        units = List.copyOf(units);
    }

    /** Profiles that link to {@code catalogueId} (0 if none). */
    public int linkedTo(String catalogueId) {
        for (CatalogueCoverage coverage : catalogues) {
            if (coverage.catalogueId().equals(catalogueId)) {
                return coverage.linkedProfiles();
            }
        }
        return 0;
    }

    /** Profiles in {@code status}. */
    public int count(FimStatus status) {
        return perStatus.getOrDefault(status, 0);
    }

    /** The figures of the folder with {@code id}. */
    public Optional<FolderFigures> folder(String id) {
        return folders.stream().filter(f -> id.equals(f.id())).findFirst();
    }

    /** The figures of the unit with {@code id}. */
    public Optional<UnitFigures> unit(String id) {
        return units.stream().filter(u -> id.equals(u.id())).findFirst();
    }

    /** Workload of all profiles in hours per year. */
    public double totalHoursPerYear() {
        double hours = withoutUnit.hoursPerYear();
        for (UnitFigures unit : units) {
            if (unit.depth() == 0) {
                hours += unit.hoursPerYearWithSubunits();
            }
        }
        return hours;
    }

    /** Workload of all profiles in full-time equivalents. */
    public double totalFte() {
        return totalHoursPerYear() / hoursPerFte;
    }

    /**
     * A JSON object with a fixed key order: register, profiles, catalogues[{id, linked, share}], withLegalBasis,
     * withOaa, perStatus{LITERAL: n}, unfiled, folders[{id, name, path, depth, direct, total}], capacity{hoursPerFte,
     * profilesWithData, hoursPerYear, fte}, units[{id, name, shortCode, depth, profiles, hoursPerYear, fte,
     * profilesWithSubunits, hoursPerYearWithSubunits, fteWithSubunits}], withoutUnit{profiles, hoursPerYear, fte}.
     * Hours and FTE are rounded to two decimals, shares to four.
     */
    public String toJson() {
        return ReportJson.render(this, Map.of());
    }

    /**
     * The same object with {@code leadingFields} (strings and numbers, in the map's order) before {@code register};
     * the CLI puts the file name and load figures there.
     */
    public String toJson(Map<String, ?> leadingFields) {
        return ReportJson.render(this, leadingFields);
    }

    /** A plain-text report for people, in {@code locale} (German and English texts exist). */
    public String toText(Locale locale) {
        return ReportText.render(this, locale);
    }
}

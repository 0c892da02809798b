package org.prozesswerk.core.internal.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.core.stats.RegisterStatisticsReport.CatalogueCoverage;
import org.prozesswerk.core.stats.RegisterStatisticsReport.FolderFigures;
import org.prozesswerk.core.stats.RegisterStatisticsReport.UnitFigures;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/** One pass over a register that accumulates everything the report needs. Not thread-safe; use once. */
public final class StatisticsCollector {

    /** Per unit: profiles and minutes per year; EObjects hash by identity, insertion order keeps output stable. */
    private static final class UnitSum {
        int profiles;
        double minutes;
    }

    private final double hoursPerFte;
    private final int[] perStatus = new int[FimStatus.VALUES.size()];
    private final Map<String, int[]> perCatalogue = new HashMap<>();
    private final Map<OrgUnit, UnitSum> perUnit = new LinkedHashMap<>();
    private final UnitSum withoutUnit = new UnitSum();
    private final List<FolderFigures> folders = new ArrayList<>();
    private final List<UnitFigures> units = new ArrayList<>();
    private int profiles;
    private int withLegalBasis;
    private int withOaa;
    private int withCapacity;

    public StatisticsCollector(double hoursPerFte) {
        this.hoursPerFte = hoursPerFte;
    }

    public RegisterStatisticsReport collect(ProcessRegister register) {
        for (Folder folder : register.getRootFolders()) {
            visitFolder(folder, "", 0);
        }
        List<ProcessProfile> unfiled = register.getUnfiledProfiles();
        for (ProcessProfile profile : unfiled) {
            visitProfile(profile);
        }
        for (OrgUnit unit : register.getOrganisation()) {
            visitUnit(unit, 0);
        }
        // Units outside the register's organisation chart (e.g. in another resource) still get their line.
        for (Map.Entry<OrgUnit, UnitSum> rest : perUnit.entrySet()) {
            OrgUnit unit = rest.getKey();
            double hours = rest.getValue().minutes / 60.0;
            units.add(new UnitFigures(unit.getId(), unit.getName(), unit.getShortCode(), 0, rest.getValue().profiles,
                    hours, rest.getValue().profiles, hours, hoursPerFte));
        }
        return new RegisterStatisticsReport(register.getName(), profiles, catalogues(register), withLegalBasis,
                withOaa, statusMap(), folders, unfiled.size(), units,
                new UnitFigures(null, null, null, 0, withoutUnit.profiles, withoutUnit.minutes / 60.0,
                        withoutUnit.profiles, withoutUnit.minutes / 60.0, hoursPerFte),
                withCapacity, hoursPerFte);
    }

    private int visitFolder(Folder folder, String parentPath, int depth) {
        String path = parentPath.isEmpty() ? nonNull(folder.getName()) : parentPath + " / " + nonNull(folder.getName());
        int index = folders.size();
        folders.add(null); // placeholder: parents come before their subfolders, but need their totals
        List<ProcessProfile> direct = folder.getProfiles();
        for (ProcessProfile profile : direct) {
            visitProfile(profile);
        }
        int total = direct.size();
        for (Folder child : folder.getFolders()) {
            total += visitFolder(child, path, depth + 1);
        }
        folders.set(index, new FolderFigures(folder.getId(), folder.getName(), path, depth, direct.size(), total));
        return total;
    }

    private void visitProfile(ProcessProfile profile) {
        profiles++;
        FimStatus status = profile.getStatus();
        if (status != null) {
            perStatus[status.ordinal()]++;
        }
        countCatalogues(profile.getCatalogueReferences());
        if (!profile.getLegalBases().isEmpty()) {
            withLegalBasis++;
        }
        if (hasOaa(profile.getContexts())) {
            withOaa++;
        }
        double minutes = 0;
        int volume = profile.getCaseVolumePerYear();
        double perCase = profile.getProcessingMinutesPerCase();
        if (volume > 0 && perCase > 0) {
            withCapacity++;
            minutes = volume * perCase;
        }
        OrgUnit unit = profile.getResponsibleUnit();
        UnitSum sum = unit == null ? withoutUnit : perUnit.computeIfAbsent(unit, u -> new UnitSum());
        sum.profiles++;
        sum.minutes += minutes;
    }

    // Each profile counts once per catalogue, however many keys of it it references; lists are short.
    private void countCatalogues(List<CatalogueReference> references) {
        for (int i = 0; i < references.size(); i++) {
            String id = references.get(i).getCatalogueId();
            if (id == null || seenBefore(references, i, id)) {
                continue;
            }
            perCatalogue.computeIfAbsent(id, k -> new int[1])[0]++;
        }
    }

    private static boolean seenBefore(List<CatalogueReference> references, int index, String id) {
        for (int j = 0; j < index; j++) {
            if (id.equals(references.get(j).getCatalogueId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOaa(List<ProcessContext> contexts) {
        for (ProcessContext context : contexts) {
            if (context.getKind() == ContextKind.OAA) {
                return true;
            }
        }
        return false;
    }

    /** Returns {profiles, minutes} including subunits and appends the unit before its subunits. */
    private double[] visitUnit(OrgUnit unit, int depth) {
        UnitSum own = perUnit.remove(unit);
        int ownProfiles = own == null ? 0 : own.profiles;
        double ownMinutes = own == null ? 0 : own.minutes;
        int index = units.size();
        units.add(null);
        double profilesWithSubunits = ownProfiles;
        double minutesWithSubunits = ownMinutes;
        for (OrgUnit child : unit.getChildren()) {
            double[] sub = visitUnit(child, depth + 1);
            profilesWithSubunits += sub[0];
            minutesWithSubunits += sub[1];
        }
        units.set(index, new UnitFigures(unit.getId(), unit.getName(), unit.getShortCode(), depth, ownProfiles,
                ownMinutes / 60.0, (int) profilesWithSubunits, minutesWithSubunits / 60.0, hoursPerFte));
        return new double[] { profilesWithSubunits, minutesWithSubunits };
    }

    private List<CatalogueCoverage> catalogues(ProcessRegister register) {
        Map<String, Integer> sorted = new TreeMap<>();
        for (CatalogueUsage usage : register.getUsedCatalogues()) {
            if (usage.getCatalogueId() != null) {
                sorted.put(usage.getCatalogueId(), 0);
            }
        }
        perCatalogue.forEach((id, count) -> sorted.put(id, count[0]));
        List<CatalogueCoverage> result = new ArrayList<>(sorted.size());
        sorted.forEach((id, count) -> result.add(new CatalogueCoverage(id, count)));
        return result;
    }

    private Map<FimStatus, Integer> statusMap() {
        Map<FimStatus, Integer> map = new EnumMap<>(FimStatus.class);
        for (FimStatus status : FimStatus.VALUES) {
            map.put(status, perStatus[status.ordinal()]);
        }
        return map;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

package org.prozesswerk.muster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.SizeClass;

/**
 * How a Musterregister came about and what it holds, for reports and documentation.
 *
 * @param sizeClass             the size class generated for
 * @param leikaServices         LeiKa entries examined (all valid entries of the catalogue)
 * @param excludedByTypisierung entries whose Typisierung names no execution by Land or Kommune (1, 2, 6, none)
 * @param notMunicipal          entries the responsibility rules give to Bund, Land, courts, chambers or insurers
 * @param districtTasks         entries whose unit does not exist at this size and whose tasks go to the Kreis
 * @param foldedLeistungsobjekte Leistungsobjekte left out because Verrichtungen of them are Steckbriefe
 * @param steckbriefe           Steckbriefe in the register
 * @param linkedLeika           Steckbriefe with a LeiKa reference
 * @param linkedOzg             Steckbriefe with an OZG reference
 * @param withLegalBasis        Steckbriefe with at least one legal basis
 * @param withOaa               Steckbriefe with an online service (OAA) context
 * @param withTrigger           Steckbriefe with trigger and result derived from their Verrichtung
 * @param units                 organisational units in the register
 * @param perStatus             Steckbriefe per FIM status, every status present, in code order
 * @param perThemenfeld         Steckbriefe per root folder (OZG Themenfeld, then "Weitere Verwaltungsleistungen")
 * @param unassigned            Steckbriefe without responsible unit ("LeiKa key label"), for the report
 */
public record MusterFigures(SizeClass sizeClass, int leikaServices, int excludedByTypisierung, int notMunicipal,
        int districtTasks, int foldedLeistungsobjekte, int steckbriefe, int linkedLeika, int linkedOzg,
        int withLegalBasis, int withOaa, int withTrigger, int units, Map<FimStatus, Integer> perStatus,
        Map<String, Integer> perThemenfeld, List<String> unassigned) {

    public MusterFigures {
        Map<FimStatus, Integer> status = new EnumMap<>(FimStatus.class);
        for (FimStatus s : FimStatus.VALUES) {
            status.put(s, perStatus.getOrDefault(s, 0));
        }
        perStatus = Collections.unmodifiableMap(status);
        perThemenfeld = Collections.unmodifiableMap(new LinkedHashMap<>(perThemenfeld));
        unassigned = List.copyOf(unassigned);
    }
}

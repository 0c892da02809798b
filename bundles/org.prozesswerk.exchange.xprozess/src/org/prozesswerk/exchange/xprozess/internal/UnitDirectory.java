package org.prozesswerk.exchange.xprozess.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.w3c.dom.Element;

/** The org units of the target register by name: a participant becomes the unit of that name, or a new one. */
public final class UnitDirectory {

    private final ProcessRegister target;
    private final ExchangeReport report;
    private final Map<String, OrgUnit> units = new HashMap<>();

    public UnitDirectory(ProcessRegister target, ExchangeReport report) {
        this.target = target;
        this.report = report;
        for (OrgUnit unit : Steckbriefe.units(target)) {
            units.putIfAbsent(norm(unit.getName()), unit);
        }
    }

    public OrgUnit unit(String name, Element where) {
        OrgUnit unit = units.get(norm(name));
        if (unit != null) {
            report.mapped(ElementPath.of(where), name, Messages.Import_UnitFound);
            return unit;
        }
        unit = ProzesswerkFactory.eINSTANCE.createOrgUnit();
        unit.setId("ou-" + UUID.nameUUIDFromBytes(("xprozess-unit:" + norm(name)).getBytes(StandardCharsets.UTF_8)));
        unit.setName(name);
        unit.setKind(OrgUnitKind.OTHER);
        target.getOrganisation().add(unit);
        units.put(norm(name), unit);
        report.created(ElementPath.of(where), name, Messages.Import_UnitCreated);
        return unit;
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }
}

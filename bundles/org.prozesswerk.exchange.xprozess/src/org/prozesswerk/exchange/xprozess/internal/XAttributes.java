package org.prozesswerk.exchange.xprozess.internal;

import java.util.List;

import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * XProzess fields the metamodel has no feature for, kept as register attributes (ids {@code xprozess.*}) so that an
 * import followed by an export gives them back. Labels are part of the data, hence fixed German and English.
 */
public enum XAttributes {

    VERSION("version", "Version (XProzess)", "Version (XProzess)", AttributeType.TEXT),
    FREIGEBENDE_STELLE("fachlichFreigebendeStelle", "Fachlich freigebende Stelle", "Approving authority",
            AttributeType.TEXT),
    ZWECKSETZUNG("zwecksetzung", "Zwecksetzung (XProzess-Code)", "Purpose (XProzess code)", AttributeType.TEXT),
    OPERATIVES_ZIEL("operativesZiel", "Operatives Ziel (XProzess-Code)", "Operational goal (XProzess code)",
            AttributeType.TEXT),
    HANDLUNGSFORM("handlungsform", "Handlungsform (XProzess-Code)", "Form of action (XProzess code)",
            AttributeType.TEXT),
    VERFAHRENSART("verfahrensart", "Verfahrensart (XProzess-Code)", "Kind of procedure (XProzess code)",
            AttributeType.TEXT),
    DETAILLIERUNGSSTUFE("detaillierungsstufe", "Detaillierungsstufe (XProzess-Code)", "Detail level (XProzess code)",
            AttributeType.TEXT),
    BUNDESLAENDER("bundeslaender", "Bundesländer (verwaltungspolitische Kodierung)", "Federal states",
            AttributeType.TEXT),
    FACHLICHE_FREIGABE("fachlicherFreigabezeitpunkt", "Fachliche Freigabe", "Technical release", AttributeType.DATE),
    FORMELLE_FREIGABE("formellerFreigabezeitpunkt", "Formelle Freigabe", "Formal release", AttributeType.DATE),
    /**
     * The whole {@code prozessstrukturbeschreibung} (activity groups with their Handlungsgrundlagen, forms, ...) as
     * XML: the metamodel has no activity groups, and the export writes it back where it stood.
     */
    STRUKTURBESCHREIBUNG("prozessstrukturbeschreibung", "Prozessstrukturbeschreibung (XProzess-XML)",
            "Process structure description (XProzess XML)", AttributeType.TEXT);

    private final String element;
    private final String labelDe;
    private final String labelEn;
    private final AttributeType type;

    XAttributes(String element, String labelDe, String labelEn, AttributeType type) {
        this.element = element;
        this.labelDe = labelDe;
        this.labelEn = labelEn;
        this.type = type;
    }

    public String id() {
        return "xprozess." + element;
    }

    public String labelDe() {
        return labelDe;
    }

    /** The definition in {@code register}, created (and added) if missing. */
    public AttributeDefinition definition(ProcessRegister register) {
        for (AttributeDefinition definition : register.getAttributeDefinitions()) {
            if (id().equals(definition.getId())) {
                return definition;
            }
        }
        AttributeDefinition definition = ProzesswerkFactory.eINSTANCE.createAttributeDefinition();
        definition.setId(id());
        definition.setLabelDe(labelDe);
        definition.setLabelEn(labelEn);
        definition.setType(type);
        register.getAttributeDefinitions().add(definition);
        return definition;
    }

    /** Sets the profile's value (adds it if missing); blank values are not stored. */
    public void set(ProcessRegister register, ProcessProfile profile, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        AttributeValue attribute = ProzesswerkFactory.eINSTANCE.createAttributeValue();
        attribute.setDefinition(definition(register));
        attribute.setValue(value.strip());
        profile.getAttributeValues().add(attribute);
    }

    /** The profile's value, or {@code null}. */
    public String get(ProcessProfile profile) {
        for (AttributeValue value : profile.getAttributeValues()) {
            if (value.getDefinition() != null && id().equals(value.getDefinition().getId())) {
                return value.getValue();
            }
        }
        return null;
    }

    /** Whether a value belongs to one of these definitions. */
    public static boolean isOurs(AttributeValue value) {
        return value.getDefinition() != null && value.getDefinition().getId() != null
                && value.getDefinition().getId().startsWith("xprozess.")
                && List.of(values()).stream().anyMatch(a -> a.id().equals(value.getDefinition().getId()));
    }
}

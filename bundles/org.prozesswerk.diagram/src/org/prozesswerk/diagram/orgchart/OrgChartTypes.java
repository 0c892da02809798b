package org.prozesswerk.diagram.orgchart;

/** Element types of the Organigramm, shared with the client's views. */
public final class OrgChartTypes {

    public static final String DIAGRAM_TYPE = "orgchart";
    public static final String UNIT = "pw:unit";
    public static final String UNIT_CODE = "pw:unit-code";
    public static final String UNIT_NAME = "pw:unit-name";
    public static final String UNIT_DETAILS = "pw:unit-details";
    public static final String HIERARCHY = "pw:hierarchy";

    /** Id suffix of a unit's name label: {@code <unit id>_name}. */
    public static final String NAME_SUFFIX = "_name";
    /** Id prefix of hierarchy edges: {@code h_<child unit id>}. */
    public static final String HIERARCHY_PREFIX = "h_";

    public static final double MIN_WIDTH = 200;
    public static final double HEIGHT = 74;

    private OrgChartTypes() {
    }
}

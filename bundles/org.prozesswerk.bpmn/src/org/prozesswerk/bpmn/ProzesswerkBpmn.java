package org.prozesswerk.bpmn;

import java.util.Optional;

import org.prozesswerk.bpmn.internal.ForeignAttributes;
import org.prozesswerk.bpmn.model.BaseElement;
import org.prozesswerk.bpmn.model.Lane;
import org.prozesswerk.bpmn.model.MessageFlow;
import org.prozesswerk.bpmn.model.SequenceFlow;

/**
 * Prozesswerk's own BPMN extension attributes, in the namespace {@value #NAMESPACE} (prefix {@value #PREFIX}). BPMN
 * allows attributes of other namespaces on every element (tBaseElement's anyAttribute), so other tools keep them and
 * bpmn-js shows them in its XML. Documented in docs/bpmn.md.
 *
 * <pre>
 * &lt;bpmn:lane id="Lane_1" name="Bauaufsicht" prozesswerk:orgUnit="ou-63"/&gt;
 * &lt;bpmn:sequenceFlow id="Flow_3" sourceRef="A" targetRef="B" prozesswerk:mediaBreak="true"/&gt;
 * </pre>
 */
public final class ProzesswerkBpmn {

    /** Namespace of the prozesswerk: attributes. */
    public static final String NAMESPACE = "http://prozesswerk.org/bpmn/1.0";

    /** Prefix declared when we add the first prozesswerk: attribute to a file that has none. */
    public static final String PREFIX = "prozesswerk";

    /** On {@code bpmn:lane}: the id of the register's OrgUnit ({@code OrgUnit.getId()}) that works in this lane. */
    public static final String ORG_UNIT = "orgUnit";

    /**
     * On {@code bpmn:sequenceFlow} or {@code bpmn:messageFlow}, {@code xsd:boolean}: the hand-over along this flow
     * changes the medium (paper to electronic or back, e.g. printing a form, scanning a letter).
     */
    public static final String MEDIA_BREAK = "mediaBreak";

    private ProzesswerkBpmn() {
    }

    public static Optional<String> orgUnit(Lane lane) {
        return Optional.ofNullable(ForeignAttributes.get(lane, NAMESPACE, ORG_UNIT)).map(String::strip)
                .filter(id -> !id.isEmpty());
    }

    /** Links the lane to an OrgUnit id; {@code null} removes the link. */
    public static void setOrgUnit(Lane lane, String orgUnitId) {
        ForeignAttributes.set(lane, NAMESPACE, PREFIX, ORG_UNIT, orgUnitId);
    }

    /** Whether the element carries {@code prozesswerk:mediaBreak="true"} (or "1", as xsd:boolean allows). */
    public static boolean isMediaBreak(BaseElement element) {
        String value = ForeignAttributes.get(element, NAMESPACE, MEDIA_BREAK);
        return value != null && (value.strip().equals("true") || value.strip().equals("1"));
    }

    public static void setMediaBreak(SequenceFlow flow, boolean mediaBreak) {
        ForeignAttributes.set(flow, NAMESPACE, PREFIX, MEDIA_BREAK, mediaBreak ? "true" : null);
    }

    public static void setMediaBreak(MessageFlow flow, boolean mediaBreak) {
        ForeignAttributes.set(flow, NAMESPACE, PREFIX, MEDIA_BREAK, mediaBreak ? "true" : null);
    }
}

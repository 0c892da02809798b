package org.prozesswerk.bpmn.internal;

import java.nio.CharBuffer;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.bpmndi.BPMNDiagram;
import org.prozesswerk.bpmn.bpmndi.BPMNPlane;
import org.prozesswerk.bpmn.bpmndi.BpmnDiFactory;
import org.prozesswerk.bpmn.bpmndi.BpmnDiPackage;
import org.prozesswerk.bpmn.di.DiPackage;
import org.prozesswerk.bpmn.model.Definitions;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The SAX handler of {@link BpmnResourceImpl}: reads what other modelling tools write although the schema forbids it,
 * keeps it, and records a warning with the line instead of failing the whole file or dropping content.
 *
 * <ul>
 * <li>An attribute value the schema's type does not allow ({@code calledElement=""} for a QName,
 * {@code isExecutable="True"} for a boolean): the attribute is kept as written (as an unknown attribute of its
 * element, which is saved back unchanged) and the feature stays unset.</li>
 * <li>A second {@code BPMNPlane} in one {@code BPMNDiagram} (the schema allows one): the plane read so far moves into a
 * diagram of its own, inserted before, so both planes and all their shapes are kept.</li>
 * </ul>
 *
 * <p>
 * What it refuses, as every reader of outside data does (docs/reliability.md, "Control characters"): a control
 * character ({@link ControlCharacters#isControl}), which only an XML 1.1 file can carry, as a character reference
 * ({@code &#x1B;}) in a text or an attribute value. The load fails with line, column and the character (U+001B).
 */
final class ToleratingHandler extends SAXXMLHandler {

    private boolean controlCharacterFound;

    ToleratingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        for (int i = 0; i < attributes.getLength(); i++) {
            refuseControlCharacter(attributes.getValue(i));
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        refuseControlCharacter(CharBuffer.wrap(ch, start, length));
        super.characters(ch, start, length);
    }

    /** Records the first control character as the load's error: EMF then fails the load with it. */
    private void refuseControlCharacter(CharSequence text) {
        int at = controlCharacterFound ? -1 : ControlCharacters.indexOf(text);
        if (at >= 0) {
            controlCharacterFound = true;
            error(new XMIException(NLS.bind(Messages.Load_ControlCharacter, ControlCharacters.code(text.charAt(at))),
                    getLocation(), getLineNumber(), getColumnNumber()));
        }
    }

    @Override
    protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
        if (feature == BpmnDiPackage.Literals.BPMN_DIAGRAM__BPMN_PLANE && object instanceof BPMNDiagram diagram
                && diagram.getBPMNPlane() != null && value instanceof BPMNPlane) {
            keepEarlierPlane(diagram);
        }
        if (value instanceof String text && extendedMetaData != null
                && extendedMetaData.getFeatureKind(feature) == ExtendedMetaData.ATTRIBUTE_FEATURE) {
            try {
                helper.setValue(object, feature, value, position);
            } catch (RuntimeException e) {
                keepIllegalAttribute(object, feature, text);
            }
            return;
        }
        super.setFeatureValue(object, feature, value, position);
    }

    private void keepIllegalAttribute(EObject object, EStructuralFeature feature, String text) {
        String namespace = extendedMetaData.getNamespace(feature);
        String name = extendedMetaData.getName(feature);
        AnyType extension = xmlResource.getEObjectToExtensionMap().computeIfAbsent(object,
                o -> XMLTypeFactory.eINSTANCE.createAnyType());
        extension.getAnyAttribute().add(extendedMetaData.demandFeature(namespace, name, false), text);
        warn(NLS.bind(Messages.Load_IllegalValueKept, new Object[] { text, name, describe(object) }));
    }

    private void keepEarlierPlane(BPMNDiagram diagram) {
        BPMNPlane earlier = diagram.getBPMNPlane();
        BPMNDiagram holder = BpmnDiFactory.eINSTANCE.createBPMNDiagram();
        // same name and resolution, no id (ids must stay unique; the DI schema does not require one)
        for (EStructuralFeature copied : new EStructuralFeature[] { DiPackage.Literals.DIAGRAM__NAME,
                DiPackage.Literals.DIAGRAM__RESOLUTION }) {
            if (diagram.eIsSet(copied)) {
                holder.eSet(copied, diagram.eGet(copied));
            }
        }
        holder.setBPMNPlane(earlier);
        if (diagram.eContainer() instanceof Definitions definitions) {
            int index = definitions.getBPMNDiagram().indexOf(diagram);
            definitions.getBPMNDiagram().add(Math.max(index, 0), holder);
        }
        warn(NLS.bind(Messages.Load_SecondPlane,
                new Object[] { describe(diagram), earlier.getId() == null ? "" : earlier.getId() }));
    }

    private static String describe(EObject object) {
        EStructuralFeature id = object.eClass().getEIDAttribute();
        Object value = id == null ? null : object.eGet(id);
        return value == null ? object.eClass().getName() : object.eClass().getName() + " " + value;
    }

    private void warn(String message) {
        warning(new XMIException(message, getLocation(), getLineNumber(), getColumnNumber()));
    }
}

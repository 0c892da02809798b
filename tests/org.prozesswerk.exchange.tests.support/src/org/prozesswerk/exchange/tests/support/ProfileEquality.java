package org.prozesswerk.exchange.tests.support;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;

/**
 * {@link EcoreUtil#equals} for Steckbriefe that went through a file format: everything a Steckbrief contains is
 * compared exactly, references out of it (units, other Steckbriefe, attribute definitions) by what identifies them
 * in a file (unit name, Steckbrief key, attribute label), because an import creates those objects with new ids.
 * Successors compare as a set: their order only says in which order other Steckbriefe named their predecessors.
 */
public final class ProfileEquality extends EcoreUtil.EqualityHelper {

    private static final long serialVersionUID = 1L;

    public static boolean equal(ProcessProfile a, ProcessProfile b) {
        return new ProfileEquality().equals(a, b);
    }

    @Override
    protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
        if (reference.isContainment()) {
            return super.haveEqualReference(eObject1, eObject2, reference);
        }
        Object value1 = eObject1.eGet(reference);
        Object value2 = eObject2.eGet(reference);
        if (reference.isMany()) {
            List<String> ids1 = ((List<?>) value1).stream().map(ProfileEquality::identity).toList();
            List<String> ids2 = ((List<?>) value2).stream().map(ProfileEquality::identity).toList();
            if ("successors".equals(reference.getName())) {
                // derived from the other Steckbriefe' predecessors, in the order those were linked: not meaningful
                return ids1.stream().sorted().toList().equals(ids2.stream().sorted().toList());
            }
            return ids1.equals(ids2);
        }
        return identity(value1).equals(identity(value2));
    }

    private static String identity(Object object) {
        return switch (object) {
            case null -> "";
            case OrgUnit unit -> "unit:" + unit.getName();
            case ProcessProfile profile -> "profile:" + profile.getKey();
            case AttributeDefinition definition -> "attribute:" + definition.getLabelDe();
            default -> object.toString();
        };
    }

    /** A line per feature that differs, for assertion messages. */
    public static String describeDifference(ProcessProfile a, ProcessProfile b) {
        StringBuilder text = new StringBuilder();
        for (var feature : a.eClass().getEAllStructuralFeatures()) {
            ProfileEquality helper = new ProfileEquality();
            boolean same = feature instanceof EReference reference ? helper.haveEqualReference(a, b, reference)
                    : helper.haveEqualFeature(a, b, feature);
            if (!same) {
                text.append(feature.getName()).append(": ").append(a.eGet(feature)).append(" <> ")
                        .append(b.eGet(feature)).append('\n');
            }
        }
        return text.toString();
    }
}

package org.prozesswerk.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.prozesswerk.merge.Ownership;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * A compared feature of a class: attributes (without the id), non-containment references (without
 * {@code successors}, the opposite of {@code predecessors}), and the pseudo-feature {@code container} (where an
 * element with id is filed: its container and containment feature).
 */
public final class Field {

    public enum Kind {
        ATTR, ATTR_MANY, REF, REF_MANY, CONTAINER
    }

    public static final String CONTAINER = "container";

    public final Kind kind;
    public final EStructuralFeature feature;
    public final String name;
    public final Ownership ownership;
    /** The class the field was read from, and the feature's id in it (for {@link #get}). */
    private final EClass eClass;
    private final int featureId;

    private Field(Kind kind, EStructuralFeature feature, String name, Ownership ownership, EClass eClass) {
        this.kind = kind;
        this.feature = feature;
        this.name = name;
        this.ownership = ownership;
        this.eClass = eClass;
        this.featureId = feature == null ? -1 : eClass.getFeatureID(feature);
    }

    /**
     * @return the feature's value on the object, as {@code o.eGet(feature)}; by feature id (the generated switch) when
     *         the object is of the class the field was read from
     */
    public Object get(EObject o) {
        return o.eClass() == eClass ? ((InternalEObject) o).eGet(featureId, true, true) : o.eGet(feature);
    }

    public boolean isList() {
        return kind == Kind.ATTR_MANY || kind == Kind.REF_MANY;
    }

    /** Cache key: the class (EObjects hash by identity), with or without the container, the value ownership. */
    private record Key(EClass eClass, boolean withContainer, Ownership valueOwnership) {
    }

    private static final Map<Key, List<Field>> CACHE = new ConcurrentHashMap<>();

    /**
     * @return the compared fields of the class (read from the metamodel once per class); {@code withContainer} for
     *         elements with id
     */
    public static List<Field> of(EClass eClass, boolean withContainer, Ownership valueOwnership) {
        EClass c = eClass;
        return CACHE.computeIfAbsent(new Key(eClass, withContainer, valueOwnership), k -> {
            List<Field> fields = new ArrayList<>();
            if (withContainer) {
                fields.add(new Field(Kind.CONTAINER, null, CONTAINER, Ownership.SHARED, c));
            }
            for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
                if (f.isDerived() || f.isTransient() || f.isVolatile()) {
                    continue;
                }
                Ownership own = valueOwnership != null ? valueOwnership : ownership(f);
                if (f instanceof EAttribute a) {
                    if (a.isID()) {
                        continue;
                    }
                    fields.add(new Field(a.isMany() ? Kind.ATTR_MANY : Kind.ATTR, a, a.getName(), own, c));
                } else {
                    EReference r = (EReference) f;
                    if (r.isContainment() || r.isContainer() || r == ProzesswerkPackage.Literals.PROCESS_PROFILE__SUCCESSORS) {
                        continue;
                    }
                    fields.add(new Field(r.isMany() ? Kind.REF_MANY : Kind.REF, r, r.getName(), own, c));
                }
            }
            return List.copyOf(fields);
        });
    }

    /** @return the ownership declared on the feature (EAnnotation {@link Ownership#SOURCE}), SHARED if none */
    public static Ownership ownership(EStructuralFeature f) {
        EAnnotation a = f.getEAnnotation(Ownership.SOURCE);
        if (a == null) {
            return Ownership.SHARED;
        }
        String v = a.getDetails().get(Ownership.KEY);
        return v == null ? Ownership.SHARED : Ownership.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}

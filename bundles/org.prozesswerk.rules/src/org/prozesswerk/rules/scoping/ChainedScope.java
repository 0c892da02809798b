/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

/** A scope that looks in {@code first} and then in {@code second}: global conditions over enumeration literals. */
record ChainedScope(IScope first, IScope second) implements IScope {

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        IEObjectDescription result = first.getSingleElement(name);
        return result != null ? result : second.getSingleElement(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return Iterables.concat(first.getElements(name), second.getElements(name));
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        IEObjectDescription result = first.getSingleElement(object);
        return result != null ? result : second.getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return Iterables.concat(first.getElements(object), second.getElements(object));
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        List<IEObjectDescription> result = new ArrayList<>();
        Iterables.addAll(result, first.getAllElements());
        Iterables.addAll(result, second.getAllElements());
        return result;
    }
}

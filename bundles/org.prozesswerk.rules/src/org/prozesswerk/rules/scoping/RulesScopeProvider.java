/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.prozesswerk.rules.rules.Definition;
import org.prozesswerk.rules.rules.Expression;
import org.prozesswerk.rules.rules.MemberAccess;
import org.prozesswerk.rules.rules.RuleFile;
import org.prozesswerk.rules.rules.RulesPackage;
import org.prozesswerk.rules.typing.RuleTyping;
import org.prozesswerk.rules.typing.Vocabulary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Resolves the names of a rule file against the register metamodel.
 *
 * <ul>
 * <li>{@code für X}: the classes of the metamodel, and Steckbrief, Organisationseinheit, Ordner, Register.</li>
 * <li>A name in an expression, innermost first: quantifier variables, features of the checked element type,
 * conditions ({@code bedingung}) of this file and of imported files, enumeration literals.</li>
 * <li>After a '.': the features of the receiver's class and the conditions; nothing after a collection.</li>
 * </ul>
 * A misspelt feature therefore does not link, and the linker reports it with its line.
 */
public class RulesScopeProvider extends AbstractRulesScopeProvider {

    @Inject
    private IGlobalScopeProvider globalScopeProvider;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == RulesPackage.Literals.RULE__TYPE || reference == RulesPackage.Literals.DEFINITION__TYPE) {
            return classScope();
        }
        if (reference == RulesPackage.Literals.SYMBOL__SYMBOL) {
            IScope scope = Scopes.scopeFor(Vocabulary.enumLiterals());
            scope = definitions(context, reference, scope);
            EClass type = RuleTyping.contextType(context);
            if (type != null) {
                scope = Scopes.scopeFor(type.getEAllStructuralFeatures(), scope);
            }
            return Scopes.scopeFor(RuleTyping.visibleVariables(context), scope);
        }
        if (reference == RulesPackage.Literals.MEMBER_ACCESS__MEMBER) {
            // While completing "x." the context may be the receiver itself rather than the member access.
            Expression receiver = context instanceof MemberAccess access ? access.getReceiver()
                    : context instanceof Expression expression ? expression : null;
            EClass type = RuleTyping.typeOf(receiver).eClass();
            if (type == null) {
                return IScope.NULLSCOPE;
            }
            return Scopes.scopeFor(type.getEAllStructuralFeatures(), definitions(context, reference, IScope.NULLSCOPE));
        }
        return super.getScope(context, reference);
    }

    private static IScope classScope() {
        List<IEObjectDescription> descriptions = new ArrayList<>();
        for (Map.Entry<String, EClass> entry : Vocabulary.classNames().entrySet()) {
            descriptions.add(EObjectDescription.create(QualifiedName.create(entry.getKey()), entry.getValue()));
        }
        return new SimpleScope(descriptions);
    }

    /** The conditions of this file over those of the imported files. */
    private IScope definitions(EObject context, EReference reference, IScope parent) {
        Predicate<IEObjectDescription> onlyDefinitions =
                d -> RulesPackage.Literals.DEFINITION.isSuperTypeOf(d.getEClass());
        IScope imported = globalScopeProvider.getScope(context.eResource(), reference, onlyDefinitions);
        IScope outer = new ChainedScope(imported, parent);
        RuleFile file = EcoreUtil2.getContainerOfType(context, RuleFile.class);
        return file == null ? outer : Scopes.scopeFor(List.<Definition>copyOf(file.getDefinitions()), outer);
    }
}

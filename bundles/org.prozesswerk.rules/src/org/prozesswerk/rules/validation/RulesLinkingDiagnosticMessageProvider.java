/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.prozesswerk.rules.internal.Messages;
import org.prozesswerk.rules.rules.Expression;
import org.prozesswerk.rules.rules.MemberAccess;
import org.prozesswerk.rules.rules.RulesPackage;
import org.prozesswerk.rules.typing.RuleType;
import org.prozesswerk.rules.typing.RuleTyping;
import org.prozesswerk.rules.typing.Vocabulary;

/**
 * Says in the methodology team's words why a name did not resolve: an unknown feature of which element type, an
 * unknown element type, a '.' after a collection. Names that cannot resolve only because of an earlier error (the
 * rule's element type, the receiver before the '.') are not reported again: one typo, one error.
 */
public class RulesLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    /** Issue code of every unresolved name; the validator and tests match on it. */
    public static final String UNKNOWN_NAME = "org.prozesswerk.rules.unknownName";

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EObject object = context.getContext();
        EReference reference = context.getReference();
        String name = context.getLinkText();
        String message;
        if (reference == RulesPackage.Literals.RULE__TYPE || reference == RulesPackage.Literals.DEFINITION__TYPE) {
            message = NLS.bind(Messages.unknownType, name, String.join(", ", Vocabulary.aliases().keySet()));
        } else if (reference == RulesPackage.Literals.MEMBER_ACCESS__MEMBER && object instanceof MemberAccess access) {
            RuleType receiver = RuleTyping.typeOf(access.getReceiver());
            if (receiver.isUnknown()) {
                return null; // follows from an error already reported on the receiver
            }
            if (receiver.many()) {
                message = NLS.bind(Messages.memberOfCollection, name, receiver.display());
            } else if (receiver.eClass() == null) {
                message = NLS.bind(Messages.memberOfValue, name, receiver.display());
            } else {
                message = NLS.bind(Messages.unknownFeature, name, Vocabulary.displayName(receiver.eClass()));
            }
        } else if (reference == RulesPackage.Literals.SYMBOL__SYMBOL && object instanceof Expression) {
            EClass type = RuleTyping.contextType(object);
            if (type == null) {
                return null; // the element type of the rule is unknown and already reported
            }
            message = NLS.bind(Messages.unknownName, name, Vocabulary.displayName(type));
        } else {
            return super.getUnresolvedProxyMessage(context);
        }
        return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_NAME);
    }
}

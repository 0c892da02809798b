/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rules.internal.Messages;
import org.prozesswerk.rules.rules.AttributeValue;
import org.prozesswerk.rules.rules.Binary;
import org.prozesswerk.rules.rules.CatalogueReferences;
import org.prozesswerk.rules.rules.Count;
import org.prozesswerk.rules.rules.Definition;
import org.prozesswerk.rules.rules.Element;
import org.prozesswerk.rules.rules.Exists;
import org.prozesswerk.rules.rules.Expression;
import org.prozesswerk.rules.rules.ForAll;
import org.prozesswerk.rules.rules.HasCatalogueReference;
import org.prozesswerk.rules.rules.Import;
import org.prozesswerk.rules.rules.Length;
import org.prozesswerk.rules.rules.Matches;
import org.prozesswerk.rules.rules.MemberAccess;
import org.prozesswerk.rules.rules.Not;
import org.prozesswerk.rules.rules.Rule;
import org.prozesswerk.rules.rules.RuleFile;
import org.prozesswerk.rules.rules.RulesPackage;
import org.prozesswerk.rules.rules.Symbol;
import org.prozesswerk.rules.rules.Test;
import org.prozesswerk.rules.rules.TestKind;
import org.prozesswerk.rules.rules.Variable;
import org.prozesswerk.rules.typing.MessageTemplate;
import org.prozesswerk.rules.typing.RuleType;
import org.prozesswerk.rules.typing.RuleType.Kind;
import org.prozesswerk.rules.typing.RuleTyping;
import org.prozesswerk.rules.typing.Vocabulary;

/**
 * Type checks and consistency checks of rule files. Unresolved names are reported by the linker (see
 * {@link RulesLinkingDiagnosticMessageProvider}); the checks here stay silent on unknown types so that one typo
 * gives one error.
 */
public class RulesValidator extends AbstractRulesValidator {

    public static final String TYPE_MISMATCH = "org.prozesswerk.rules.typeMismatch";
    public static final String BAD_PLACEHOLDER = "org.prozesswerk.rules.badPlaceholder";
    public static final String DUPLICATE = "org.prozesswerk.rules.duplicate";
    public static final String BAD_PATTERN = "org.prozesswerk.rules.badPattern";
    public static final String BAD_IMPORT = "org.prozesswerk.rules.badImport";

    @Check
    public void checkRule(Rule rule) {
        expectBoolean(rule.getGuard(), RulesPackage.Literals.RULE__GUARD);
        expectBoolean(rule.getCheck(), RulesPackage.Literals.RULE__CHECK);
        ICompositeNode node = NodeModelUtils.findActualNodeFor(rule);
        List<org.eclipse.xtext.nodemodel.INode> idNodes =
                NodeModelUtils.findNodesForFeature(rule, RulesPackage.Literals.RULE__NAME);
        if (node != null && !idNodes.isEmpty() && idNodes.get(0).getText().strip().matches(".*\\s.*")) {
            error(Messages.ruleIdSpaces, RulesPackage.Literals.RULE__NAME);
        }
        checkMessage(rule);
    }

    @Check
    public void checkDefinition(Definition definition) {
        expectBoolean(definition.getBody(), RulesPackage.Literals.DEFINITION__BODY);
        if (usesItself(definition, definition.getBody(), new HashSet<>())) {
            error(NLS.bind(Messages.definitionCycle, definition.getName()), RulesPackage.Literals.DEFINITION__NAME);
        }
    }

    @Check
    public void checkUniqueNames(RuleFile file) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : file.getRules()) {
            if (rule.getName() != null && !ids.add(rule.getName())) {
                error(NLS.bind(Messages.duplicateRuleId, rule.getName()), rule, RulesPackage.Literals.RULE__NAME,
                        DUPLICATE);
            }
        }
        Set<String> names = new HashSet<>();
        for (Definition definition : file.getDefinitions()) {
            if (definition.getName() != null && !names.add(definition.getName())) {
                error(NLS.bind(Messages.duplicateDefinition, definition.getName()), definition,
                        RulesPackage.Literals.DEFINITION__NAME, DUPLICATE);
            }
        }
    }

    @Check
    public void checkImport(Import anImport) {
        String uri = anImport.getImportURI();
        if (uri == null || anImport.eResource() == null) {
            return;
        }
        URI resolved = URI.createURI(uri).resolve(anImport.eResource().getURI());
        if (!EcoreUtil2.isValidUri(anImport, resolved)) {
            error(NLS.bind(Messages.importNotFound, uri), RulesPackage.Literals.IMPORT__IMPORT_URI, BAD_IMPORT);
        }
    }

    @Check
    public void checkBinary(Binary binary) {
        RuleType left = RuleTyping.typeOf(binary.getLeft());
        RuleType right = RuleTyping.typeOf(binary.getRight());
        String op = binary.getOp();
        switch (op) {
            case "und", "oder" -> {
                expectBoolean(binary.getLeft(), RulesPackage.Literals.BINARY__LEFT);
                expectBoolean(binary.getRight(), RulesPackage.Literals.BINARY__RIGHT);
            }
            case "+", "-" -> {
                expectNumber(binary.getLeft(), left, RulesPackage.Literals.BINARY__LEFT);
                expectNumber(binary.getRight(), right, RulesPackage.Literals.BINARY__RIGHT);
            }
            default -> {
                if (left.isUnknown() || right.isUnknown()) {
                    return;
                }
                if (left.many() || right.many() || !comparable(left, right)) {
                    error(NLS.bind(Messages.incomparable, left.display(), right.display()), binary, null,
                            TYPE_MISMATCH);
                } else if (!"=".equals(op) && !"!=".equals(op) && left.kind() != Kind.NUMBER
                        && left.kind() != Kind.DATE && left.kind() != Kind.ENUM) {
                    error(NLS.bind(Messages.unorderedType, op, left.display()), binary, null, TYPE_MISMATCH);
                }
            }
        }
    }

    private static boolean comparable(RuleType left, RuleType right) {
        if (left.kind() != right.kind()) {
            return false;
        }
        return switch (left.kind()) {
            case ENUM -> left.classifier() == right.classifier();
            case OBJECT -> RuleTyping.conforms((EClass) left.classifier(), (EClass) right.classifier())
                    || RuleTyping.conforms((EClass) right.classifier(), (EClass) left.classifier());
            default -> true;
        };
    }

    @Check
    public void checkNot(Not not) {
        expectBoolean(not.getOperand(), RulesPackage.Literals.NOT__OPERAND);
    }

    @Check
    public void checkTest(Test test) {
        RuleType type = RuleTyping.typeOf(test.getOperand());
        if (type.isUnknown()) {
            return;
        }
        if ((test.getKind() == TestKind.RESOLVABLE || test.getKind() == TestKind.REMOVED) && (type.many()
                || !RuleTyping.conforms(type.eClass(), ProzesswerkPackage.Literals.CATALOGUE_REFERENCE))) {
            error(NLS.bind(Messages.notResolvable, type.display(), test.getKind().getLiteral()),
                    RulesPackage.Literals.TEST__OPERAND, TYPE_MISMATCH);
        }
        if (test.getKind() == TestKind.UNIQUE) {
            if (type.many()) {
                error(NLS.bind(Messages.expectedSingle, type.display()), RulesPackage.Literals.TEST__OPERAND,
                        TYPE_MISMATCH);
            }
            for (Symbol symbol : EcoreUtil2.getAllContentsOfType(test.getOperand(), Symbol.class)) {
                checkNoVariable(symbol);
            }
            if (test.getOperand() instanceof Symbol symbol) {
                checkNoVariable(symbol);
            }
        }
    }

    private void checkNoVariable(Symbol symbol) {
        if (symbol.getSymbol() instanceof Variable variable) {
            error(NLS.bind(Messages.uniqueNeedsElement, variable.getName()), symbol,
                    RulesPackage.Literals.SYMBOL__SYMBOL, TYPE_MISMATCH);
        }
    }

    @Check
    public void checkMatches(Matches matches) {
        RuleType type = RuleTyping.typeOf(matches.getOperand());
        if (!type.isUnknown() && (type.kind() != Kind.STRING || type.many())) {
            error(NLS.bind(Messages.expectedString, type.display()), RulesPackage.Literals.MATCHES__OPERAND,
                    TYPE_MISMATCH);
        }
        try {
            Pattern.compile(matches.getPattern() == null ? "" : matches.getPattern());
        } catch (PatternSyntaxException e) {
            error(NLS.bind(Messages.badPattern, e.getDescription()), RulesPackage.Literals.MATCHES__PATTERN,
                    BAD_PATTERN);
        }
    }

    @Check
    public void checkCount(Count count) {
        expectCollection(count.getSource(), RulesPackage.Literals.COUNT__SOURCE);
        expectBoolean(count.getFilter(), RulesPackage.Literals.COUNT__FILTER);
    }

    @Check
    public void checkLength(Length length) {
        RuleType type = RuleTyping.typeOf(length.getOperand());
        if (!type.isUnknown() && !type.many() && type.kind() != Kind.STRING) {
            error(NLS.bind(Messages.expectedString, type.display()), RulesPackage.Literals.LENGTH__OPERAND,
                    TYPE_MISMATCH);
        }
    }

    @Check
    public void checkElement(Element element) {
        expectCollection(element.getSource(), RulesPackage.Literals.ELEMENT__SOURCE);
    }

    @Check
    public void checkForAll(ForAll forAll) {
        expectCollection(forAll.getSource(), RulesPackage.Literals.FOR_ALL__SOURCE);
        expectBoolean(forAll.getBody(), RulesPackage.Literals.FOR_ALL__BODY);
    }

    @Check
    public void checkExists(Exists exists) {
        expectCollection(exists.getSource(), RulesPackage.Literals.EXISTS__SOURCE);
        expectBoolean(exists.getBody(), RulesPackage.Literals.EXISTS__BODY);
    }

    @Check
    public void checkAttributeValue(AttributeValue value) {
        expectProfileContext(value);
        RuleType type = RuleTyping.typeOf(value.getKey());
        boolean ok = type.isUnknown() || !type.many() && (type.kind() == Kind.STRING
                || RuleTyping.conforms(type.eClass(), ProzesswerkPackage.Literals.ATTRIBUTE_DEFINITION));
        if (!ok) {
            error(NLS.bind(Messages.attributeKey, type.display()), RulesPackage.Literals.ATTRIBUTE_VALUE__KEY,
                    TYPE_MISMATCH);
        }
    }

    @Check
    public void checkCatalogueReferences(CatalogueReferences references) {
        expectProfileContext(references);
    }

    @Check
    public void checkHasCatalogueReference(HasCatalogueReference has) {
        expectProfileContext(has);
    }

    @Check
    public void checkSymbol(Symbol symbol) {
        if (symbol.getSymbol() instanceof Definition definition && !definition.eIsProxy()) {
            checkDefinitionApplies(definition, RuleTyping.contextType(symbol), RulesPackage.Literals.SYMBOL__SYMBOL);
        }
    }

    @Check
    public void checkMemberAccess(MemberAccess access) {
        if (access.getMember() instanceof Definition definition && !definition.eIsProxy()) {
            checkDefinitionApplies(definition, RuleTyping.typeOf(access.getReceiver()).eClass(),
                    RulesPackage.Literals.MEMBER_ACCESS__MEMBER);
        }
    }

    private void checkDefinitionApplies(Definition definition, EClass actual, EStructuralFeature feature) {
        EClass expected = definition.getType();
        if (actual != null && expected != null && !expected.eIsProxy() && !RuleTyping.conforms(actual, expected)) {
            error(NLS.bind(Messages.definitionType, new Object[] { definition.getName(),
                    Vocabulary.displayName(expected), Vocabulary.displayName(actual) }), feature, TYPE_MISMATCH);
        }
    }

    private void expectProfileContext(Expression expression) {
        EClass type = RuleTyping.contextType(expression);
        if (type != null && !RuleTyping.conforms(type, ProzesswerkPackage.Literals.PROCESS_PROFILE)) {
            error(NLS.bind(Messages.definitionType, new Object[] { NodeModelUtils.getTokenText(
                    NodeModelUtils.findActualNodeFor(expression)), "Steckbrief (ProcessProfile)",
                    Vocabulary.displayName(type) }), expression, null, TYPE_MISMATCH);
        }
    }

    private void checkMessage(Rule rule) {
        if (rule.getMessage() == null) {
            return;
        }
        if (rule.getMessage().isBlank()) {
            error(Messages.emptyMessage, RulesPackage.Literals.RULE__MESSAGE, BAD_PLACEHOLDER);
            return;
        }
        List<String> errors = new ArrayList<>();
        MessageTemplate template = MessageTemplate.parse(rule.getMessage(), errors);
        for (String problem : errors) {
            error(NLS.bind(Messages.badPlaceholder, problem), RulesPackage.Literals.RULE__MESSAGE, BAD_PLACEHOLDER);
        }
        EClass context = rule.getType();
        if (context == null || context.eIsProxy()) {
            return;
        }
        for (MessageTemplate.Part part : template.parts()) {
            if (!part.isPlaceholder()) {
                continue;
            }
            EClass current = context;
            for (int i = 0; i < part.path().size(); i++) {
                String name = part.path().get(i);
                EStructuralFeature feature = current == null ? null : current.getEStructuralFeature(name);
                if (feature == null) {
                    error(NLS.bind(Messages.unknownPlaceholderFeature, new Object[] { part.text(), name,
                            current == null ? "?" : Vocabulary.displayName(current) }),
                            RulesPackage.Literals.RULE__MESSAGE, BAD_PLACEHOLDER);
                    break;
                }
                if (feature.isMany()) {
                    error(NLS.bind(Messages.placeholderOfCollection, part.text(), name),
                            RulesPackage.Literals.RULE__MESSAGE, BAD_PLACEHOLDER);
                    break;
                }
                current = feature.getEType() instanceof EClass next ? next : null;
                if (current == null && i < part.path().size() - 1) {
                    error(NLS.bind(Messages.unknownPlaceholderFeature, new Object[] { part.text(),
                            part.path().get(i + 1), feature.getEType().getName() }),
                            RulesPackage.Literals.RULE__MESSAGE, BAD_PLACEHOLDER);
                    break;
                }
            }
        }
    }

    private boolean usesItself(Definition root, EObject expression, Set<Definition> seen) {
        if (expression == null) {
            return false;
        }
        List<EObject> nodes = new ArrayList<>();
        nodes.add(expression);
        expression.eAllContents().forEachRemaining(nodes::add);
        for (EObject node : nodes) {
            EObject target = node instanceof Symbol s ? s.getSymbol() : node instanceof MemberAccess m ? m.getMember() : null;
            if (target instanceof Definition definition && !definition.eIsProxy()) {
                if (definition == root) {
                    return true;
                }
                if (seen.add(definition) && usesItself(root, definition.getBody(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void expectBoolean(Expression expression, EStructuralFeature feature) {
        RuleType type = RuleTyping.typeOf(expression);
        if (expression != null && !type.isUnknown() && (type.kind() != Kind.BOOLEAN || type.many())) {
            error(NLS.bind(Messages.expectedBoolean, type.display()), feature, TYPE_MISMATCH);
        }
    }

    private void expectNumber(Expression expression, RuleType type, EStructuralFeature feature) {
        if (expression != null && !type.isUnknown() && (type.kind() != Kind.NUMBER || type.many())) {
            error(NLS.bind(Messages.expectedNumber, type.display()), feature, TYPE_MISMATCH);
        }
    }

    private void expectCollection(Expression expression, EStructuralFeature feature) {
        RuleType type = RuleTyping.typeOf(expression);
        if (expression != null && !type.isUnknown() && !type.many()) {
            error(NLS.bind(Messages.expectedCollection, type.display()), feature, TYPE_MISMATCH);
        }
    }
}

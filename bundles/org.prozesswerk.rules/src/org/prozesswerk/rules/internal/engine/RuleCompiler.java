/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleInfo;
import org.prozesswerk.rules.rules.AttributeValue;
import org.prozesswerk.rules.rules.Binary;
import org.prozesswerk.rules.rules.BooleanLiteral;
import org.prozesswerk.rules.rules.CatalogueReferences;
import org.prozesswerk.rules.rules.Count;
import org.prozesswerk.rules.rules.Definition;
import org.prozesswerk.rules.rules.Element;
import org.prozesswerk.rules.rules.Exists;
import org.prozesswerk.rules.rules.Expression;
import org.prozesswerk.rules.rules.ForAll;
import org.prozesswerk.rules.rules.HasCatalogueReference;
import org.prozesswerk.rules.rules.Length;
import org.prozesswerk.rules.rules.Matches;
import org.prozesswerk.rules.rules.MemberAccess;
import org.prozesswerk.rules.rules.Not;
import org.prozesswerk.rules.rules.NumberLiteral;
import org.prozesswerk.rules.rules.Position;
import org.prozesswerk.rules.rules.RegisterRef;
import org.prozesswerk.rules.rules.Rule;
import org.prozesswerk.rules.rules.RuleFile;
import org.prozesswerk.rules.rules.Self;
import org.prozesswerk.rules.rules.StringLiteral;
import org.prozesswerk.rules.rules.Symbol;
import org.prozesswerk.rules.rules.Test;
import org.prozesswerk.rules.rules.TestKind;
import org.prozesswerk.rules.rules.Variable;
import org.prozesswerk.rules.typing.MessageTemplate;
import org.prozesswerk.rules.typing.RuleType;
import org.prozesswerk.rules.typing.RuleType.Kind;
import org.prozesswerk.rules.typing.RuleTyping;

/**
 * Turns validated rule files into node trees. Everything that can be decided once is decided here: which getter a
 * feature uses, whether a comparison is numeric, which variant of "gesetzt" applies, the regular expressions.
 * Expects files without errors (see {@code RuleSetLoader}).
 */
public final class RuleCompiler {

    private final Map<Variable, Integer> slots = new IdentityHashMap<>();
    private final Map<Definition, Nodes.Call> pendingCalls = new IdentityHashMap<>();
    private final Map<Definition, Node> definitions = new IdentityHashMap<>();
    private final Map<Test, Integer> uniqueSlots = new HashMap<>();
    private int patterns;

    public CompiledRuleSet compile(List<RuleFile> files) {
        List<CompiledRule> rules = new ArrayList<>();
        for (RuleFile file : files) {
            for (Rule rule : file.getRules()) {
                rules.add(compile(rule, file));
            }
        }
        // Conditions are compiled on first use; calls made before their body existed are completed now.
        for (Map.Entry<Definition, Nodes.Call> pending : pendingCalls.entrySet()) {
            pending.getValue().body[0] = definitions.get(pending.getKey());
        }
        return new CompiledRuleSet(rules, slots.size(), uniqueSlots.size(), patterns);
    }

    private CompiledRule compile(Rule rule, RuleFile file) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(rule);
        RuleInfo info = new RuleInfo(rule.getName(), rule.getTitle(), rule.getSeverity(), rule.getType(),
                rule.getDocumentation(), file.getTitle(), rule.eResource() == null ? null : rule.eResource().getURI(),
                node == null ? 0 : node.getStartLine());
        Node guard = rule.getGuard() == null ? null : compile(rule.getGuard());
        Node check = compile(rule.getCheck());
        MessageTemplate template = MessageTemplate.parse(rule.getMessage(), new ArrayList<>());
        int n = template.parts().size();
        String[] texts = new String[n];
        @SuppressWarnings("unchecked")
        Function<Object, Object>[][] placeholders = new Function[n][];
        for (int i = 0; i < n; i++) {
            MessageTemplate.Part part = template.parts().get(i);
            if (!part.isPlaceholder()) {
                texts[i] = part.text();
                continue;
            }
            List<Function<Object, Object>> chain = new ArrayList<>();
            EClass current = rule.getType();
            for (String name : part.path()) {
                EStructuralFeature feature = current.getEStructuralFeature(name);
                chain.add(Accessors.getter(feature));
                current = feature.getEType() instanceof EClass next ? next : null;
            }
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] array = chain.toArray(new Function[0]);
            placeholders[i] = array;
        }
        return new CompiledRule(info, guard, check, texts, placeholders);
    }

    Node compile(Expression e) {
        if (e instanceof StringLiteral literal) {
            return new Nodes.Constant(literal.getValue());
        }
        if (e instanceof NumberLiteral literal) {
            return new Nodes.Constant(Double.valueOf(literal.getValue()));
        }
        if (e instanceof BooleanLiteral literal) {
            return new Nodes.Constant(literal.isValue());
        }
        if (e instanceof Self) {
            return new Nodes.Self();
        }
        if (e instanceof RegisterRef) {
            return new Nodes.Register();
        }
        if (e instanceof Symbol symbol) {
            return target(null, symbol.getSymbol());
        }
        if (e instanceof MemberAccess access) {
            return target(compile(access.getReceiver()), access.getMember());
        }
        if (e instanceof Not not) {
            return new Nodes.Not(compile(not.getOperand()));
        }
        if (e instanceof Binary binary) {
            return binary(binary);
        }
        if (e instanceof Test test) {
            Node result = test(test);
            return test.isNegated() ? new Nodes.Not(result) : result;
        }
        if (e instanceof Matches matches) {
            return new Nodes.Matches(compile(matches.getOperand()), Pattern.compile(matches.getPattern()), patterns++);
        }
        if (e instanceof Count count) {
            int slot = count.getVariable() == null ? -1 : slot(count.getVariable());
            return new Nodes.Count(slot, source(count.getSource()), catalogueOf(count.getSource()),
                    count.getFilter() == null ? null : compile(count.getFilter()));
        }
        if (e instanceof Length length) {
            return new Nodes.Length(compile(length.getOperand()));
        }
        if (e instanceof Element element) {
            return new Nodes.ElementAt(compile(element.getSource()), element.getPosition() == Position.LAST);
        }
        if (e instanceof AttributeValue attribute) {
            return new Nodes.Attribute(compile(attribute.getKey()));
        }
        if (e instanceof CatalogueReferences references) {
            return new Nodes.CatalogueReferences(references.getCatalogue());
        }
        if (e instanceof HasCatalogueReference has) {
            return new Nodes.HasCatalogueReference(has.getCatalogue());
        }
        if (e instanceof ForAll forAll) {
            return new Nodes.Quantifier(Nodes.Quantifier.Kind.ALL, slot(forAll.getVariable()),
                    source(forAll.getSource()), catalogueOf(forAll.getSource()), compile(forAll.getBody()));
        }
        if (e instanceof Exists exists) {
            return new Nodes.Quantifier(exists.isNone() ? Nodes.Quantifier.Kind.NONE : Nodes.Quantifier.Kind.SOME,
                    slot(exists.getVariable()), source(exists.getSource()), catalogueOf(exists.getSource()),
                    compile(exists.getBody()));
        }
        throw new IllegalStateException("cannot compile " + e.eClass().getName());
    }

    /** Quantifiers and counts over {@code katalogverweise("x")} iterate the references in place. */
    private Node source(Expression source) {
        if (source instanceof CatalogueReferences) {
            EStructuralFeature feature = ProzesswerkPackage.Literals.PROCESS_PROFILE__CATALOGUE_REFERENCES;
            return new Nodes.SelfFeature(Accessors.getter(feature), null);
        }
        return compile(source);
    }

    private static String catalogueOf(Expression source) {
        return source instanceof CatalogueReferences references ? references.getCatalogue() : null;
    }

    private Node target(Node receiver, EObject target) {
        if (target instanceof Variable variable) {
            return new Nodes.Var(slot(variable));
        }
        if (target instanceof EEnumLiteral literal) {
            return new Nodes.Constant(literal.getInstance());
        }
        if (target instanceof EStructuralFeature feature) {
            RuleType type = RuleTyping.typeOfTarget(feature);
            var number = type.kind() == Kind.NUMBER && !type.many() ? Accessors.numberGetter(feature) : null;
            return receiver == null || receiver instanceof Nodes.Self
                    ? new Nodes.SelfFeature(Accessors.getter(feature), number)
                    : new Nodes.Feature(receiver, Accessors.getter(feature), number);
        }
        if (target instanceof Definition definition) {
            Nodes.Call call = new Nodes.Call(receiver);
            Node body = definitions.get(definition);
            if (body == null && !pendingCalls.containsKey(definition)) {
                pendingCalls.put(definition, call);
                body = compile(definition.getBody());
                definitions.put(definition, body);
            }
            if (body != null) {
                call.body[0] = body;
                if (receiver == null) {
                    return body; // a condition of the checked element itself: its body, one dispatch less
                }
            } else {
                // recursion through a condition still being compiled: completed in compile(List)
                pendingCalls.put(definition, call);
            }
            return call;
        }
        throw new IllegalStateException("unresolved name " + target);
    }

    private Node binary(Binary binary) {
        Node left = compile(binary.getLeft());
        Node right = compile(binary.getRight());
        String op = binary.getOp();
        switch (op) {
            case "und":
                return new Nodes.And(left, right);
            case "oder":
                return new Nodes.Or(left, right);
            case "+":
            case "-":
                return new Nodes.Arithmetic("+".equals(op), left, right);
            default:
                Kind kind = RuleTyping.typeOf(binary.getLeft()).kind();
                Nodes.Op comparison = Nodes.Op.of(op);
                if (kind == Kind.NUMBER) {
                    return new Nodes.NumCompare(comparison, left, right);
                }
                if (kind == Kind.ENUM && right instanceof Nodes.Constant constant
                        && constant.value(null) instanceof Enumerator literal) {
                    return new Nodes.EnumCompare(comparison, left, literal.getValue());
                }
                if (kind == Kind.ENUM || kind == Kind.DATE) {
                    return new Nodes.OrderedCompare(comparison, left, right);
                }
                return new Nodes.Equals(comparison == Nodes.Op.NE, left, right);
        }
    }

    private Node test(Test test) {
        Node operand = compile(test.getOperand());
        RuleType type = RuleTyping.typeOf(test.getOperand());
        TestKind kind = test.getKind();
        if (kind == TestKind.UNIQUE) {
            int slot = uniqueSlots.computeIfAbsent(test, t -> uniqueSlots.size());
            return new Nodes.Unique(slot, operand, RuleTyping.contextType(test));
        }
        if (kind == TestKind.RESOLVABLE) {
            return new Nodes.ReferenceTest(operand, ReferenceResolver::isResolvable);
        }
        if (kind == TestKind.REMOVED) {
            return new Nodes.ReferenceTest(operand, ReferenceResolver::isRemoved);
        }
        Node set = type.many() ? new Nodes.NotEmpty(operand)
                : type.kind() == Kind.STRING ? new Nodes.TextSet(operand) : new Nodes.NotNull(operand);
        return kind == TestKind.EMPTY ? new Nodes.Not(set) : set;
    }

    private int slot(Variable variable) {
        return slots.computeIfAbsent(variable, v -> slots.size());
    }
}

/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.rules.engine.ReferenceResolver;

/** The node types the compiler builds. Small final classes, so the JIT can inline monomorphic call sites. */
final class Nodes {

    private Nodes() {
    }

    static final class Constant extends Node {
        private final Object value;
        private final double number;

        Constant(Object value) {
            this.value = value;
            this.number = value instanceof Number n ? n.doubleValue() : Double.NaN;
        }

        @Override
        public Object value(Frame f) {
            return value;
        }

        @Override
        public boolean test(Frame f) {
            return value == Boolean.TRUE;
        }

        @Override
        public double num(Frame f) {
            return number;
        }
    }

    static final class Self extends Node {
        @Override
        public Object value(Frame f) {
            return f.self;
        }
    }

    static final class Register extends Node {
        @Override
        public Object value(Frame f) {
            return f.run.register;
        }
    }

    static final class Var extends Node {
        private final int slot;

        Var(int slot) {
            this.slot = slot;
        }

        @Override
        public Object value(Frame f) {
            return f.vars[slot];
        }
    }

    /** A feature of the checked element itself, the most frequent case. */
    static final class SelfFeature extends Node {
        private final Function<Object, Object> getter;
        private final ToDoubleFunction<Object> number;

        SelfFeature(Function<Object, Object> getter, ToDoubleFunction<Object> number) {
            this.getter = getter;
            this.number = number;
        }

        @Override
        public Object value(Frame f) {
            return getter.apply(f.self);
        }

        @Override
        public boolean test(Frame f) {
            return getter.apply(f.self) == Boolean.TRUE;
        }

        @Override
        public double num(Frame f) {
            return number != null ? number.applyAsDouble(f.self) : super.num(f);
        }
    }

    /** A feature of another object; null receivers give null (no exceptions for unset references). */
    static final class Feature extends Node {
        private final Node receiver;
        private final Function<Object, Object> getter;
        private final ToDoubleFunction<Object> number;

        Feature(Node receiver, Function<Object, Object> getter, ToDoubleFunction<Object> number) {
            this.receiver = receiver;
            this.getter = getter;
            this.number = number;
        }

        @Override
        public Object value(Frame f) {
            Object target = receiver.value(f);
            return target == null ? null : getter.apply(target);
        }

        @Override
        public boolean test(Frame f) {
            return value(f) == Boolean.TRUE;
        }

        @Override
        public double num(Frame f) {
            if (number == null) {
                return super.num(f);
            }
            Object target = receiver.value(f);
            return target == null ? Double.NaN : number.applyAsDouble(target);
        }
    }

    /** A {@code bedingung}, evaluated with {@code dies} set to the receiver. */
    static final class Call extends Node.Condition {
        private final Node receiver;
        final Node[] body = new Node[1];

        Call(Node receiver) {
            this.receiver = receiver;
        }

        @Override
        public boolean test(Frame f) {
            if (receiver == null) {
                return body[0].test(f);
            }
            Object target = receiver.value(f);
            if (!(target instanceof EObject object)) {
                return false;
            }
            EObject saved = f.self;
            f.self = object;
            try {
                return body[0].test(f);
            } finally {
                f.self = saved;
            }
        }
    }

    static final class And extends Node.Condition {
        private final Node left;
        private final Node right;

        And(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            return left.test(f) && right.test(f);
        }
    }

    static final class Or extends Node.Condition {
        private final Node left;
        private final Node right;

        Or(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            return left.test(f) || right.test(f);
        }
    }

    static final class Not extends Node.Condition {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        public boolean test(Frame f) {
            return !operand.test(f);
        }
    }

    enum Op {
        EQ, NE, LT, LE, GT, GE;

        static Op of(String text) {
            return switch (text) {
                case "=" -> EQ;
                case "!=" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                default -> GE;
            };
        }

        /** The outcome for {@code compare(left, right)}. */
        boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    /** Numbers; a missing number (NaN) is unequal to everything and neither smaller nor greater. */
    static final class NumCompare extends Node.Condition {
        private final Op op;
        private final Node left;
        private final Node right;

        NumCompare(Op op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            double l = left.num(f);
            double r = right.num(f);
            return switch (op) {
                case EQ -> l == r;
                case NE -> l != r;
                case LT -> l < r;
                case LE -> l <= r;
                case GT -> l > r;
                case GE -> l >= r;
            };
        }
    }

    /** Enumerations (by their FIM code: {@code status >= METHODICALLY_RELEASED}) and dates; null is only (un)equal. */
    static final class OrderedCompare extends Node.Condition {
        private final Op op;
        private final Node left;
        private final Node right;

        OrderedCompare(Op op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            Object l = left.value(f);
            Object r = right.value(f);
            if (l == null || r == null) {
                return op == Op.EQ ? l == r : op == Op.NE && l != r;
            }
            int comparison = l instanceof Enumerator a && r instanceof Enumerator b
                    ? Integer.compare(a.getValue(), b.getValue())
                    : ((Date) l).compareTo((Date) r);
            return op.holds(comparison);
        }
    }

    /** {@link OrderedCompare} of an enumeration with a literal ({@code status >= METHODICALLY_RELEASED}). */
    static final class EnumCompare extends Node.Condition {
        private final Op op;
        private final Node left;
        private final int right;

        EnumCompare(Op op, Node left, int right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            if (!(left.value(f) instanceof Enumerator value)) {
                return op == Op.NE; // unset: unequal to the literal, neither smaller nor greater
            }
            return op.holds(Integer.compare(value.getValue(), right));
        }
    }

    /** Texts, truth values, objects (identity). */
    static final class Equals extends Node.Condition {
        private final boolean negated;
        private final Node left;
        private final Node right;

        Equals(boolean negated, Node left, Node right) {
            this.negated = negated;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean test(Frame f) {
            return Objects.equals(left.value(f), right.value(f)) != negated;
        }
    }

    static final class Arithmetic extends Node.Numeric {
        private final boolean plus;
        private final Node left;
        private final Node right;

        Arithmetic(boolean plus, Node left, Node right) {
            this.plus = plus;
            this.left = left;
            this.right = right;
        }

        @Override
        public double num(Frame f) {
            return plus ? left.num(f) + right.num(f) : left.num(f) - right.num(f);
        }
    }

    /** {@code ist gesetzt} for texts: not null and not only blanks. */
    static final class TextSet extends Node.Condition {
        private final Node operand;

        TextSet(Node operand) {
            this.operand = operand;
        }

        @Override
        public boolean test(Frame f) {
            return operand.value(f) instanceof String s && !s.isBlank();
        }
    }

    /** {@code ist gesetzt} for collections: not empty. */
    static final class NotEmpty extends Node.Condition {
        private final Node operand;

        NotEmpty(Node operand) {
            this.operand = operand;
        }

        @Override
        public boolean test(Frame f) {
            return operand.value(f) instanceof List<?> list && !list.isEmpty();
        }
    }

    /** {@code ist gesetzt} for everything else: not null. */
    static final class NotNull extends Node.Condition {
        private final Node operand;

        NotNull(Node operand) {
            this.operand = operand;
        }

        @Override
        public boolean test(Frame f) {
            return operand.value(f) != null;
        }
    }

    /** {@code ist eindeutig}: no other element of the same type in the register has the same value. */
    static final class Unique extends Node.Condition {
        private final int slot;
        private final Node operand;
        private final EClass domain;

        Unique(int slot, Node operand, EClass domain) {
            this.slot = slot;
            this.operand = operand;
            this.domain = domain;
        }

        @Override
        public boolean test(Frame f) {
            Object value = operand.value(f);
            if (value == null || value instanceof String s && s.isBlank()) {
                return true; // presence is another rule's business
            }
            Map<Object, Integer> counts = f.run.counts(slot, operand, domain);
            Integer count = counts.get(value instanceof String s ? s.strip() : value);
            return count == null || count <= 1;
        }
    }

    /**
     * {@code ist auflösbar} ({@link ReferenceResolver#isResolvable}) and {@code ist entfallen}
     * ({@link ReferenceResolver#isRemoved}): a question about a catalogue reference to the run's resolver.
     */
    static final class ReferenceTest extends Node.Condition {
        private final Node operand;
        private final BiPredicate<ReferenceResolver, CatalogueReference> question;

        ReferenceTest(Node operand, BiPredicate<ReferenceResolver, CatalogueReference> question) {
            this.operand = operand;
            this.question = question;
        }

        @Override
        public boolean test(Frame f) {
            return operand.value(f) instanceof CatalogueReference reference && question.test(f.run.resolver, reference);
        }
    }

    /**
     * {@code passt zu}: whole-text match. Key formats ({@code "99[0-9]{12}"}) are checked by a {@link FixedPattern};
     * other expressions reuse one Matcher per node and run instead of allocating one per test. The matching is bounded
     * ({@link BoundedText}): a pattern that backtracks catastrophically ends in {@link PatternTooSlowException}.
     */
    static final class Matches extends Node.Condition {
        private final Node operand;
        private final Pattern pattern;
        private final FixedPattern fixed;
        private final int slot;

        Matches(Node operand, Pattern pattern, int slot) {
            this.operand = operand;
            this.pattern = pattern;
            this.fixed = FixedPattern.compile(pattern.pattern());
            this.slot = slot;
        }

        @Override
        public boolean test(Frame f) {
            if (!(operand.value(f) instanceof String s)) {
                return false;
            }
            if (fixed != null) {
                return fixed.matches(s);
            }
            BoundedText text = f.texts[slot];
            Matcher matcher = f.matchers[slot];
            if (matcher == null) {
                text = new BoundedText();
                f.texts[slot] = text;
                matcher = pattern.matcher(text.reset(s));
                f.matchers[slot] = matcher;
            } else {
                matcher.reset(text.reset(s));
            }
            try {
                return matcher.matches();
            } catch (BoundedText.LimitExceeded e) {
                throw new PatternTooSlowException(pattern.pattern(), s.length());
            }
        }
    }

    /** Keeps the catalogue references of one catalogue (ids compare ignoring case: "leika" = "LEIKA"). */
    static boolean inCatalogue(Object element, String catalogue) {
        return element instanceof CatalogueReference reference && catalogue.equalsIgnoreCase(reference.getCatalogueId());
    }

    /** {@code für alle}, {@code es gibt}, {@code es gibt kein}; iterates by index, allocation-free. */
    static final class Quantifier extends Node.Condition {
        enum Kind {
            ALL, SOME, NONE
        }

        private final Kind kind;
        private final int slot;
        private final Node source;
        private final String catalogue;
        private final Node body;

        /** @param catalogue if not null, only catalogue references of this catalogue are considered */
        Quantifier(Kind kind, int slot, Node source, String catalogue, Node body) {
            this.kind = kind;
            this.slot = slot;
            this.source = source;
            this.catalogue = catalogue;
            this.body = body;
        }

        @Override
        public boolean test(Frame f) {
            if (!(source.value(f) instanceof List<?> list)) {
                return kind != Kind.SOME;
            }
            Object saved = f.vars[slot];
            try {
                for (int i = 0, n = list.size(); i < n; i++) {
                    Object element = list.get(i);
                    if (catalogue != null && !inCatalogue(element, catalogue)) {
                        continue;
                    }
                    f.vars[slot] = element;
                    boolean holds = body.test(f);
                    if (kind == Kind.ALL && !holds) {
                        return false;
                    }
                    if (kind != Kind.ALL && holds) {
                        return kind == Kind.SOME;
                    }
                }
                return kind != Kind.SOME;
            } finally {
                f.vars[slot] = saved;
            }
        }
    }

    static final class Count extends Node.Numeric {
        private final int slot;
        private final Node source;
        private final String catalogue;
        private final Node filter;

        Count(int slot, Node source, String catalogue, Node filter) {
            this.slot = slot;
            this.source = source;
            this.catalogue = catalogue;
            this.filter = filter;
        }

        @Override
        public double num(Frame f) {
            if (!(source.value(f) instanceof List<?> list)) {
                return 0;
            }
            if (catalogue == null && filter == null) {
                return list.size();
            }
            Object saved = slot < 0 ? null : f.vars[slot];
            int count = 0;
            try {
                for (int i = 0, n = list.size(); i < n; i++) {
                    Object element = list.get(i);
                    if (catalogue != null && !inCatalogue(element, catalogue)) {
                        continue;
                    }
                    if (filter != null) {
                        f.vars[slot] = element;
                        if (!filter.test(f)) {
                            continue;
                        }
                    }
                    count++;
                }
            } finally {
                if (slot >= 0) {
                    f.vars[slot] = saved;
                }
            }
            return count;
        }
    }

    static final class Length extends Node.Numeric {
        private final Node operand;

        Length(Node operand) {
            this.operand = operand;
        }

        @Override
        public double num(Frame f) {
            Object value = operand.value(f);
            return value instanceof String s ? s.strip().length() : value instanceof List<?> list ? list.size() : 0;
        }
    }

    static final class ElementAt extends Node {
        private final Node source;
        private final boolean last;

        ElementAt(Node source, boolean last) {
            this.source = source;
            this.last = last;
        }

        @Override
        public Object value(Frame f) {
            if (source.value(f) instanceof List<?> list && !list.isEmpty()) {
                return list.get(last ? list.size() - 1 : 0);
            }
            return null;
        }
    }

    /** {@code attribut("id")} or {@code attribut(d)}: the value of a custom attribute of the checked Steckbrief. */
    static final class Attribute extends Node {
        private final Node key;

        Attribute(Node key) {
            this.key = key;
        }

        @Override
        public Object value(Frame f) {
            if (!(f.self instanceof ProcessProfile profile)) {
                return null;
            }
            Object wanted = key.value(f);
            List<AttributeValue> values = profile.getAttributeValues();
            for (int i = 0, n = values.size(); i < n; i++) {
                AttributeValue value = values.get(i);
                AttributeDefinition definition = value.getDefinition();
                if (definition != null && (definition == wanted || wanted instanceof String id && id.equals(definition.getId()))) {
                    return value.getValue();
                }
            }
            return null;
        }
    }

    /** {@code katalogverweise("leika")} as a value (a new list); quantifiers and counts filter in place instead. */
    static final class CatalogueReferences extends Node {
        private final String catalogue;

        CatalogueReferences(String catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public Object value(Frame f) {
            List<CatalogueReference> result = new ArrayList<>();
            if (f.self instanceof ProcessProfile profile) {
                for (CatalogueReference reference : profile.getCatalogueReferences()) {
                    if (inCatalogue(reference, catalogue)) {
                        result.add(reference);
                    }
                }
            }
            return result;
        }
    }

    static final class HasCatalogueReference extends Node.Condition {
        private final String catalogue;

        HasCatalogueReference(String catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public boolean test(Frame f) {
            if (f.self instanceof ProcessProfile profile) {
                List<CatalogueReference> references = profile.getCatalogueReferences();
                for (int i = 0, n = references.size(); i < n; i++) {
                    if (inCatalogue(references.get(i), catalogue)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}

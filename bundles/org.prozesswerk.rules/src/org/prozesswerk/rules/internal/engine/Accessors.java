/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.internal.engine;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Pre-resolved feature getters. Each feature is turned once, when a rule set is compiled, into a lambda that calls
 * the generated Java getter ({@code ProcessProfile::getName}); the JIT then inlines it like hand-written code. Only
 * when no such getter exists (dynamic models) does the accessor fall back to {@code eGet}.
 */
public final class Accessors {

    private static final Map<EStructuralFeature, Function<Object, Object>> GETTERS = new ConcurrentHashMap<>();
    private static final Map<EStructuralFeature, ToDoubleFunction<Object>> NUMBERS = new ConcurrentHashMap<>();

    private Accessors() {
    }

    public static Function<Object, Object> getter(EStructuralFeature feature) {
        return GETTERS.computeIfAbsent(feature, Accessors::createGetter);
    }

    /** A getter for a numeric feature that does not box; NaN-free for primitive features. */
    public static ToDoubleFunction<Object> numberGetter(EStructuralFeature feature) {
        return NUMBERS.computeIfAbsent(feature, Accessors::createNumberGetter);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> createGetter(EStructuralFeature feature) {
        MethodHandle handle = javaGetter(feature);
        if (handle != null) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), handle,
                        MethodType.methodType(handle.type().wrap().returnType(), handle.type().parameterType(0)));
                return (Function<Object, Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                // fall through to the reflective accessor
            }
        }
        return target -> ((EObject) target).eGet(feature);
    }

    @SuppressWarnings("unchecked")
    private static ToDoubleFunction<Object> createNumberGetter(EStructuralFeature feature) {
        MethodHandle handle = javaGetter(feature);
        Class<?> returnType = handle == null ? null : handle.type().returnType();
        if (returnType != null && returnType.isPrimitive() && returnType != boolean.class && returnType != char.class) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                CallSite site = LambdaMetafactory.metafactory(lookup, "applyAsDouble",
                        MethodType.methodType(ToDoubleFunction.class),
                        MethodType.methodType(double.class, Object.class), handle,
                        MethodType.methodType(double.class, handle.type().parameterType(0)));
                return (ToDoubleFunction<Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                // fall through
            }
        }
        Function<Object, Object> getter = getter(feature);
        return target -> getter.apply(target) instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** The generated getter of the feature's interface, following EMF's naming (getX, isX for booleans). */
    private static MethodHandle javaGetter(EStructuralFeature feature) {
        Class<?> owner = feature.getEContainingClass().getInstanceClass();
        if (owner == null) {
            return null;
        }
        String name = Character.toUpperCase(feature.getName().charAt(0)) + feature.getName().substring(1);
        for (String prefix : new String[] { "get", "is" }) {
            try {
                java.lang.reflect.Method method = owner.getMethod(prefix + name);
                return MethodHandles.publicLookup().unreflect(method);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                // try the next naming
            }
        }
        return null;
    }
}

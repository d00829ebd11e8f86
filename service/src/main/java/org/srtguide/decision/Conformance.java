package org.srtguide.decision;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.core.compiler.DMNFEELHelper;
import org.kie.dmn.core.impl.BaseDMNTypeImpl;
import org.kie.dmn.core.impl.CompositeTypeImpl;
import org.kie.dmn.feel.runtime.UnaryTest;
import org.kie.dmn.feel.lang.types.GenListType;
import org.kie.dmn.feel.util.EvalHelper;
import org.kie.dmn.feel.util.NumberEvalHelper;
import org.kie.dmn.feel.lang.impl.MapBackedType;

/**
 * Whether a value conforms to a DMN type: the engine's own rule ({@code BaseDMNTypeImpl.isAssignableValue}
 * with its simple and composite cases, kie-dmn-core 10.1.0), followed step by step, but with the
 * allowed-values and constraint tests of a type evaluated once per distinct value. The engine builds a
 * new FEEL context and class loader for every such test; with the engine's runtime type checks on, that
 * was a third of each pathway evaluation (bench/RESULTS.md). The answer is the engine's: only the
 * repeated work is saved, and only for tests that call no function (a {@code today()} is never memoised).
 */
final class Conformance {
    /** A function call outside string literals, e.g. {@code today()}: such a test is re-evaluated every time. */
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ]*\\(");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final int MAX_TESTS = 4096;
    private static final int MAX_VALUES = 512;

    /** Per list of unary tests (by identity, as compiled): the outcome per value, or null when not memoisable. */
    private static final Map<TestsKey, Map<Object, Boolean>> MEMO = new ConcurrentHashMap<>();
    private static final Map<Object, Boolean> NOT_MEMOISED = Map.of();
    /** The memo's key for a null value (a missing optional value: the tests' answer for it is memoised too). */
    private static final Object NULL = new Object();

    private Conformance() {
    }

    /** The engine's {@code isAssignableValue}, for any type the engine compiled. */
    static boolean conforms(DMNType type, Object value) {
        if (!(type instanceof BaseDMNTypeImpl base)) {
            return type.isAssignableValue(value);
        }
        List<UnaryTest> allowed = base.getAllowedValuesFEEL();
        List<UnaryTest> constraint = base.getTypeConstraintFEEL();
        if (value == null && allowed == null && constraint == null) {
            return true;
        }
        Object toCheck = objectToCheck(type, value);
        if (type.isCollection() && toCheck instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (!allowedValueConforms(base, element) || !matches(allowed, element)) {
                    return false;
                }
            }
            return constraintConforms(base, toCheck) && matches(constraint, toCheck);
        }
        return allowedValueConforms(base, toCheck) && matches(allowed, toCheck)
                && constraintConforms(base, toCheck) && matches(constraint, toCheck);
    }

    /** FEEL: a singleton list is its element and an element is a singleton list. */
    private static Object objectToCheck(DMNType type, Object value) {
        if (type.isCollection() && !(value instanceof Collection)) {
            return Collections.singletonList(value);
        }
        if (!type.isCollection() && value instanceof Collection<?> collection && collection.size() == 1) {
            return collection.iterator().next();
        }
        return value;
    }

    private static boolean allowedValueConforms(BaseDMNTypeImpl type, Object value) {
        if (type.getBaseType() != null) {
            return conforms(type.getBaseType(), value);
        }
        if (type instanceof CompositeTypeImpl composite) {
            return value == null || byMap(composite, value) || byFields(composite, value);
        }
        return type.getFeelType().isAssignableValue(value);
    }

    private static boolean constraintConforms(BaseDMNTypeImpl type, Object value) {
        if (type instanceof CompositeTypeImpl composite) {
            boolean asList = type.isCollection() && type.getFeelType() instanceof GenListType && value instanceof Collection;
            return asList || (type.getFeelType() instanceof MapBackedType ? byFields(composite, value)
                    : type.getFeelType().isAssignableValue(value));
        }
        return type.isCollection() ? value instanceof Collection : type.getFeelType().isAssignableValue(value);
    }

    /** A map must carry every field (a null value is a value) and each must conform. */
    private static boolean byMap(CompositeTypeImpl type, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<String, DMNType> field : type.getFields().entrySet()) {
            if (!map.containsKey(field.getKey()) || !conforms(field.getValue(), map.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Any other object: each field read the way FEEL reads a property. */
    private static boolean byFields(CompositeTypeImpl type, Object value) {
        for (Map.Entry<String, DMNType> field : type.getFields().entrySet()) {
            EvalHelper.PropertyValueResult property = EvalHelper.getDefinedValue(value, field.getKey());
            if (!property.isDefined()
                    || !conforms(field.getValue(), property.getValueResult().getOrElseThrow(IllegalStateException::new))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(List<UnaryTest> tests, Object value) {
        if (tests == null || tests.isEmpty()) {
            return true;
        }
        Object number = NumberEvalHelper.coerceNumber(value);
        Map<Object, Boolean> memo = memo(tests);
        if (memo == null || !memoisable(number)) {
            return DMNFEELHelper.valueMatchesInUnaryTests(tests, number, null);
        }
        Object key = number == null ? NULL : number; // the map takes no null key; null is a value like any other
        Boolean known = memo.get(key);
        if (known == null) {
            known = DMNFEELHelper.valueMatchesInUnaryTests(tests, number, null);
            if (memo.size() < MAX_VALUES) {
                memo.put(key, known);
            }
        }
        return known;
    }

    private static Map<Object, Boolean> memo(List<UnaryTest> tests) {
        TestsKey key = new TestsKey(tests);
        Map<Object, Boolean> memo = MEMO.get(key);
        if (memo == null) {
            if (MEMO.size() >= MAX_TESTS) {
                MEMO.clear(); // models recompiled many times (committee test runs): start again
            }
            memo = MEMO.computeIfAbsent(key, k -> k.pure() ? new ConcurrentHashMap<>() : NOT_MEMOISED);
        }
        return memo == NOT_MEMOISED ? null : memo;
    }

    /** Values whose equality is their value: null, strings, numbers, booleans and FEEL's temporal values. */
    private static boolean memoisable(Object value) {
        return value == null || value instanceof String || value instanceof java.math.BigDecimal || value instanceof Boolean
                || value instanceof java.time.temporal.TemporalAccessor && value instanceof Comparable;
    }

    /** Compiled tests by identity: recompiled models get new keys. */
    private record TestsKey(List<UnaryTest> tests) {
        @Override
        public boolean equals(Object other) {
            return other instanceof TestsKey key && key.tests == tests;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tests);
        }

        boolean pure() {
            return tests.stream().noneMatch(test -> CALL.matcher(STRING.matcher(String.valueOf(test)).replaceAll("")).find());
        }
    }
}

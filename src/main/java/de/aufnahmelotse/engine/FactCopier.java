package de.aufnahmelotse.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies the state of an input fact into the session's own instance of the same class (every instance field,
 * superclasses included, shallow). A reused session keeps its own input objects and is told they changed; the
 * caller's objects are never inserted into a pooled session, so a later request cannot change them.
 */
final class FactCopier {
    private static final ConcurrentHashMap<Class<?>, Layout> LAYOUTS = new ConcurrentHashMap<>();

    /** Fields to copy; getter properties not backed by a field (they may read any field: always reported). */
    private record Layout(Constructor<?> constructor, Field[] fields, List<String> computed) {
    }

    private FactCopier() {
    }

    static Object copyOf(Object fact) {
        try {
            Object copy = layout(fact.getClass()).constructor().newInstance();
            copyInto(fact, copy);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy input fact " + fact.getClass().getName(), e);
        }
    }

    /**
     * Copies {@code from} into {@code to} and returns the names of the properties whose value changed (equals), plus
     * every computed property when anything changed; empty when {@code to} already held the same state.
     */
    static String[] copyInto(Object from, Object to) {
        if (from.getClass() != to.getClass()) {
            throw new IllegalArgumentException(from.getClass() + " into " + to.getClass());
        }
        Layout layout = layout(from.getClass());
        List<String> changed = new ArrayList<>();
        try {
            for (Field f : layout.fields()) {
                Object value = f.get(from);
                if (!java.util.Objects.equals(value, f.get(to))) {
                    changed.add(f.getName());
                }
                f.set(to, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy input fact " + from.getClass().getName(), e);
        }
        if (!changed.isEmpty()) {
            changed.addAll(layout.computed());
        }
        return changed.toArray(String[]::new);
    }

    private static Layout layout(Class<?> type) {
        return LAYOUTS.computeIfAbsent(type, t -> {
            try {
                Constructor<?> c = t.getDeclaredConstructor();
                c.setAccessible(true);
                List<Field> fields = new ArrayList<>();
                for (Class<?> k = t; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            if (Modifier.isFinal(f.getModifiers())) {
                                throw new IllegalArgumentException("input fact " + t.getName()
                                        + " has final field " + f.getName() + ": input facts must be mutable beans");
                            }
                            f.setAccessible(true);
                            fields.add(f);
                        }
                    }
                }
                java.util.Set<String> fieldNames = new java.util.HashSet<>();
                fields.forEach(f -> fieldNames.add(f.getName()));
                List<String> computed = new ArrayList<>();
                for (java.lang.reflect.Method m : t.getMethods()) {
                    String n = m.getName();
                    int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
                    if (prefix > 0 && n.length() > prefix && m.getParameterCount() == 0 && !n.equals("getClass")
                            && !Modifier.isStatic(m.getModifiers())) {
                        String property = Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
                        if (!fieldNames.contains(property)) {
                            computed.add(property);
                        }
                    }
                }
                return new Layout(c, fields.toArray(Field[]::new), List.copyOf(computed));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("input fact " + t.getName() + " has no no-argument constructor", e);
            }
        });
    }
}

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

    private record Layout(Constructor<?> constructor, Field[] fields) {
    }

    private FactCopier() {
    }

    static Object copyOf(Object fact) {
        Layout layout = layout(fact.getClass());
        try {
            Object copy = layout.constructor().newInstance();
            copy(layout, fact, copy);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy input fact " + fact.getClass().getName(), e);
        }
    }

    static void copyInto(Object from, Object to) {
        if (from.getClass() != to.getClass()) {
            throw new IllegalArgumentException(from.getClass() + " into " + to.getClass());
        }
        copy(layout(from.getClass()), from, to);
    }

    private static void copy(Layout layout, Object from, Object to) {
        try {
            for (Field f : layout.fields()) {
                f.set(to, f.get(from));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy input fact " + from.getClass().getName(), e);
        }
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
                return new Layout(c, fields.toArray(Field[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("input fact " + t.getName() + " has no no-argument constructor", e);
            }
        });
    }
}

package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Reads what a warm session holds after an evaluation, class by class, without the base facts: about 350 of the
 * ~800 objects in working memory are the catalog and the parameters of the date, inserted once and never changed,
 * and walking them for every request was 6 % of an evaluated request's CPU (JFR under bench/vary.lua). Drools keeps
 * facts in one store per class, so reading the other classes skips them.
 *
 * <p>Exact: after every read the objects read plus the base facts must be the session's fact count. If they are
 * not, a class appeared that was not read before (a conclusion that no earlier request reached), or a rule inserted
 * or deleted an object of a base fact's class; then the whole working memory is read once, and from then on every
 * class present is read except the base classes whose count is still the one they started with.
 */
final class ConclusionReader {
    private final KieSession session;
    /** Classes of the base facts and how many objects each had after the base evaluation. */
    private final Map<Class<?>, Integer> baseCounts = new HashMap<>();
    private long skippedCount;
    private List<Class<?>> read = List.of();
    private boolean exact = true;

    ConclusionReader(KieSession session, Collection<?> baseFacts) {
        this.session = session;
        Set<Class<?>> baseClasses = new HashSet<>();
        for (Object fact : baseFacts) {
            baseClasses.add(fact.getClass());
        }
        Map<Class<?>, Integer> counts = countByClass();
        for (Class<?> c : baseClasses) {
            baseCounts.put(c, counts.getOrDefault(c, 0));
        }
        decide(counts);
    }

    /**
     * The objects of every class but the base facts', grouped by class in working memory's order; an object of a
     * class in {@code handBackClasses} is replaced by {@code handBack}'s result.
     */
    Map<Class<?>, List<Object>> read(Set<Class<?>> handBackClasses, UnaryOperator<Object> handBack) {
        if (!exact) {
            return readAll(handBackClasses, handBack);
        }
        Map<Class<?>, List<Object>> groups = readClasses(handBackClasses, handBack);
        if (groups == null) {
            decide(countByClass());
            groups = readClasses(handBackClasses, handBack);
            if (groups == null) { // the count never adds up (not seen with Drools 10.2): read everything from now on
                exact = false;
                return readAll(handBackClasses, handBack);
            }
        }
        return groups;
    }

    /** The read classes' objects, or null when they and the base facts are not all the session holds. */
    private Map<Class<?>, List<Object>> readClasses(Set<Class<?>> handBackClasses, UnaryOperator<Object> handBack) {
        Map<Class<?>, List<Object>> groups = new LinkedHashMap<>();
        long count = 0;
        for (Class<?> c : read) {
            List<Object> objects = null;
            boolean replace = handBackClasses.contains(c);
            for (Object o : session.getObjects(new ClassObjectFilter(c))) {
                if (o.getClass() == c) { // the filter also yields subclasses, which have their own group
                    if (objects == null) {
                        objects = new ArrayList<>();
                    }
                    objects.add(replace ? handBack.apply(o) : o);
                }
            }
            if (objects != null) {
                groups.put(c, objects);
                count += objects.size();
            }
        }
        return count + skippedCount == session.getFactCount() ? groups : null;
    }

    private Map<Class<?>, List<Object>> readAll(Set<Class<?>> handBackClasses, UnaryOperator<Object> handBack) {
        Map<Class<?>, List<Object>> groups = new LinkedHashMap<>();
        for (Object o : session.getObjects()) {
            if (!baseCounts.containsKey(o.getClass())) {
                groups.computeIfAbsent(o.getClass(), k -> new ArrayList<>())
                        .add(handBackClasses.contains(o.getClass()) ? handBack.apply(o) : o);
            }
        }
        return groups;
    }

    /** The classes to read from now on: all present, except base classes still holding only their base facts. */
    private void decide(Map<Class<?>, Integer> counts) {
        List<Class<?>> classes = new ArrayList<>();
        long skipped = 0;
        for (Map.Entry<Class<?>, Integer> e : counts.entrySet()) {
            Integer base = baseCounts.get(e.getKey());
            if (base != null && base.equals(e.getValue())) {
                skipped += base;
            } else {
                baseCounts.remove(e.getKey()); // changed by a rule: read it from now on
                classes.add(e.getKey());
            }
        }
        baseCounts.keySet().retainAll(counts.keySet());
        read = List.copyOf(classes);
        skippedCount = skipped;
    }

    private Map<Class<?>, Integer> countByClass() {
        Map<Class<?>, Integer> counts = new LinkedHashMap<>();
        for (Object o : session.getObjects()) {
            counts.merge(o.getClass(), 1, Integer::sum);
        }
        return counts;
    }
}

package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A session that has already evaluated the base facts (catalog, as-of date, parameters of that date) and is reused
 * for one request after another. Each evaluation morphs the session's input facts into the request's: an input of a
 * class the previous request also had is updated in place (so rules whose inputs did not change keep their
 * conclusions, and only patterns on the changed properties are re-evaluated), an input the previous request lacked
 * is inserted, one it had and this request lacks is deleted.
 * Every rule concludes with insertLogical, so what stays in working memory is exactly what a fresh session would hold
 * for the same facts; {@code IncrementalEvaluationTest} proves it against fresh sessions. Not thread-safe: the
 * {@link SessionPool} hands it to one caller at a time.
 */
final class WarmSession {
    private record Slot(FactHandle handle, Object fact) {
    }

    private final KieSession session;
    private final DormantMatches dormant;
    private final ConclusionReader reader;
    private final Map<Class<?>, List<Slot>> slots = new LinkedHashMap<>();
    private int uses;

    WarmSession(KieBase kieBase, Collection<?> baseFacts) {
        this.session = kieBase.newKieSession();
        this.dormant = new DormantMatches(session);
        try {
            for (Object fact : baseFacts) {
                session.insert(fact);
            }
            RuleEngine.checkFirings(session.fireAllRules(RuleEngine.MAX_FIRINGS));
            this.reader = new ConclusionReader(session, baseFacts);
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    int uses() {
        return uses;
    }

    Evaluation evaluate(Collection<?> inputs) {
        long start = System.nanoTime();
        uses++;
        Map<Class<?>, List<Object>> wanted = new LinkedHashMap<>();
        for (Object input : inputs) {
            wanted.computeIfAbsent(input.getClass(), k -> new ArrayList<>()).add(input);
        }
        Set<Class<?>> classes = new LinkedHashSet<>(slots.keySet());
        classes.addAll(wanted.keySet());
        Map<Object, Object> callerObject = new IdentityHashMap<>();
        for (Class<?> type : classes) {
            List<Slot> have = slots.computeIfAbsent(type, k -> new ArrayList<>());
            List<Object> want = wanted.getOrDefault(type, List.of());
            int common = Math.min(have.size(), want.size());
            for (int i = 0; i < common; i++) {
                Slot slot = have.get(i);
                String[] changed = FactCopier.copyInto(want.get(i), slot.fact());
                if (changed.length > 0) {
                    // property-reactive: only patterns that constrain a changed property are re-evaluated
                    session.update(slot.handle(), slot.fact(), changed);
                }
                callerObject.put(slot.fact(), want.get(i));
            }
            for (int i = common; i < want.size(); i++) {
                Object own = FactCopier.copyOf(want.get(i));
                have.add(new Slot(session.insert(own), own));
                callerObject.put(own, want.get(i));
            }
            while (have.size() > want.size()) {
                session.delete(have.remove(have.size() - 1).handle());
            }
        }
        int fired = RuleEngine.checkFirings(session.fireAllRules(RuleEngine.MAX_FIRINGS));
        if (uses % DormantMatches.PRUNE_EVERY == 0) {
            dormant.prune(); // Drools 10.2.0 keeps deleted matches otherwise (DormantMatches)
        }
        // the session's own input objects change with the next request: hand back the caller's instead
        return Evaluation.of(reader.read(slots.keySet(), fact -> callerObject.getOrDefault(fact, fact)), fired,
                (System.nanoTime() - start) / 1_000);
    }

    /** How many matches the rules' dormant lists hold (for tests: it must not grow with use). */
    int dormantMatches() {
        return dormant.size();
    }

    void dispose() {
        session.dispose();
    }
}

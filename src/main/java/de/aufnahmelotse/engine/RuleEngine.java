package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Evaluates facts against the shared KieBase: one stateful session per call, always disposed. Thread-safe. */
public final class RuleEngine {
    /** Guard against rules that loop: an evaluation that fires more rules than this is cut off and fails. */
    public static final int MAX_FIRINGS = 100_000;

    private final KieBase kieBase;

    public RuleEngine(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    public Evaluation evaluate(Collection<?> facts) {
        long start = System.nanoTime();
        KieSession session = kieBase.newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int count = session.fireAllRules(MAX_FIRINGS);
            if (count >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + count + " times: probable loop");
            }
            List<Object> result = new ArrayList<>(session.getObjects());
            return new Evaluation(result, fired, (System.nanoTime() - start) / 1_000);
        } finally {
            session.dispose();
        }
    }
}

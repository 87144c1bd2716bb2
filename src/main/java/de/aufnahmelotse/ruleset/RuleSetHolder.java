package de.aufnahmelotse.ruleset;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The rule set currently served. Swapped atomically as a whole; readers never see a partial one. */
public final class RuleSetHolder implements Supplier<RuleSet> {
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public RuleSetHolder() {
    }

    public RuleSetHolder(RuleSet initial) {
        current.set(initial);
    }

    @Override
    public RuleSet get() {
        RuleSet rules = current.get();
        if (rules == null) {
            throw new RulesNotLoadedException();
        }
        return rules;
    }

    public boolean isLoaded() {
        return current.get() != null;
    }

    /** Serves {@code rules} from now on; the replaced rule set's idle pooled sessions are disposed. */
    public void set(RuleSet rules) {
        RuleSet previous = current.getAndSet(rules);
        if (previous != null && previous != rules) {
            previous.engine().close();
        }
    }
}

package de.aufnahmelotse.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.phreak.RuleExecutor;
import org.drools.core.reteoo.PathMemory;
import org.drools.core.reteoo.RuleTerminalNodeLeftTuple;
import org.drools.core.reteoo.TupleImpl;
import org.kie.api.runtime.KieSession;

/**
 * Works around a leak of Drools 10.2.0 that a reused session would otherwise accumulate: every match that has fired
 * is parked in its rule's list of dormant matches, and when an update of a fact later deletes the match (a
 * single-pattern rule whose constraint stops holding: {@code Municipality(population >= 500000)} after the
 * population changed), Drools 10.2.0 marks it unmatched but leaves it in that list. Such a match is never used
 * again; only the list keeps it alive. Measured with {@code bench/vary.lua}'s bodies: about 0.6 of them per
 * request, some 15 MB more live heap every 100 s of load, promoted into the old generation and kept until the
 * session was retired. Upstream: apache/incubator-kie-drools issue 6361 (fixed there for one path only).
 *
 * <p>{@link #prune} removes the unmatched ones. It is exact: Drools sets a match unmatched only when it deletes it
 * ({@code PhreakRuleTerminalNode.doLeftDelete}) and makes a new match for a new firing, so an unmatched dormant
 * match is unreachable from the network. {@code DormantMatchesTest} shows the leak on a two-rule base (so it fails,
 * and this class can go, once a Drools upgrade fixes it) and that pruned sessions stay flat with unchanged
 * conclusions. The rules' executors are listed once and looked for again now and then (below).
 */
final class DormantMatches {
    /**
     * A warm session prunes after every 16th evaluation. Walking every rule's list costs about 60 µs of CPU (some
     * 1,100 scattered objects: a tenth of an evaluated request, measured with bench/in-process.sh); every 16th use
     * costs a sixteenth of that, and under load the matches left between two prunes still die young (20 sessions
     * at 2,800 req/s use each one 140 times a second).
     */
    static final int PRUNE_EVERY = 16;
    /** Prunes between two searches for rules' executors made since. */
    static final int REFRESH_EVERY = 8;

    private final ReteEvaluator session;
    private final List<RuleExecutor> executors = new ArrayList<>();
    private int memoriesSeen = -1;
    private int sinceRefresh;

    DormantMatches(KieSession session) {
        this.session = (ReteEvaluator) session;
    }

    /** Removes the deleted matches from every rule's dormant list; returns how many. */
    int prune() {
        refreshExecutors();
        int removed = 0;
        for (RuleExecutor executor : executors) {
            TupleImpl tuple = executor.getDormantMatches().getFirst();
            while (tuple != null) {
                TupleImpl next = tuple.getNext();
                if (tuple instanceof RuleTerminalNodeLeftTuple match && !match.isMatched()) {
                    executor.removeDormantTuple(match);
                    removed++;
                }
                tuple = next;
            }
        }
        return removed;
    }

    /** How many matches the dormant lists hold now, live or not (for tests). */
    int size() {
        refreshExecutors();
        int size = 0;
        for (RuleExecutor executor : executors) {
            size += executor.getDormantMatches().size();
        }
        return size;
    }

    /**
     * A rule gets its executor the first time its path is evaluated, so the list is rebuilt when the session has
     * more node memories than last time, and every {@value #REFRESH_EVERY} prunes for executors made since; a dead
     * match of a rule not yet listed waits at most that long.
     */
    private void refreshExecutors() {
        NodeMemories memories = session.getNodeMemories();
        int length = memories.length();
        if (length == memoriesSeen && ++sinceRefresh < REFRESH_EVERY) {
            return;
        }
        executors.clear();
        for (int i = 0; i < length; i++) {
            Memory memory = memories.peekNodeMemory(i);
            if (memory instanceof PathMemory path && path.getRuleAgendaItem() != null) {
                executors.add(path.getRuleAgendaItem().getRuleExecutor());
            }
        }
        memoriesSeen = length;
        sinceRefresh = 0;
    }
}

package de.aufnahmelotse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.aufnahmelotse.facts.Derived;
import de.aufnahmelotse.facts.Municipality;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionPoolTest {
    private static RuleEngine engine;

    /** An input fact the session cannot copy: records have final fields. */
    record Frozen(int value) {
    }

    @BeforeAll
    static void compile() {
        engine = new RuleEngine(RuleBaseLoader.compile(Path.of("rules")).kieBase());
    }

    private static Municipality municipality(int population) {
        Municipality m = new Municipality();
        m.setPopulation(population);
        return m;
    }

    private static String sizeClass(Evaluation e) {
        return e.all(Derived.class).stream().filter(d -> d.getSubject() == null && d.getName().equals("sizeClass"))
                .map(Derived::getValue).findFirst().orElse(null);
    }

    @Test
    void a_reused_session_hands_back_the_callers_objects_and_the_same_conclusions_as_a_fresh_one() {
        Municipality big = municipality(150_000);
        Evaluation first = engine.evaluate("day", List::of, List.of(big));
        Municipality small = municipality(800);
        Evaluation second = engine.evaluate("day", List::of, List.of(small));
        assertThat(second.incremental()).isTrue();
        assertThat(second.all(Municipality.class)).containsExactly(small);
        assertThat(sizeClass(second)).isEqualTo(sizeClass(engine.evaluate(List.of(municipality(800)))));
        assertThat(sizeClass(first)).isNotEqualTo(sizeClass(second));
        assertThat(big.getPopulation()).as("the caller's object is never changed").isEqualTo(150_000);
        assertThat(engine.sessionStats().reused()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_failed_evaluation_disposes_its_session_and_the_next_request_is_answered_correctly() {
        long disposedBefore = engine.sessionStats().disposed();
        assertThatThrownBy(() -> engine.evaluate("failing", List::of, List.of(new Frozen(1))))
                .hasMessageContaining("no-argument constructor");
        assertThat(engine.sessionStats().disposed()).isEqualTo(disposedBefore + 1);
        Evaluation next = engine.evaluate("failing", List::of, List.of(municipality(800)));
        assertThat(sizeClass(next)).isEqualTo(sizeClass(engine.evaluate(List.of(municipality(800)))));
    }

    @Test
    void closing_the_engine_disposes_idle_sessions_and_fresh_evaluations_still_work() {
        RuleEngine own = new RuleEngine(RuleBaseLoader.compile(Path.of("rules")).kieBase());
        own.evaluate("a", List::of, List.of(municipality(5_000)));
        own.evaluate("b", List::of, List.of(municipality(5_000)));
        assertThat(own.sessionStats().idle()).isEqualTo(2);
        own.close();
        assertThat(own.sessionStats().idle()).isZero();
        assertThat(own.sessionStats().disposed()).isEqualTo(2);
        Evaluation afterClose = own.evaluate("a", List::of, List.of(municipality(5_000)));
        assertThat(sizeClass(afterClose)).isNotNull();
        assertThat(own.sessionStats().disposed()).as("a session built after close is not kept").isEqualTo(3);
    }

    @Test
    void a_request_gets_the_idle_session_of_its_affinity_and_the_answer_does_not_depend_on_it() {
        SessionPool pool = new SessionPool(RuleBaseLoader.compile(Path.of("rules")).kieBase(), 2, 4);
        pool.evaluate("day", "BB", List::of, List.of(municipality(800)));
        pool.evaluate("day", "BE", List::of, List.of(municipality(3_600_000)));
        assertThat(pool.stats().created()).isEqualTo(2);
        Evaluation again = pool.evaluate("day", "BB", List::of, List.of(municipality(900)));
        assertThat(pool.stats().reusedSameAffinity()).as("the BB session, not the more recent BE one").isEqualTo(1);
        assertThat(sizeClass(again)).isEqualTo(sizeClass(engine.evaluate(List.of(municipality(900)))));
        pool.close();
    }

    @Test
    void at_most_max_idle_sessions_are_kept_and_beyond_it_the_least_recently_used_one_is_morphed() {
        SessionPool pool = new SessionPool(RuleBaseLoader.compile(Path.of("rules")).kieBase(), 2, 3);
        int[] populations = {800, 5_000, 40_000, 150_000, 3_600_000};
        for (int i = 0; i < populations.length; i++) {
            Evaluation e = pool.evaluate("day", "land" + i, List::of, List.of(municipality(populations[i])));
            assertThat(sizeClass(e)).isEqualTo(sizeClass(engine.evaluate(List.of(municipality(populations[i])))));
            assertThat(pool.stats().idle()).isLessThanOrEqualTo(3);
        }
        SessionPool.Stats s = pool.stats();
        assertThat(s.created()).as("new sessions only while fewer than three exist").isEqualTo(3);
        assertThat(s.reused()).as("the other two morph an idle session of another affinity").isEqualTo(2);
        assertThat(s.reusedSameAffinity()).isZero();
        Evaluation otherDay = pool.evaluate("other day", "land0", List::of, List.of(municipality(800)));
        assertThat(otherDay.incremental()).isTrue();
        assertThat(pool.stats().created()).as("no idle session has that key: a new one").isEqualTo(4);
        assertThat(pool.stats().idle()).isEqualTo(3);
        assertThat(pool.stats().disposed()).as("the least recently used one made room").isEqualTo(1);
        pool.close();
    }
}

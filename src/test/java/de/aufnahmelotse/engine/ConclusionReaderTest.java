package de.aufnahmelotse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.facts.AsOf;
import de.aufnahmelotse.facts.Derived;
import de.aufnahmelotse.facts.Municipality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

class ConclusionReaderTest {
    private static final String RULES = """
            package aufnahmelotse.reader;
            import de.aufnahmelotse.facts.AsOf;
            import de.aufnahmelotse.facts.Derived;
            import de.aufnahmelotse.facts.Municipality;

            rule "A municipality of more than 1,000 inhabitants is big"
            when
                Municipality( population != null, population > 1000 )
            then
                insertLogical( Derived.of( "big", "yes" ) );
            end

            rule "A municipality of more than 100,000 inhabitants adds a date (a base fact's class)"
            when
                Municipality( population != null, population > 100000 )
            then
                insertLogical( new AsOf( java.time.LocalDate.of( 2000, 1, 1 ) ) );
            end
            """;
    private static final List<Object> BASE = List.of(new AsOf(LocalDate.of(2024, 5, 1)),
            new AsOf(LocalDate.of(2024, 6, 1)));

    @TempDir
    static Path dir;
    private static KieBase kieBase;

    @BeforeAll
    static void compile() throws Exception {
        Files.writeString(dir.resolve("reader.drl"), RULES);
        kieBase = RuleBaseLoader.compile(dir).kieBase();
    }

    private static Evaluation evaluate(WarmSession session, int population) {
        Municipality m = new Municipality();
        m.setPopulation(population);
        return session.evaluate(List.of(m));
    }

    @Test
    void the_base_facts_are_left_out_and_a_conclusion_class_first_reached_later_is_read() {
        WarmSession session = new WarmSession(kieBase, BASE);
        try {
            Evaluation small = evaluate(session, 500);
            assertThat(small.byClass().keySet()).containsExactly(Municipality.class);
            assertThat(small.all(AsOf.class)).isEmpty();
            Evaluation big = evaluate(session, 5_000); // Derived appears for the first time
            assertThat(big.all(Derived.class)).extracting(Derived::getName).containsExactly("big");
            assertThat(big.all(AsOf.class)).as("the base facts stay out").isEmpty();
            assertThat(big.all(Municipality.class)).singleElement().extracting(Municipality::getPopulation)
                    .isEqualTo(5_000);
            assertThat(evaluate(session, 500).all(Derived.class)).isEmpty();
        } finally {
            session.dispose();
        }
    }

    @Test
    void a_base_class_that_a_rule_inserts_into_is_read_from_then_on_with_all_its_objects() {
        WarmSession session = new WarmSession(kieBase, BASE);
        try {
            assertThat(evaluate(session, 500).all(AsOf.class)).isEmpty();
            Evaluation city = evaluate(session, 200_000);
            assertThat(city.all(AsOf.class)).extracting(AsOf::getDate).containsExactlyInAnyOrder(
                    LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2000, 1, 1));
            assertThat(city.all(Derived.class)).hasSize(1);
            // the class stays read, so what it holds is never hidden: here again only the base facts
            assertThat(evaluate(session, 500).all(AsOf.class)).hasSize(2);
        } finally {
            session.dispose();
        }
    }
}

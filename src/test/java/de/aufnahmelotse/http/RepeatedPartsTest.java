package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.scenarios.Scenarios;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept parts change nothing in the bytes of an answer, whether written fresh or from what is kept. */
class RepeatedPartsTest {
    private static final ObjectMapper PLAIN = WebApp.objectMapper();

    private static List<AdviceResponse> answers;

    private static synchronized List<AdviceResponse> everyScenarioInBothLanguages() {
        if (answers != null) {
            return answers;
        }
        AdviceService service = Scenarios.service();
        List<AdviceResponse> all = new ArrayList<>();
        for (Scenarios.Case c : Scenarios.cases()) {
            for (String lang : List.of("de", "en")) {
                all.add(service.advise(Scenarios.parser().parse(c.request(), lang),
                        new AdviceService.Options(lang, true, false)));
            }
        }
        answers = all;
        return answers;
    }

    @Test
    void every_scenario_answer_is_byte_identical_with_kept_parts_written_fresh_and_from_the_cache() throws Exception {
        ObjectMapper withParts = WebApp.objectMapper().registerModule(
                new RepeatedParts(WebApp.objectMapper(), RepeatedParts.DEFAULT_MAX_CHARS));
        List<AdviceResponse> answers = everyScenarioInBothLanguages();
        assertThat(answers).hasSizeGreaterThan(1000);
        List<String> differing = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) { // first pass writes and keeps, second writes what was kept
            for (int i = 0; i < answers.size(); i++) {
                byte[] expected = PLAIN.writeValueAsBytes(answers.get(i));
                if (!Arrays.equals(expected, withParts.writeValueAsBytes(answers.get(i)))) {
                    differing.add(pass + ":" + i);
                }
            }
        }
        assertThat(differing).as("answers whose bytes differ (pass:index)").isEmpty();
    }

    @Test
    void a_cache_too_small_for_any_part_still_writes_every_answer_right() throws Exception {
        ObjectMapper tiny = WebApp.objectMapper().registerModule(new RepeatedParts(WebApp.objectMapper(), 1));
        for (AdviceResponse a : everyScenarioInBothLanguages().subList(0, 50)) {
            assertThat(tiny.writeValueAsBytes(a)).isEqualTo(PLAIN.writeValueAsBytes(a));
        }
    }
}

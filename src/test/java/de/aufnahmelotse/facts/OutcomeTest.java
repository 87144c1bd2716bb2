package de.aufnahmelotse.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static Criterion criterion(Map<String, Object> params, String rule, String source) {
        return new Criterion("DE-NEST", "nest.group-size", null, Enums.CriterionStatus.MET, true, null, params, rule,
                "§ 23 Abs. 4 AufenthG", source);
    }

    @Test
    void equal_conclusions_share_their_plain_parameters_and_stay_equal_whatever_rule_concluded_them() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("members", 5);
        params.put("min", 4);
        Criterion a = criterion(params, "rule a", "https://a");
        Criterion b = criterion(new LinkedHashMap<>(params), "rule b", "https://b");
        assertThat(a.getParams()).isSameAs(b.getParams()).isEqualTo(Map.of("members", 5, "min", 4));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b.getSource()).as("provenance stays each conclusion's own").isEqualTo("https://b");
        params.put("members", 6);
        assertThat(a.getParams().get("members")).as("the caller's map is copied").isEqualTo(5);
        Criterion c = criterion(Map.of("members", 6, "min", 4), "rule a", "https://a");
        assertThat(c).isNotEqualTo(a);
        assertThat(c.getParams()).isNotSameAs(a.getParams());
    }

    @Test
    void parameters_that_are_not_plain_values_are_neither_shared_nor_kept_for_rendering() {
        List<String> mutable = new ArrayList<>(List.of("x"));
        Criterion a = criterion(Map.of("list", mutable), "rule a", "https://a");
        Criterion b = criterion(Map.of("list", new ArrayList<>(List.of("x"))), "rule a", "https://a");
        assertThat(a.hasPlainParams()).isFalse();
        assertThat(a.getParams()).isNotSameAs(b.getParams());
        assertThat(a).isEqualTo(b);
        assertThat(criterion(Map.of("n", 1, "texts", Map.of("de", "ja", "en", "yes")), "r", "s").hasPlainParams())
                .isTrue();
    }
}

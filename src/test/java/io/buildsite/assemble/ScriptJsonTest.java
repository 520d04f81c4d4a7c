package io.buildsite.assemble;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptJsonTest {
    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 >";

    @Test
    void escapesAngleBracketsAmpersandAndLineSeparators() {
        assertThat(ScriptJson.of(Map.of("t", "<a> & \u2028\u2029")))
                .isEqualTo("{\"t\":\"\\u003ca\\u003e \\u0026 \\u2028\\u2029\"}");
    }

    @Test
    void resultHasNoCharacterThatCanEndTheScriptElementOrTheLine() {
        String json = ScriptJson.of(Map.of("t", HOSTILE));

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(json.toLowerCase()).doesNotContain("</script");
    }

    @Test
    void resultParsesBackToTheSameValue() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", HOSTILE);
        value.put("options", List.of("a < b", "`x` && y", "Tiếng Việt"));
        value.put("correct", 1);
        value.put("href", null);

        Map<String, Object> back = new ObjectMapper().readValue(ScriptJson.of(value), new TypeReference<>() {
        });

        assertThat(back).isEqualTo(value);
    }

    @Test
    void escapesAlsoInKeys() {
        assertThat(ScriptJson.of(Map.of("</script>", 1))).isEqualTo("{\"\\u003c/script\\u003e\":1}");
    }

    @Test
    void plainValuesAreWrittenAsJson() {
        assertThat(ScriptJson.of(List.of(1, "a", true))).isEqualTo("[1,\"a\",true]");
    }
}

package io.buildsite.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchJsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void aTermChunkReadsAsJson() {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("dang", List.of(List.of("đăng", "dang"), new int[] {0, 12, 1, 3, 4, 2}));

        assertThat(new String(SearchJson.bytes(chunk), StandardCharsets.UTF_8))
                .isEqualTo("{\"dang\":[[\"đăng\",\"dang\"],[0,12,1,3,4,2]]}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(new String(SearchJson.bytes(Arrays.asList("a\"b\\c\n\t\u0001", null, 7)), StandardCharsets.UTF_8))
                .isEqualTo("[\"a\\\"b\\\\c\\n\\t\\u0001\",null,7]");
    }

    @Property(tries = 300)
    void writesTheBytesJacksonWrites(@ForAll("values") Object value) throws Exception {
        assertThat(SearchJson.bytes(value)).isEqualTo(JACKSON.writeValueAsBytes(value));
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("aăĐ\"\\/\n\r\t\b\f\u0000\u001f\u007f\u2028😀<>&")
                .ofMaxLength(12);
        Arbitrary<Object> leaves = Arbitraries.oneOf(texts.map(t -> (Object) t), Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.integers().array(int[].class).ofMaxSize(6).map(a -> (Object) a), Arbitraries.just(null));
        Arbitrary<Object> lists = leaves.list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> maps = Arbitraries.maps(texts, Arbitraries.oneOf(leaves, lists)).ofMaxSize(4)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(leaves, lists, maps, maps.list().ofMaxSize(3).map(l -> (Object) l));
    }
}
